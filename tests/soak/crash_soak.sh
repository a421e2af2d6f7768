#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the crash harness for as many rounds as asked (ctest runs 50):
#   tests/soak/crash_soak.sh ROUNDS [BUILD_DIR]
# MARGINALIA_CRASH_SEED=N repeats the rounds of an earlier run.
set -euo pipefail
rounds=${1:?usage: crash_soak.sh ROUNDS [BUILD_DIR]}
build=${2:-"$(dirname "$0")/../../build"}
cmake --build "$build" --target tst_crashsafety >&2
# Qt Test stops a test function after 5 minutes unless told otherwise.
MARGINALIA_CRASH_ROUNDS=$rounds QT_QPA_PLATFORM=offscreen \
    QTEST_FUNCTION_TIMEOUT=$((rounds * 10000 + 60000)) \
    "$build/tests/bin/tst_crashsafety" -maxwarnings 0
