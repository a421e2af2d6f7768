#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start: install what is missing, build, run the whole test suite:
# the normal build (with the benchmarks built, not run, so they never rot),
# then the Debian package built, checked, installed and run (.ci/package.sh),
# then the same suite under AddressSanitizer and UndefinedBehaviorSanitizer,
# then a short run of every fuzz target (about a minute in all).
set -euo pipefail
cd "$(dirname "$0")"
.ci/install-deps.sh
.ci/build.sh
cmake --build build --target benchmarks >&2
ctest --test-dir build --output-on-failure --parallel 2
.ci/package.sh
.ci/sanitize.sh
MARGINALIA_FUZZ_SEED=1 tests/fuzz/run.sh 4
