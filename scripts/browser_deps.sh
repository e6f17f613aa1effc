#!/usr/bin/env bash
# Browser-test dependencies, installed by the project itself so a clean CI machine has them:
# Debian's chromium (Playwright drives it; `playwright install` cannot download browsers here)
# and axe-core from the npm registry (the accessibility checker, pinned), cached in .cache/.
set -euo pipefail
cd "$(dirname "$0")/.."
AXE_VERSION=4.11.4
missing=""
[ -x /usr/bin/chromium ] || missing="chromium fonts-liberation"
command -v npm >/dev/null || missing="$missing npm"
if [ -n "$missing" ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
if [ ! -f ".cache/axe-core-$AXE_VERSION/axe.min.js" ]; then
  mkdir -p ".cache/axe-core-$AXE_VERSION"
  tarball=$(cd .cache && npm pack --silent "axe-core@$AXE_VERSION")
  tar -xzf ".cache/$tarball" -C ".cache/axe-core-$AXE_VERSION" --strip-components=1 package/axe.min.js
  rm ".cache/$tarball"
fi
