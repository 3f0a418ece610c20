#!/usr/bin/env bash
# The production build on a fresh demo database, for the Playwright suite. Media files are kept
# between runs: they are named by content hash, so seeding reuses them.
set -euo pipefail
cd "$(dirname "$0")/.."
export DATA_DIR="${E2E_DATA_DIR:-data/e2e}"
export DATABASE_PATH="$DATA_DIR/gazeti.db"
rm -f "$DATABASE_PATH" "$DATABASE_PATH-wal" "$DATABASE_PATH-shm"
exec npx tsx scripts/start.ts
