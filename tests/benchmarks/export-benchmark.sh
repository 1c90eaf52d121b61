#!/bin/sh
# Exports N records (default 20,000) to CSV and XLSX with export-benchmark, then writes the same
# rows, with the same columns, types and formatting, with Python's openpyxl, and prints the times
# and the ratio. Target: our XLSX in under a fifth of openpyxl's time.
#
#   tests/benchmarks/export-benchmark.sh <path to export-benchmark> [N]
set -eu

benchmark=${1:?usage: export-benchmark.sh <export-benchmark executable> [records]}
records=${2:-20000}
python=/usr/bin/python3 # Debian's, with python3-openpyxl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$benchmark" --records "$records" --out "$work" \
    > "$work/ours.txt"
cat "$work/ours.txt"

"$python" - "$work/export-benchmark.csv" "$work" > "$work/openpyxl.txt" <<'PY'
import csv
import datetime
import sys
import time

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

source, folder = sys.argv[1], sys.argv[2]
with open(source, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
header, data = rows[0], rows[1:]

scores = {"Listening", "Reading", "Writing", "Speaking", "Overall"}
dates = {"Date of birth", "Test date"}
stamps = {"Last modified (UTC)"}


def typed(title, text):
    # The values as our writer has them: the CSV's neutralising apostrophe removed, scores as
    # numbers, dates and the modification time as date-times.
    if text[:2] in ("'=", "'+", "'-", "'@") or text[:2] == "'\t":
        text = text[1:]
    if not text:
        return None
    try:
        if title in scores:
            return float(text)
        if title in dates:
            return datetime.datetime.strptime(text, "%Y-%m-%d")
        if title in stamps:
            return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        pass
    return text


values = [[typed(t, v) for t, v in zip(header, row)] for row in data]
formats = ["0.0" if t in scores else "yyyy-mm-dd" if t in dates
           else "yyyy-mm-dd hh:mm:ss" if t in stamps else None for t in header]


def write(path, write_only):
    wb = openpyxl.Workbook(write_only=write_only)
    ws = wb.create_sheet("Results") if write_only else wb.active
    bold = Font(bold=True)
    for i, title in enumerate(header, start=1):
        ws.column_dimensions[get_column_letter(i)].width = 16
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = "A1:%s%d" % (get_column_letter(len(header)), len(values) + 1)
    if write_only:
        cells = []
        for title in header:
            c = WriteOnlyCell(ws, value=title)
            c.font = bold
            cells.append(c)
        ws.append(cells)
        for row in values:
            out = []
            for value, fmt in zip(row, formats):
                c = WriteOnlyCell(ws, value=value)
                if isinstance(value, str):
                    c.data_type = "s"  # text, never a formula, as ours
                elif fmt and value is not None and not isinstance(value, str):
                    c.number_format = fmt
                out.append(c)
            ws.append(out)
    else:
        ws.title = "Results"
        ws.append(header)
        for c in ws[1]:
            c.font = bold
        for r, row in enumerate(values, start=2):
            ws.append(row)
            for col, (value, fmt) in enumerate(zip(row, formats), start=1):
                if isinstance(value, str):
                    ws.cell(row=r, column=col).data_type = "s"
                elif fmt and value is not None:
                    ws.cell(row=r, column=col).number_format = fmt
    wb.save(path)


for name, write_only in (("openpyxl_write_only_seconds", True), ("openpyxl_seconds", False)):
    start = time.perf_counter()
    write("%s/%s.xlsx" % (folder, name), write_only)
    print("%s: %.3f" % (name, time.perf_counter() - start))
PY
cat "$work/openpyxl.txt"

awk -F': ' '
    { v[$1] = $2 }
    END {
        fastest = v["openpyxl_write_only_seconds"]
        if (v["openpyxl_seconds"] < fastest) fastest = v["openpyxl_seconds"]
        printf "\n%d records, %d columns, no photos\n", v["records"], v["columns"]
        printf "  CSV (ours)                     %7.3f s\n", v["csv_seconds"]
        printf "  XLSX (ours, libxlsxwriter)     %7.3f s\n", v["xlsx_seconds"]
        printf "  XLSX (openpyxl, write-only)    %7.3f s\n", v["openpyxl_write_only_seconds"]
        printf "  XLSX (openpyxl, default mode)  %7.3f s\n", v["openpyxl_seconds"]
        printf "  ours / fastest openpyxl        %7.3f (target < 0.200): %s\n",
            v["xlsx_seconds"] / fastest, (v["xlsx_seconds"] / fastest < 0.2) ? "met" : "NOT met"
    }' "$work/ours.txt" "$work/openpyxl.txt"
