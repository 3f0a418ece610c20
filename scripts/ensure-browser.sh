#!/usr/bin/env bash
# Makes sure the Playwright suite has a Chromium: Debian's (installed here when we are root on
# Debian) or Playwright's own. Otherwise it says exactly what to install.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-* >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "[gazeti] No browser found: installing Debian's chromium for the end-to-end tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
cat >&2 <<'MSG'
[gazeti] No Chromium found for the end-to-end tests. Install one of:
  - Debian/Ubuntu:  sudo apt-get install chromium        (used from /usr/bin/chromium)
  - anywhere else:  npx playwright install chromium
  - or point CHROMIUM_PATH at an installed Chromium or Chrome binary.
MSG
exit 1
