#!/usr/bin/env bash
# Try Parry's pre-commit hook with the real `pre-commit` tool, the way a team would use it:
# a fresh git repository with a playbooks/ folder and a .pre-commit-config.yaml whose `repo:`
# is this repository (HEAD plus any uncommitted changes, as one commit in a throw-away clone)
# and whose `rev:` is that commit's sha. pre-commit then installs the hook exactly as it would
# from GitHub: `npm install` in the clone (which builds through `prepare`), `npm pack`,
# `npm install -g` of the tarball into its own environment.
#
# Checks: the hook passes on a valid playbook, and fails on an invalid one with the finding
# (file:line:col) in its output.
#
# Usage: scripts/try-pre-commit.sh [--keep]     (--keep leaves the temp folder for a look)
# Exit:  0 both checks passed · 1 a check failed · 2 could not run · 77 pre-commit not installed
# Needs: git, node and npm on PATH, pre-commit, and the npm registry (the hook's install).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
keep=0
[ "${1:-}" = "--keep" ] && keep=1

say() { printf 'try-pre-commit: %s\n' "$*" >&2; }

if ! command -v pre-commit >/dev/null 2>&1; then
  say "pre-commit is not installed (Debian: apt-get install pre-commit; or pipx install pre-commit)"
  exit 77
fi
for tool in git node npm; do
  command -v "$tool" >/dev/null 2>&1 || { say "$tool is not on PATH"; exit 2; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/parry-pre-commit.XXXXXX")"
cleanup() {
  if [ "$keep" = 1 ]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# Run hermetically: no git state inherited from a calling hook, pre-commit's cache in the temp
# folder (so every run installs the hook afresh, as a new user would).
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES
export PRE_COMMIT_HOME="$work/pre-commit-cache"
export NO_COLOR=1
unset FORCE_COLOR

# 1. The hook repository: what the working tree shows, as one commit in a clone (pre-commit
#    installs hooks from commits, never from a folder).
hook="$work/parry"
rev="$("$root/scripts/clone-worktree.sh" "$hook")"

# 2. The team's repository, with the two lines from the README.
sample="$work/sample"
mkdir -p "$sample/playbooks"
git -C "$sample" init --quiet
cat >"$sample/.pre-commit-config.yaml" <<EOF
repos:
  - repo: $hook
    rev: $rev
    hooks:
      - id: parry-validate
EOF

# A small, complete playbook: its own technique (with cues, so the scorer can see it in the
# model answer whatever the core cues are) and one objection with one model answer.
cat >"$sample/playbooks/team.yaml" <<'EOF'
parry: 1
id: sample-team
title: { en: Sample team }
locales: [en]
techniques:
  - id: pilot-offer
    family: offer
    name: { en: Pilot offer }
    summary: { en: Offer a small paid pilot instead of a discount. }
    cues:
      en: [pilot, start small]
objections:
  - id: sample-budget-frozen
    category: budget
    text: { en: Our budget is frozen until next year. }
    expect: [pilot-offer]
    responses:
      - uses: [pilot-offer]
        text: { en: Then let us start small with a three-week pilot that fits this quarter. }
EOF
git -C "$sample" add -A

run_hooks() { (cd "$sample" && pre-commit run --all-files --color never) >"$1" 2>&1; }

failed=0

say "run 1: a valid playbook (installs the hook: npm install, npm pack, npm install -g)"
status=0
run_hooks "$work/run-valid.log" || status=$?
cat "$work/run-valid.log"
if [ "$status" -eq 0 ] && grep -q 'Passed' "$work/run-valid.log"; then
  say "ok: the hook passed on a valid playbook"
else
  say "FAIL: the hook should pass on a valid playbook (pre-commit exit $status)"
  failed=1
fi

# The same playbook with a reference to a technique that exists nowhere (line 8, column 13).
cat >"$sample/playbooks/broken.yaml" <<'EOF'
parry: 1
id: sample-broken
title: { en: Broken sample }
objections:
  - id: sample-too-late
    category: timing
    text: { en: It is too late in the quarter. }
    expect: [no-such-technique]
EOF
git -C "$sample" add -A

say "run 2: an invalid playbook (an unknown technique in playbooks/broken.yaml)"
status=0
run_hooks "$work/run-invalid.log" || status=$?
cat "$work/run-invalid.log"
# The finding's place, either on one line (file:8:col) or under a file heading (8:col  error).
if [ "$status" -ne 0 ] && grep -q 'Failed' "$work/run-invalid.log" &&
  grep -q 'playbooks/broken\.yaml' "$work/run-invalid.log" &&
  grep -Eq 'broken\.yaml:8:[0-9]+|^ *8:[0-9]+ +error' "$work/run-invalid.log" &&
  grep -q 'no-such-technique' "$work/run-invalid.log"; then
  say "ok: the hook failed on an invalid playbook and printed the finding"
else
  say "FAIL: the hook should fail on playbooks/broken.yaml and print the finding at line 8 with the unknown id (pre-commit exit $status)"
  failed=1
fi

exit "$failed"
