#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a Marginalia CSV export as analysts do, with Python's csv module and
with pandas, and checks the offset contract: text[start:end] of the exported
article text equals the row's text column (after Excel-safe neutralisation
is undone), and that article_sha256 is the SHA-256 of that text's UTF-8 bytes.
Prints "N rows ok" and exits 0, or explains the first failure."""

import argparse
import csv
import hashlib
import os
import sys

import pandas as pd

COLUMNS = ["article_id", "article_title", "article_date", "article_source",
           "annotation_id", "kind", "label", "start", "end", "text", "entity",
           "speaker", "sentence", "left_context", "right_context", "note",
           "annotator", "created_at", "modified_at"]
# After the documented columns, in this order.
EXTRA_COLUMNS = ["article_sha256", "offset_unit"]
ALL_COLUMNS = COLUMNS + EXTRA_COLUMNS
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def expected_cell(value, excel_safe):
    if excel_safe and value.startswith(TRIGGERS):
        return "'" + value
    return value


def check_rows(rows, texts, excel_safe, reader_name):
    for number, row in enumerate(rows, start=2):
        article = row["article_id"]
        if article not in texts:
            path = os.path.join(args.texts, article + ".txt")
            with open(path, encoding="utf-8", newline="") as f:
                texts[article] = f.read()
        text = texts[article]
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if row["article_sha256"] != digest:
            fail(f"{reader_name}: line {number}: article_sha256 {row['article_sha256']} != {digest}")
        if row["offset_unit"] != "code_point":
            fail(f"{reader_name}: line {number}: offset_unit {row['offset_unit']!r}")
        start, end = int(row["start"]), int(row["end"])
        if not 0 <= start < end <= len(text):
            fail(f"{reader_name}: line {number}: offsets [{start}, {end}) outside the text")
        want = expected_cell(text[start:end], excel_safe)
        if row["text"] != want:
            fail(f"{reader_name}: line {number}: text {row['text']!r} != text[{start}:{end}] {want!r}")
        context = args.context
        for column, want in (("left_context", text[max(0, start - context):start]),
                             ("right_context", text[end:end + context])):
            want = expected_cell(want, excel_safe)
            if row[column] != want:
                fail(f"{reader_name}: line {number}: {column} {row[column]!r} != {want!r}")
        if excel_safe:
            for column in ALL_COLUMNS:
                value = row[column]
                if value.startswith(TRIGGERS):
                    fail(f"{reader_name}: line {number}: {column} starts with a formula trigger: {value!r}")


parser = argparse.ArgumentParser()
parser.add_argument("csv")
parser.add_argument("texts")
parser.add_argument("--bom", action="store_true")
parser.add_argument("--excel-safe", action="store_true")
parser.add_argument("--delimiter", default=",")
parser.add_argument("--rows", type=int, default=-1)
parser.add_argument("--context", type=int, default=40)
args = parser.parse_args()

with open(args.csv, "rb") as f:
    raw = f.read()
if raw.startswith(b"\xef\xbb\xbf") != args.bom:
    fail("byte-order mark expected" if args.bom else "unexpected byte-order mark")

texts = {}
with open(args.csv, encoding="utf-8-sig", newline="") as f:
    reader = csv.DictReader(f, delimiter=args.delimiter, strict=True)
    if reader.fieldnames != ALL_COLUMNS:
        fail(f"csv: header {reader.fieldnames} != {ALL_COLUMNS}")
    rows = list(reader)
check_rows(rows, texts, args.excel_safe, "csv")

frame = pd.read_csv(args.csv, encoding="utf-8-sig", sep=args.delimiter, dtype=str,
                    keep_default_na=False)
if list(frame.columns) != ALL_COLUMNS:
    fail(f"pandas: columns {list(frame.columns)} != {ALL_COLUMNS}")
if len(frame) != len(rows):
    fail(f"pandas read {len(frame)} rows, csv read {len(rows)}")
check_rows(frame.to_dict("records"), texts, args.excel_safe, "pandas")

if args.rows >= 0 and len(rows) != args.rows:
    fail(f"{len(rows)} rows, expected {args.rows}")
print(f"{len(rows)} rows ok")
