#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a Marginalia articles CSV (one row per article) with Python's csv
module and with pandas, and checks it against the exported texts and the
annotations CSV of the same project: text_sha256 and length (in code points)
of each text, and the count of each label and of the quotes per article.
Prints "N articles ok" and exits 0, or explains the first failure."""

import argparse
import collections
import csv
import hashlib
import os
import sys

import pandas as pd

FIRST = ["article_id", "title", "date", "source", "encoding", "language", "status",
         "length", "text_sha256"]
STATUSES = {"todo", "in-progress", "done"}


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


parser = argparse.ArgumentParser()
parser.add_argument("csv")
parser.add_argument("texts")
parser.add_argument("annotations", help="the annotations CSV export (comma, no BOM)")
parser.add_argument("--bom", action="store_true")
parser.add_argument("--delimiter", default=",")
parser.add_argument("--rows", type=int, default=-1)
args = parser.parse_args()

with open(args.csv, "rb") as f:
    if f.read(3).startswith(b"\xef\xbb\xbf") != args.bom:
        fail("byte-order mark expected" if args.bom else "unexpected byte-order mark")

# What the annotations CSV says each article holds.
counts = collections.Counter()
with open(args.annotations, encoding="utf-8-sig", newline="") as f:
    for row in csv.DictReader(f, strict=True):
        key = "quote_count" if row["kind"] == "quote" else "count_" + row["label"]
        counts[(row["article_id"], key)] += 1

with open(args.csv, encoding="utf-8-sig", newline="") as f:
    reader = csv.DictReader(f, delimiter=args.delimiter, strict=True)
    header = reader.fieldnames
    rows = list(reader)
if header[:len(FIRST)] != FIRST or header[-1] != "offset_unit":
    fail(f"csv: header {header}")
count_columns = header[len(FIRST):-1]
if not count_columns or not all(c.startswith("count_") or c == "quote_count" for c in count_columns):
    fail(f"csv: count columns {count_columns}")

frame = pd.read_csv(args.csv, encoding="utf-8-sig", sep=args.delimiter, dtype=str,
                    keep_default_na=False)
if list(frame.columns) != header:
    fail(f"pandas: columns {list(frame.columns)} != {header}")
if frame.to_dict("records") != rows:
    fail("pandas and csv read different rows")
numbers = pd.read_csv(args.csv, encoding="utf-8-sig", sep=args.delimiter)
for column in ["article_id", "length"] + count_columns:
    if not pd.api.types.is_integer_dtype(numbers[column]):
        fail(f"pandas: {column} is {numbers[column].dtype}, not integers")

for number, row in enumerate(rows, start=2):
    article = row["article_id"]
    with open(os.path.join(args.texts, article + ".txt"), encoding="utf-8", newline="") as f:
        text = f.read()
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if row["text_sha256"] != digest:
        fail(f"line {number}: text_sha256 {row['text_sha256']} != {digest}")
    if int(row["length"]) != len(text):
        fail(f"line {number}: length {row['length']} != {len(text)} code points")
    if row["status"] not in STATUSES:
        fail(f"line {number}: status {row['status']!r}")
    if row["offset_unit"] != "code_point":
        fail(f"line {number}: offset_unit {row['offset_unit']!r}")
    for column in count_columns:
        if int(row[column]) != counts[(article, column)]:
            fail(f"line {number}: {column} {row[column]} != {counts[(article, column)]} "
                 "annotation rows")

if args.rows >= 0 and len(rows) != args.rows:
    fail(f"{len(rows)} rows, expected {args.rows}")
print(f"{len(rows)} articles ok")
