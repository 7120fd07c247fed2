#!/usr/bin/env bash
# Makes sure the browser tests can run before the build spends minutes getting to them: Debian's Chromium and its
# driver, installed here when this runs as root or with password-less sudo, else one line saying what to do.
#   browser.sh [SKIP_FLAG...]   nothing to do when any flag is "true" (Maven passes skipTests and skipITs)
set -euo pipefail
source "$(dirname "$0")/common.sh"

for flag in "$@"; do
    [ "$flag" = true ] && exit 0
done
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    fail "the browser tests need Chromium: run 'sudo apt-get install -y chromium chromium-driver' first, or skip them with -DskipITs"
fi
command -v apt-get >/dev/null \
    || fail "the browser tests need /usr/bin/chromium and /usr/bin/chromedriver (Debian's chromium and chromium-driver packages), or -DskipITs"
say "installing Debian's chromium and chromium-driver for the browser tests"
"${as_root[@]}" apt-get update -q >/dev/null
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null \
    || fail "installing chromium and chromium-driver failed; install them by hand, or skip the browser tests with -DskipITs"
