#!/usr/bin/env python3
"""long-functions.py [LIMIT] [DIR ...] — lists the functions longer than LIMIT lines (default 100)
in the .cpp files under DIR (default ui app): a definition starts with a line at column 0 that is
followed by "{" at column 0 (or ends with "{"), and ends at the next "}" at column 0. Lambdas and
functions inside a class body count with the function around them."""
import os, sys

args = sys.argv[1:]
limit = int(args.pop(0)) if args and args[0].isdigit() else 100
dirs = args or ['ui', 'app']
found = []
for top in dirs:
    for root, _, files in os.walk(top):
        for name in sorted(files):
            if not name.endswith('.cpp'):
                continue
            path = os.path.join(root, name)
            lines = open(path, encoding='utf-8').read().split('\n')
            start = None
            for i, line in enumerate(lines):
                if start is None and line == '{' and i > 0:
                    start = i - 1
                    while start > 0 and lines[start][:1] == ' ':
                        start -= 1  # a signature or initialiser list over several lines
                    if lines[start][:1] in ('', '/', '#', '}'):
                        start = None
                elif start is None and line[:1] not in ('', ' ', '/', '#', '}') and line.endswith('{') \
                        and '(' in line and not line.startswith(('namespace', 'class', 'struct', 'enum')):
                    start = i
                elif start is not None and line.startswith('}'):
                    length = i - start + 1
                    if length > limit:
                        found.append((length, path, start + 1, lines[start].strip()))
                    start = None
for length, path, line, head in sorted(found, reverse=True):
    print(f'{length:5d}  {path}:{line}  {head[:90]}')
print(f'{len(found)} function(s) longer than {limit} lines')
sys.exit(1 if found else 0)
