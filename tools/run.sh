#!/usr/bin/env bash
# Installs the dependencies, builds GravDesk and opens it (on the bundled sample site by default).
# Usage: tools/run.sh [SITE]
set -euo pipefail
cd "$(dirname "$0")/.."

tools/deps.sh
cmake --preset dev
cmake --build --preset dev

site="${1:-examples/sample-site}"
if [ "$(id -u)" -eq 0 ]; then
  # Chromium (Qt WebEngine) refuses its sandbox as root.
  export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run: no display found; starting GravDesk under xvfb-run (install a desktop to see the window)" >&2
  exec xvfb-run -a build/dev/bin/gravdesk "$site"
fi
exec build/dev/bin/gravdesk "$site"
