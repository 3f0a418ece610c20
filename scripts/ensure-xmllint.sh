#!/usr/bin/env bash
# Makes sure libxml2's xmllint is there: the sitemap tests validate against the official XSD
# schemas with it (offline copies in e2e/fixtures/schemas). Installed here when we are root on
# Debian; otherwise it says what to install.
set -euo pipefail
if command -v xmllint >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "[gazeti] No xmllint found: installing Debian's libxml2-utils for the sitemap tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils >/dev/null
  exit 0
fi
cat >&2 <<'MSG'
[gazeti] No xmllint found for the sitemap tests. Install libxml2's command-line tools:
  - Debian/Ubuntu:  sudo apt-get install libxml2-utils
  - macOS:          xmllint ships with the system (or: brew install libxml2)
MSG
exit 1
