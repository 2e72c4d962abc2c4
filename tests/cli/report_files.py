#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Reads report files back the way other programs do, for tst_cli.
#   report_files.py xlsx FILE EXPECT...  the workbook with openpyxl; EXPECT items: "sheets=N",
#                                        "number", "date", "text=WORDS" (found in some cell),
#                                        "dates-as-printed" (a deadline that falls on a date is that
#                                        date, not the next midnight with a time; some cell is one)
#   report_files.py csv FILE...          each file with the csv module: one rectangular table
# Prints what is wrong, one line each, and exits 1; prints "ok" otherwise.
import csv
import datetime
import sys


def check_xlsx(path, expect):
    import openpyxl
    problems = []
    book = openpyxl.load_workbook(path)
    seen_number = seen_date = seen_date_only = False
    next_midnights = []
    texts = []
    for sheet in book.worksheets:
        if len(sheet.title) > 31 or any(c in sheet.title for c in '[]:*?/\\'):
            problems.append(f"{sheet.title}: not a sheet name Excel takes")
        if not sheet.freeze_panes:
            problems.append(f"{sheet.title}: no frozen header row")
            continue
        header_row = int(''.join(ch for ch in sheet.freeze_panes if ch.isdigit())) - 1
        header = [c for c in sheet[header_row] if c.value is not None]
        if not header:
            problems.append(f"{sheet.title}: row {header_row} above the frozen pane is empty")
        for cell in header:
            if not cell.font.b:
                problems.append(f"{sheet.title}: header {cell.coordinate} is not bold")
        names = [c.value for c in header]
        if len(set(names)) != len(names):
            problems.append(f"{sheet.title}: headers repeat: {names}")
        width = len(sheet[header_row])
        for row in sheet.iter_rows(min_row=1, values_only=True):
            for value in row:
                if isinstance(value, bool):
                    continue
                if isinstance(value, (int, float)):
                    seen_number = True
                elif isinstance(value, datetime.datetime):
                    seen_date = True
                elif isinstance(value, str):
                    texts.append(value)
        for row in sheet.iter_rows(min_row=header_row + 1):
            for cell in row:
                if isinstance(cell.value, datetime.datetime):
                    if 'h' not in cell.number_format.lower():
                        seen_date_only = True
                    elif cell.value.time() == datetime.time(0, 0):
                        next_midnights.append(f"{sheet.title}!{cell.coordinate}")
            if len(row) > width and any(c.value is not None for c in row[width:]):
                problems.append(f"{sheet.title}: row {row[0].row} goes beyond the header")
        if sheet.cell(1, 1).value is None:
            problems.append(f"{sheet.title}: no title in A1")
    for e in expect:
        if e.startswith("sheets="):
            if len(book.worksheets) != int(e[7:]):
                problems.append(f"{len(book.worksheets)} sheets ({book.sheetnames}), expected {e[7:]}")
        elif e == "number" and not seen_number:
            problems.append("no cell holds a number")
        elif e == "date" and not seen_date:
            problems.append("no cell holds a date")
        elif e == "dates-as-printed" and (next_midnights or not seen_date_only):
            problems.append(f"deadlines at midnight with a time: {next_midnights[:5]}; a date-only cell: "
                            f"{seen_date_only}")
        elif e.startswith("text=") and not any(e[5:] in t for t in texts):
            problems.append(f"no cell holds {e[5:]!r}")
    return problems


def check_csv(path):
    problems = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    if not rows:
        return [f"{path}: empty"]
    header = rows[0]
    if len(set(header)) != len(header) or any(not h for h in header):
        problems.append(f"{path}: header not unique or has a blank name: {header}")
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            problems.append(f"{path}: line {n} has {len(row)} fields, the header {len(header)}")
    with open(path, encoding="utf-8-sig", newline="") as f:
        for record in csv.DictReader(f):
            if None in record:
                problems.append(f"{path}: DictReader found fields beyond the header")
                break
    return problems


def main():
    kind, files = sys.argv[1], sys.argv[2:]
    problems = check_xlsx(files[0], files[1:]) if kind == "xlsx" else [p for f in files for p in check_csv(f)]
    for p in problems:
        print(p)
    if not problems:
        print("ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
