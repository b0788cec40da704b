// Injected by esbuild (scripts/build.mjs) and vitest (vitest.config.ts) from package.json,
// so `--version` needs no file read at start-up.
declare const __PARRY_VERSION__: string;
export const version: string = __PARRY_VERSION__;
