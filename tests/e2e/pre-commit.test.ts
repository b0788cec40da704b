// The pre-commit hook, tried with the real `pre-commit` tool (scripts/try-pre-commit.sh): a sample
// repository whose .pre-commit-config.yaml points at this repository by commit sha; pre-commit
// installs the hook as it would from GitHub (npm install, npm pack, npm install -g) and runs it.
// Needs the npm registry (the hook install) and pre-commit (Debian package `pre-commit`).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasTool, runTool, show } from './npm-tools.ts';

const SCRIPT = fileURLToPath(new URL('../../scripts/try-pre-commit.sh', import.meta.url));

describe('pre-commit hook parry-validate', () => {
  // Runs only where the tool is installed (Debian: apt-get install pre-commit; .ci/run tries to).
  it.skipIf(!hasTool('pre-commit'))('installs from a commit, passes on a valid playbook and fails on an invalid one (needs pre-commit)', () => {
    const r = runTool('bash', [SCRIPT], { timeout: 600_000 });
    const out = `${r.stdout}${r.stderr}`;
    expect(r.code, show(r)).not.toBe(2); // 2: the script could not run at all
    // pre-commit installed the hook (npm install, npm pack, npm install -g) and ran `parry validate`.
    expect(out, show(r)).toMatch(/^parry validate\.+(Passed|Failed)$/m);
    expect(out).not.toContain('An unexpected error has occurred');

    expect(r.code, show(r)).toBe(0);
    expect(out).toContain('ok: the hook passed on a valid playbook');
    expect(out).toContain('ok: the hook failed on an invalid playbook and printed the finding');
  }, 660_000);
});
