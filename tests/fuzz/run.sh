#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds and runs the libFuzzer targets of the model's parsers.
#
#   tests/fuzz/run.sh SECONDS [TARGET...]
#
# Configures build-fuzz/ once (clang, -DMARGINALIA_FUZZ=ON: the model library
# and the fuzz_* targets only, with ASan and UBSan), builds the targets asked
# for (all fuzz_*.cpp in this folder by default), then runs each for SECONDS
# on a temporary copy of its seed corpus (tests/fuzz/corpus/TARGET/), so new
# units never land in the repository. Prints one line per target: executions,
# new coverage units, and the crash, leak, timeout or out-of-memory inputs
# found, which are kept in build-fuzz/findings/TARGET/ (the full log is
# build-fuzz/logs/TARGET.log). Exits 1 if any target found something, 2 on a
# usage or build error.
#
# Replay a finding:   build-fuzz/fuzz/TARGET build-fuzz/findings/TARGET/crash-...
# Smoke run for CI:   MARGINALIA_FUZZ_SEED=1 tests/fuzz/run.sh 4   (all targets in about a
#                     minute; a fixed seed makes a slower machine run a prefix of
#                     the same inputs, so the smoke run cannot flake; 0 or unset: random)
# Longer, in the background on a shared machine:  nice -n 10 tests/fuzz/run.sh 600
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build="$root/build-fuzz"

usage() {
    echo "usage: $0 SECONDS [TARGET...]" >&2
    echo "targets:" $(cd "$here" && ls fuzz_*.cpp | sed 's/\.cpp$//') >&2
    exit 2
}

[ $# -ge 1 ] || usage
seconds=$1
shift
case $seconds in
    '' | *[!0-9]*) usage ;;
esac
if [ $# -eq 0 ]; then
    set -- $(cd "$here" && ls fuzz_*.cpp | sed 's/\.cpp$//')
fi
for target in "$@"; do
    [ -f "$here/$target.cpp" ] || { echo "$0: no target $target" >&2; usage; }
done

if [ ! -f "$build/CMakeCache.txt" ]; then
    command -v clang++ >/dev/null || { echo "$0: clang++ is needed (libFuzzer)" >&2; exit 2; }
    launcher=
    if command -v ccache >/dev/null; then
        launcher=-DCMAKE_CXX_COMPILER_LAUNCHER=ccache
    fi
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARGINALIA_FUZZ=ON $launcher >/dev/null \
        || { echo "$0: configuring $build failed" >&2; exit 2; }
fi
cmake --build "$build" --target "$@" || { echo "$0: the build failed" >&2; exit 2; }

# Sanitizer reports with stacks and symbols; UBSan stops at the first report.
export ASAN_OPTIONS="${ASAN_OPTIONS:-symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8

# Corpus copies and the projects the import targets make, in memory if we can.
scratch=${TMPDIR:-/tmp}
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    scratch=/dev/shm
fi
work=$(mktemp -d "$scratch/marginalia-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
mkdir "$work/tmp"
mkdir -p "$build/logs"
found=0
clean=0
failed=0
for target in "$@"; do
    findings="$build/findings/$target"
    corpus="$work/$target"
    log="$build/logs/$target.log"
    mkdir -p "$findings" "$corpus"
    if [ -d "$here/corpus/$target" ]; then
        cp -R "$here/corpus/$target/." "$corpus/"
    fi
    touch "$work/started"
    status=0
    TMPDIR="$work/tmp" "$build/fuzz/$target" -max_total_time="$seconds" -seed="${MARGINALIA_FUZZ_SEED:-0}" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" >"$log" 2>&1 || status=$?

    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    units=$(sed -n 's/^stat::new_units_added: *//p' "$log" | tail -n 1)
    new=$(find "$findings" -type f -newer "$work/started" \
        \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | sort)
    line="$target: ${runs:-?} runs, ${units:-?} new units"
    if [ -n "$new" ]; then
        found=1
        echo "$line, FOUND:" $(for f in $new; do echo "${f#"$root"/}"; done) "(log: ${log#"$root"/})"
    elif [ "$status" -ne 0 ]; then
        found=1
        echo "$line, FAILED with status $status and no input kept (log: ${log#"$root"/})"
    else
        echo "$line, no findings"
    fi
    if [ "$status" -ne 0 ] || [ -n "$new" ]; then
        failed=$((failed + 1))
    else
        clean=$((clean + 1))
    fi
done
# The plain closing line CI reads: one target a test.
echo "fuzz: $clean passed, $failed failed"
exit $found
