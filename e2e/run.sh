#!/usr/bin/env bash
# The browser tests: builds `runwell` if needed, installs the exact npm packages, and runs
# node --test against the real binary with Debian's chromium. Called by .ci/run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
if [ -z "${RUNWELL_BIN:-}" ]; then
  (cd "$repo" && cargo build --quiet -p runwell)
  export RUNWELL_BIN="${CARGO_TARGET_DIR:-$repo/target}/debug/runwell"
fi
if ! command -v "${CHROMIUM:-/usr/bin/chromium}" >/dev/null; then
  echo "e2e: chromium is missing: apt-get install -y chromium" >&2
  exit 1
fi
cd "$here"
npm ci --no-audit --no-fund --loglevel=error
rm -rf test-results
node --test --test-concurrency=1
