#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start: install what is missing, build, and open the annotation window
# on the demo project (made once from the bundled sample in the user's data
# folder). Without a display, runs the command-line demo instead.
set -euo pipefail
cd "$(dirname "$0")"
.ci/install-deps.sh
.ci/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: running the command-line demo (or try: xvfb-run -a ./run.sh)." >&2
    exec .ci/demo.sh
fi
exec build/bin/marginalia "$@"
