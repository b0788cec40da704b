// `yaml` is CommonJS. Node gives a dynamic import of it named exports, but esbuild's code-split
// bundle gives only `default` (module.exports), so destructuring the import fails in dist/.
// Take `default` when there is one: the same object either way.
export async function importYaml(): Promise<typeof import('yaml')> {
  const mod = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  return mod.default ?? mod;
}
