#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures once, then builds incrementally into build/ (binaries in build/bin).
set -euo pipefail
cd "$(dirname "$0")/.."
# Build output goes to standard error, so `./run.sh > out` holds only the job's output.
# ccache, where installed, only speeds up rebuilds; nothing depends on it.
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [ ! -f build/build.ninja ]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >&2
fi
cmake --build build >&2
