#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The main job on the bundled sample, from scratch each time: a demo project,
# the sample article imported, a few names tagged, the CSV export printed.
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/bin/marginalia-cli
demo=build/demo
project="$demo/demo.marginalia"

rm -rf "$demo"
mkdir -p "$demo"
"$cli" init "$project" >&2
"$cli" import "$project" resources/samples >&2
"$cli" export "$project" --format texts --out "$demo/texts" 2>/dev/null

# Offsets are code points into the stored text; Python's str indexes the same way.
tag() { # NAME LABEL
    local span
    span=$(/usr/bin/python3 -c '
import sys
text = open(sys.argv[1], encoding="utf-8", newline="").read()
start = text.index(sys.argv[2])
print(start, start + len(sys.argv[2]))' "$demo/texts/1.txt" "$1")
    # shellcheck disable=SC2086 # two numbers, split on purpose
    "$cli" annotate "$project" 1 $span "$2" --entity "$1" --annotator demo >&2
}
tag "Vladimir Poutine" PER
tag "Biélorussie" LOC
tag "Alexandre Loukachenko" PER
tag "Kremlin" ORG
tag "Serhiy Nayev" PER
tag "The Economist" ORG
tag "Sergueï Choïgou" PER

"$cli" list "$project" >&2
"$cli" export "$project" --format csv
