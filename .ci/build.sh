#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures once, then builds incrementally into build/ (binaries in build/bin).
set -euo pipefail
cd "$(dirname "$0")/.."
# Build output goes to standard error, so `./run.sh > out` holds only the job's output.
if [ ! -f build/build.ninja ]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
fi
cmake --build build >&2
