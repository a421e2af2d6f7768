#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer
# (LeakSanitizer on) into build-asan/ and runs the whole ctest suite there.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [ ! -f build-asan/build.ninja ]; then
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMARGINALIA_SANITIZE=ON \
        -DMARGINALIA_BUILD_BENCHMARKS=OFF "${launcher[@]}" >&2
fi
cmake --build build-asan >&2
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# The soak rounds are slower under the sanitizers; fewer of them still cover
# every kind of round.
export MARGINALIA_CRASH_ROUNDS="${MARGINALIA_CRASH_ROUNDS:-12}"
export MARGINALIA_HOSTILE_FILES="${MARGINALIA_HOSTILE_FILES:-200}"
ctest --test-dir build-asan --output-on-failure --parallel 2
