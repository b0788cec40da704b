#!/usr/bin/env bash
# Clone this repository into <dest> as one commit holding what the working tree shows: HEAD plus
# uncommitted changes and untracked (not ignored) files. Tools that install from a commit
# (pre-commit) or from a checkout (the GitHub Action) then try what a developer sees, not only
# what they last committed. Prints the commit sha.
#
# Usage: scripts/clone-worktree.sh <dest>
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
dest="${1:?usage: clone-worktree.sh <dest>}"

unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES
export GIT_AUTHOR_NAME=parry-test GIT_AUTHOR_EMAIL=parry-test@example.invalid
export GIT_COMMITTER_NAME=parry-test GIT_COMMITTER_EMAIL=parry-test@example.invalid

git clone --quiet --no-hardlinks "$root" "$dest"
patch="$(mktemp)"
trap 'rm -f "$patch"' EXIT
git -C "$root" diff HEAD --binary >"$patch"
if [ -s "$patch" ]; then git -C "$dest" apply --whitespace=nowarn "$patch"; fi
# node_modules may be a symlink to a shared install (git does not see it as ignored then).
(cd "$root" && git ls-files --others --exclude-standard -z -- . ':!:node_modules') |
  (cd "$root" && tar --null -T - -cf -) | tar -C "$dest" -xf -
if [ -n "$(git -C "$dest" status --porcelain)" ]; then
  git -C "$dest" add -A
  git -C "$dest" commit --quiet --no-verify -m "uncommitted changes of $root"
  echo "clone-worktree: HEAD $(git -C "$root" rev-parse --short HEAD) + uncommitted changes" >&2
else
  echo "clone-worktree: HEAD $(git -C "$root" rev-parse --short HEAD)" >&2
fi
git -C "$dest" rev-parse HEAD
