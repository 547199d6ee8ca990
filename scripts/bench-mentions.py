#!/usr/bin/env python3
"""Benchmark: `mediamon mentions` on a corpus of tens of MB of Kazakh and Russian news text, beside
Python's `re` with a plain alternation of the same codebook aliases, in one run.

    swift build -c release --product mediamon
    pip install pyyaml
    python3 scripts/bench-mentions.py [--mb 50] [--runs 5]
    python3 scripts/bench-mentions.py --text /tmp/mm-bench/text [--runs 3]   # bench-peers' corpus

The corpus is built from the real texts in ../shared/data (KazNERD's Kazakh TV-news sentences,
the NEWSru.com Russian feed, a Russian news page), with a few party mentions added, repeated to
the size asked; it is written to a temporary folder, never into the repository. With --text, the
.txt files of that folder are scanned instead (e.g. the generated corpus `mediamon-bench --keep`
or `scripts/bench-peers.sh` leaves in its work folder: a party name about every 120 words), all
of them in one `mediamon mentions` and one Python process. Runs alternate between the peers; the
best wall and CPU times of each are reported, with the load average before and after, since other
builds on the machine slow both. ripgrep (`rg -F`, literal alternation, counts matching lines) runs
too when it is installed.

Note what each does: `re` finds the aliases exactly as written (no inflection, no context, no
folding, no Latin script); mediamon decodes, folds, tokenizes candidate windows with ICU and
matches inflected forms with their context rules, so the counts differ.
"""
import argparse, html, json, os, re, resource, shutil, subprocess, sys, tempfile, time

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


def aliases():
    book = yaml.safe_load(open(CODEBOOK, encoding="utf-8"))
    return sorted({a if isinstance(a, str) else a["text"] for s in book["subjects"] for a in s.get("aliases", [])},
                  key=len, reverse=True)


def run_python(files):
    t0, c0 = time.perf_counter(), time.process_time()
    rx = re.compile("|".join(map(re.escape, aliases())))
    n = 0
    for corpus in files:
        text = open(corpus, "rb").read().decode("utf-8")
        n += sum(1 for _ in rx.finditer(text))
    return time.perf_counter() - t0, time.process_time() - c0, n


def run_child(command):
    """Wall and CPU (user + system, all threads) of one child process, and its stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run(command, check=True, capture_output=True).stdout
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), out


def run_mediamon(binary, files):
    wall, cpu, out = run_child([binary, "mentions", *files, "--codebook", CODEBOOK, "--format", "json"])
    return wall, cpu, len(json.loads(out)["mentions"])


def run_ripgrep(files, alias_file):
    wall, cpu, out = run_child(["rg", "--no-config", "-c", "--no-filename" if len(files) == 1 else "--with-filename",
                                "-F", "-f", alias_file, *files])
    return wall, cpu, sum(int(line.rsplit(b":", 1)[-1]) for line in out.splitlines() if line)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=50)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--text", help="scan the .txt files of this folder instead of building the corpus")
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "mediamon"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.text:
            files = sorted(os.path.join(args.text, f) for f in os.listdir(args.text) if f.endswith(".txt"))
            if not files:
                sys.exit(f"no .txt files in {args.text}")
            what = f"{len(files)} files of {args.text}"
        else:
            if not os.path.exists(os.path.join(DATA, "SOURCES.md")):
                sys.exit(f"needs the shared data in {DATA}")
            files = [os.path.join(tmp, "corpus.txt")]
            build_corpus(files[0], args.mb)
            what = "built from ../shared/data"
        mb = sum(os.path.getsize(f) for f in files) / 1e6
        alias_file = os.path.join(tmp, "aliases.txt")
        with open(alias_file, "w", encoding="utf-8") as f:
            f.write("\n".join(aliases()) + "\n")
        runs = [("mediamon", lambda: run_mediamon(args.binary, files)), ("python re", lambda: run_python(files))]
        if shutil.which("rg"):
            runs.append(("ripgrep -F", lambda: run_ripgrep(files, alias_file)))
        load_before = os.getloadavg()
        best = {name: (1e9, 1e9, 0) for name, _ in runs}
        for _ in range(args.runs):
            for name, run in runs:
                w, c, n = run()
                b = best[name]
                best[name] = (min(b[0], w), min(b[1], c), n)
        load_after = os.getloadavg()
        print(f"corpus {mb:.1f} MB ({what}); load average {load_before[0]:.1f} before, {load_after[0]:.1f} after, "
              f"on {os.cpu_count()} cores; best of {args.runs}; wall = elapsed, cpu = user + system of all threads")
        for name, (w, c, n) in best.items():
            unit = "matching lines" if name.startswith("ripgrep") else "matches"
            print(f"{name:10s} wall {w:.3f}s = {mb / w:7.1f} MB/s   cpu {c:.3f}s = {mb / c:7.1f} MB/s   {n} {unit}")
        m = best["mediamon"]
        for name in best:
            if name != "mediamon":
                p = best[name]
                print(f"mediamon / {name}: {p[0] / m[0]:.2f}x by wall time, {p[1] / m[1]:.2f}x by cpu time")


if __name__ == "__main__":
    main()
