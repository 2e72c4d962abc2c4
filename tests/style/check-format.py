#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a C++ file differs from .clang-format (issue 15: CI fails on a formatting difference).

Usage: check-format.py CLANG_FORMAT ROOT DIR...
Checks every .cpp and .h under the DIRs (relative to ROOT), except test data. Prints each file that
differs with the first lines clang-format would change, and how to fix it.
"""
import pathlib
import subprocess
import sys


def main() -> int:
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    clang_format, root = sys.argv[1], pathlib.Path(sys.argv[2])
    if not clang_format or clang_format.endswith("NOTFOUND"):
        print("clang-format is not installed (scripts/test.sh installs the package clang-format)")
        return 1
    files = sorted(
        p for d in sys.argv[3:] for p in (root / d).rglob("*")
        if p.suffix in (".cpp", ".h") and "data" not in p.relative_to(root).parts
    )
    if not files:
        print("no C++ files found under", ", ".join(sys.argv[3:]))
        return 1
    # One clang-format for all files (one a file took minutes): it names each file that differs.
    result = subprocess.run([clang_format, "--dry-run", "--Werror", "--style=file"] + [str(p) for p in files],
                            cwd=root, capture_output=True, text=True)
    differing = sorted({pathlib.Path(line.split(":", 1)[0]).resolve().relative_to(root.resolve())
                        for line in result.stderr.splitlines() if "[-Wclang-format-violations]" in line})
    if result.returncode != 0 and not differing:
        print(result.stderr)
        return 1
    shown = 0
    for line in result.stderr.splitlines():
        if shown < 40:
            print(line)
            shown += 1
    print(f"{len(files)} files checked, {len(differing)} differ from .clang-format")
    if differing:
        print("fix with: clang-format -i " + " ".join(str(p) for p in differing))
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
