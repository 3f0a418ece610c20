#!/usr/bin/env bash
# npm test: typecheck, lint, format check, unit tests, then the Playwright suite against one
# production build on a fresh demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "[gazeti] typecheck"; npx tsc --noEmit
echo "[gazeti] lint"; npx eslint . --max-warnings 0
echo "[gazeti] format"; npx prettier --check . --log-level warn
bash scripts/ensure-xmllint.sh
echo "[gazeti] unit tests"; npx vitest run
bash scripts/ensure-browser.sh
echo "[gazeti] end-to-end tests"; npx playwright test "$@"
