import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __PARRY_VERSION__: JSON.stringify(version) },
  test: {
    include: ['tests/**/*.test.ts'],
    // e2e tests spawn the built binary; two cores, so keep workers modest.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
