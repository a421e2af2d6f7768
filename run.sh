#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start: install what is missing, build, run the main job on the sample.
set -euo pipefail
cd "$(dirname "$0")"
.ci/install-deps.sh
.ci/build.sh
exec .ci/demo.sh
