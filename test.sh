#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start: install what is missing, build, run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")"
.ci/install-deps.sh
.ci/build.sh
ctest --test-dir build --output-on-failure --parallel 2
