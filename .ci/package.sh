#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, as a user gets it: CPack builds it from build/, dpkg-deb
# shows its files and dependencies (every shared library the programs link
# must come from a package it depends on), apt installs it, both programs run
# from /usr/bin (the window renders a screenshot under Xvfb), and it is
# removed again. Needs root or sudo, as .ci/install-deps.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
    echo "package: $*" >&2
    exit 1
}

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "installing the package needs root or sudo"
    sudo="sudo"
fi

rm -f build/marginalia_*.deb
(cd build && cpack -G DEB >/dev/null) || fail "cpack could not build the package"
debs=(build/marginalia_*.deb)
deb=${debs[0]}
[ -f "$deb" ] || fail "cpack made no .deb in build/"

files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in \
    ./usr/bin/marginalia \
    ./usr/bin/marginalia-cli \
    ./usr/share/applications/marginalia.desktop \
    ./usr/share/mime/packages/marginalia.xml \
    ./usr/share/icons/hicolor/scalable/apps/marginalia.svg \
    ./usr/share/icons/hicolor/scalable/mimetypes/application-x-marginalia.svg \
    ./usr/share/doc/marginalia/docs/user-guide.md \
    ./usr/share/doc/marginalia/docs/user-guide.fr.md \
    ./usr/share/doc/marginalia/resources/screenshots/marginalia.png; do
    grep -qxF "$path" <<<"$files" || fail "$deb lacks $path"
done

depends=$(dpkg-deb -f "$deb" Depends)
[ "$(dpkg-deb -f "$deb" Package)" = marginalia ] || fail "$deb: package name is not marginalia"
for library in $(readelf -d build/bin/marginalia build/bin/marginalia-cli |
    sed -n 's/.*NEEDED.*\[\(.*\)\]/\1/p' | sort -u); do
    path=$(ldconfig -p | awk -v l="$library" '$1 == l && /x86-64|x86_64/ {print $NF; exit}')
    [ -n "$path" ] || path=$(ldconfig -p | awk -v l="$library" '$1 == l {print $NF; exit}')
    [ -n "$path" ] || fail "$library, which the programs link, is not on this machine"
    owner=""
    for candidate in "$path" "$(readlink -f "$path")" "/usr${path#/usr}" "${path#/usr}"; do
        owner=$(dpkg -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1) && [ -n "$owner" ] && break
    done
    [ -n "$owner" ] || fail "no Debian package owns $path ($library)"
    sed 's/, /\n/g; s/ ([^)]*)//g' <<<"$depends" | grep -qxF "$owner" ||
        fail "$deb does not depend on $owner, which holds $library (Depends: $depends)"
done

extracted=$(mktemp -d)
trap 'rm -rf "$extracted"' EXIT
dpkg-deb -x "$deb" "$extracted"
desktop-file-validate "$extracted/usr/share/applications/marginalia.desktop" ||
    fail "the desktop file is not valid"

DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq -o Dpkg::Use-Pty=0 \
    --no-install-recommends "./$deb" >/dev/null || fail "apt could not install $deb"
remove() {
    DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq marginalia >/dev/null
    rm -rf "$extracted"
}
trap remove EXIT

version=$(/usr/bin/marginalia-cli --version)
grep -q "$(dpkg-deb -f "$deb" Version)" <<<"$version" ||
    fail "installed marginalia-cli --version says '$version'"
# A first start with nothing of the user's: the window opens the demo
# project it makes from the sample built into it.
home=$(mktemp -d)
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
    xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/marginalia --screenshot "$home/installed.png" ||
    fail "installed marginalia --screenshot failed"
head -c 8 "$home/installed.png" | od -An -tx1 | grep -q "89 50 4e 47 0d 0a 1a 0a" ||
    fail "installed marginalia --screenshot wrote no PNG"
size=$(stat -c %s "$home/installed.png")
rm -rf "$home"
((size > 20000)) || fail "the installed window's screenshot is nearly empty ($size bytes)"
echo "package: $deb installs and runs ($(stat -c %s "$deb") bytes; Depends: $depends)" >&2
