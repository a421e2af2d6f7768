#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Rewrites the golden export files in this folder from the current code:
# builds tst_exportgolden and runs it with MARGINALIA_REGENERATE_GOLDEN=1.
# Review the diff (git diff tests/model/data/golden) before committing it.
#
# Usage: tests/model/data/golden/regenerate.sh [BUILD_DIR]   (default: build)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
build=${1:-$root/build}
cmake --build "$build" --target tst_exportgolden
MARGINALIA_REGENERATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
    "$build/tests/bin/tst_exportgolden"
git -C "$root" status --short -- "$here"
