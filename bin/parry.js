#!/usr/bin/env node
// The only module that touches `process`: everything below returns an exit code.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  // The most frequent scripted call skips loading the program (start-up budget, design §9).
  const { version } = await import('../dist/version.js');
  process.stdout.write(`${version}\n`);
} else {
  const { main } = await import('../dist/cli.js');
  process.exitCode = await main(args, process);
}
