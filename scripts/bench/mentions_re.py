#!/usr/bin/env python3
"""Peer of mediamon's mention matcher: Python `re` with a plain alternation of every alias.

    python3 scripts/bench/mentions_re.py TEXT_DIR ALIASES.txt

Reads each .txt file (UTF-8), counts the matches of `alias1|alias2|…` (longest aliases first,
escaped, case-sensitive) and prints `files bytes matches`. It finds only the aliases' literal
forms and prefixes of inflected ones; no folding, no Latin look-alikes, no context rules.
"""
import os, re, sys


def main():
    folder, aliases_path = sys.argv[1], sys.argv[2]
    with open(aliases_path, encoding="utf-8") as f:
        aliases = sorted({a.strip() for a in f if a.strip()}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(a) for a in aliases))
    files = total = matches = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(folder, name), "rb") as f:
            data = f.read()
        files += 1
        total += len(data)
        matches += sum(1 for _ in pattern.finditer(data.decode("utf-8")))
    print(files, total, matches)


if __name__ == "__main__":
    main()
