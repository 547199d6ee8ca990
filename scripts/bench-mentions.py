#!/usr/bin/env python3
"""Benchmark: `mediamon mentions` on a corpus of tens of MB of Kazakh and Russian news text, beside
Python's `re` with a plain alternation of the same codebook aliases, in one run.

    swift build -c release --product mediamon
    pip install pyyaml
    python3 scripts/bench-mentions.py [--mb 50] [--runs 5]

The corpus is built from the real texts in ../shared/data (KazNERD's Kazakh TV-news sentences,
the NEWSru.com Russian feed, a Russian news page), with a few party mentions added, repeated to
the size asked; it is written to a temporary folder, never into the repository. Runs alternate
between the two; the best wall and CPU times of each are reported, with the load average, since
other builds on the machine slow both.

Note what each does: `re` finds the aliases exactly as written (no inflection, no context, no
folding, no Latin script); mediamon decodes, folds, tokenizes candidate windows with ICU and
matches inflected forms with their context rules, so the counts differ.
"""
import argparse, html, json, os, re, resource, subprocess, sys, tempfile, time

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "data"))
CODEBOOK = os.path.join(ROOT, "Codebooks", "kz-2012-majilis.yaml")


def build_corpus(path, megabytes):
    kazakh, sentence = [], []
    for line in open(os.path.join(DATA, "kazakh", "kaznerd_IOB2_test.txt"), encoding="utf-8"):
        token = line.split(" ")[0].strip()
        if not token:
            if sentence:
                kazakh.append(" ".join(sentence))
            sentence = []
        else:
            sentence.append(token)
    feed = open(os.path.join(DATA, "encodings", "newsru_rss.windows-1251.xml"), encoding="cp1251").read()
    feed = re.sub(r"<[^>]+>", " ", html.unescape(feed))
    page = open(os.path.join(DATA, "news", "football_ua_podolski_ru.html"), encoding="utf-8").read()
    page = re.sub(r"<[^>]+>", " ", re.sub(r"<script.*?</script>|<style.*?</style>", "", page, flags=re.S))
    extra = ["«Нұр Отан» партиясының сайлауалды бағдарламасы талқыланды.",
             "ЖСДП-ның төрағасы Жармахан Тұяқбай мәлімдеме жасады.",
             "Партия «Ак жол» и НДП «Нур Отан» провели встречи с избирателями.",
             "ЦИК зарегистрировал списки Коммунистической народной партии Казахстана."]
    size, i = 0, 0
    with open(path, "w", encoding="utf-8") as out:
        while size < megabytes * 1_000_000:
            block = "\n".join(kazakh[i % len(kazakh):i % len(kazakh) + 200]) + "\n" + feed + "\n" + page + "\n" + "\n".join(extra) + "\n"
            out.write(block)
            size += len(block.encode("utf-8"))
            i += 200


def run_python(corpus):
    book = yaml.safe_load(open(CODEBOOK, encoding="utf-8"))
    aliases = sorted({a if isinstance(a, str) else a["text"] for s in book["subjects"] for a in s.get("aliases", [])},
                     key=len, reverse=True)
    t0, c0 = time.perf_counter(), time.process_time()
    text = open(corpus, "rb").read().decode("utf-8")
    rx = re.compile("|".join(map(re.escape, aliases)))
    n = sum(1 for _ in rx.finditer(text))
    return time.perf_counter() - t0, time.process_time() - c0, n


def run_mediamon(binary, corpus):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run([binary, "mentions", corpus, "--codebook", CODEBOOK, "--format", "json"],
                         check=True, capture_output=True).stdout
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, len(json.loads(out)["mentions"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=50)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "mediamon"))
    args = ap.parse_args()
    if not os.path.exists(os.path.join(DATA, "SOURCES.md")):
        sys.exit(f"needs the shared data in {DATA}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus.txt")
        build_corpus(corpus, args.mb)
        mb = os.path.getsize(corpus) / 1e6
        best = {"mediamon": (1e9, 1e9, 0), "python re": (1e9, 1e9, 0)}
        for _ in range(args.runs):
            for name, run in (("mediamon", lambda: run_mediamon(args.binary, corpus)), ("python re", lambda: run_python(corpus))):
                w, c, n = run()
                b = best[name]
                best[name] = (min(b[0], w), min(b[1], c), n)
        print(f"corpus {mb:.1f} MB; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
              f"best of {args.runs}; wall = elapsed, cpu = user + system of all threads")
        for name, (w, c, n) in best.items():
            print(f"{name:10s} wall {w:.3f}s = {mb / w:6.1f} MB/s   cpu {c:.3f}s = {mb / c:6.1f} MB/s   {n} matches")
        m, p = best["mediamon"], best["python re"]
        print(f"mediamon / python re: {p[0] / m[0]:.2f}x by wall time, {p[1] / m[1]:.2f}x by cpu time")


if __name__ == "__main__":
    main()
