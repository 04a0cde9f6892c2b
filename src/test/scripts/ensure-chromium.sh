#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (a test tool's own browser download fails on these
# machines). Installs it when missing and we may (root with apt-get); otherwise says what to do.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
  exit 0
fi
echo "The browser tests need /usr/bin/chromium: run 'sudo apt-get install -y chromium' (or skip them with -Dsurefire.excludedGroups=browser,benchmark)." >&2
exit 1
