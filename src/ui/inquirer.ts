// The prompts Parry uses, re-exported by name. Commands import this module lazily
// (`await import('../ui/inquirer.ts')`) instead of `await import('@inquirer/prompts')`: a dynamic
// import of the package keeps every prompt in the bundle, among them the editor prompt with its
// character-encoding tables (iconv-lite, chardet: 670 kB); named re-exports let esbuild drop them.
export { checkbox, confirm, input, select } from '@inquirer/prompts';
