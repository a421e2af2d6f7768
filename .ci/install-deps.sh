#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Marginalia builds, tests and runs with.
# Does nothing (and needs no network) when all of them are present.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev libicu-dev libsqlite3-dev
    python3 python3-pandas procps
    xvfb xauth fonts-dejavu-core fonts-noto-color-emoji qt6-translations-l10n
    libqt6svg6 desktop-file-utils shared-mime-info
    clang libclang-rt-14-dev
    e2fsprogs mount strace
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
((${#missing[@]} == 0)) && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
        echo "Missing packages: ${missing[*]}" >&2
        echo "Run this script as root, or install sudo, to install them." >&2
        exit 1
    fi
    sudo="sudo"
fi
echo "Installing missing packages: ${missing[*]}" >&2
log=$(mktemp)
if ! { $sudo apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq -o Dpkg::Use-Pty=0 \
        --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "Installing ${missing[*]} failed (see above)." >&2
    rm -f "$log"
    exit 1
fi
rm -f "$log"
echo "Installed." >&2
