#!/usr/bin/env python3
"""Benchmark: `mediamon report share` on a database of N codings, beside DuckDB computing the same
share table from the same codings as CSV, in one run.

    swift build -c release --product mediamon
    pip install duckdb
    python3 scripts/bench-report.py [--codings 1000000] [--runs 3] [--variables]

It creates a mission database with `mediamon init`, fills it with deterministic random items and
codings (some broadcast outside prime time, some paid advertising, 5% double-coded, institutions
among the subjects), writes the same codings to CSV, then times both and checks they agree.
"""
import argparse, atexit, csv, json, os, random, resource, shutil, sqlite3, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TV = ["kazakhstan-tv", "khabar", "astana-tv", "channel-7", "channel-31", "ktk"]
PRINT = ["golos-respubliki", "kazakhstanskaya-pravda", "panorama", "vzglyad", "svoboda-slova", "zhas-alash"]
PARTIES = ["nur-otan", "ak-zhol", "knpk", "osdp", "auyl", "patriots", "adilet", "rukhaniyat"]
SUBJECTS = PARTIES + ["president", "government", "akims", "cec"]
GENRES = ["news"] * 6 + ["current-affairs", "interview", "debate", "paid-advertising", "free-airtime"]
EDITORIAL = ["news", "current-affairs", "interview", "debate", "voter-education", "other"]
TONES = ["positive", "neutral", "neutral", "negative"]
CAPACITIES = ["official", "campaign", "other"]
TOPICS = ["election-administration", "campaign", "economy-social", "independence-20", "zhanaozen", "foreign-affairs", "other"]


def generate(db_path, csv_path, n, seed=2012, variables=False):
    rng = random.Random(seed)
    # The declared variables draw from their own generator: the same codings with or without them.
    values = random.Random(seed + 1)
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    segments, codings, genres = [], [], []
    out = open(csv_path, "w", newline="")
    w = csv.writer(out)
    w.writerow(["outlet", "unit", "date", "local_start", "genre", "subject", "amount", "direct", "tone", "coder", "is_primary"])
    seg_id = coding_id = 0
    while coding_id < n:
        seg_id += 1
        outlet = rng.choice(TV + PRINT)
        day = rng.randrange(29)
        date = f"2011-12-{16 + day:02d}" if day < 16 else f"2012-01-{day - 15:02d}"
        genre = rng.choice(GENRES)
        broadcast = outlet in TV
        if broadcast:
            # Local time Asia/Almaty was UTC+6 in 2011-2012; 12:00-23:59 local, a quarter outside prime time.
            h, m = rng.randint(12, 23), rng.randint(0, 59)
            local = f"{h:02d}:{m:02d}:00"
            start_utc = f"{date}T{h - 6:02d}:{m:02d}:00Z"
            unit, extent = "seconds", 600.0
            # An item on air has both ends (mediamon's rules); ten minutes, within the same UTC day.
            end_utc = f"{date}T{h - 6 + (m + 10) // 60:02d}:{(m + 10) % 60:02d}:00Z"
        else:
            local, start_utc, end_utc, unit, extent = "", None, None, "cm2", 2000.0
        coders = ["aigerim"] + (["dmitry"] if rng.random() < 0.05 else [])
        segments.append((seg_id, outlet, date, start_utc, end_utc, 1 if not broadcast else None, unit, extent,
                         f"Item {seg_id}", genre, f"k{seg_id}", coders[0], "2012-01-20T00:00:00Z"))
        subjects = rng.sample(SUBJECTS, rng.randint(1, 3))
        for coder in coders:
            topic = json.dumps({"topic": values.choice(TOPICS)}) if variables else None
            genres.append((seg_id, coder, genre, topic))
            for s in subjects:
                coding_id += 1
                amount = float(rng.randint(5, 180))
                direct = float(rng.randint(0, int(amount) // 2)) if broadcast else None
                tone = rng.choice(TONES)
                capacity = json.dumps({"capacity": values.choice(CAPACITIES)}) if variables else None
                codings.append((coding_id, seg_id, s, coder, amount, direct, tone, capacity, "2012-01-20T00:00:00Z"))
                w.writerow([outlet, unit, date, local, genre, s, amount, "" if direct is None else direct, tone, coder,
                            1 if coder == coders[0] else 0])
        if len(codings) > 100_000:
            flush(con, segments, codings, genres)
            segments, codings, genres = [], [], []
    flush(con, segments, codings, genres)
    con.commit()
    con.close()
    out.close()
    return coding_id


def flush(con, segments, codings, genres):
    con.executemany("INSERT INTO segment (id, outletID, date, startUTC, endUTC, page, unit, extent, title, genreID, itemKey, primaryCoder, createdAt) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", segments)
    con.executemany("INSERT INTO coding (id, segmentID, subjectID, coder, amount, direct, tone, vars, codedAt) VALUES (?,?,?,?,?,?,?,?,?)", codings)
    con.executemany("INSERT INTO segmentGenre (segmentID, coder, genreID, vars) VALUES (?,?,?,?)", genres)


DUCKDB_SQL = """
WITH counted AS (
  SELECT outlet, unit, subject, amount FROM read_csv('{csv}', header = true, auto_detect = true,
         types = {{'local_start': 'VARCHAR', 'direct': 'DOUBLE'}})
  WHERE is_primary = 1
    AND genre IN ({editorial})
    AND subject IN ({parties})
    AND (unit <> 'seconds' OR (local_start >= '18:00:00' AND local_start < '24:00:00'))
)
SELECT outlet, subject, unit, sum(amount) AS amount,
       sum(amount) * 100.0 / sum(sum(amount)) OVER (PARTITION BY outlet) AS share
FROM counted GROUP BY outlet, subject, unit ORDER BY outlet, subject
"""


def run_duckdb(csv_path):
    """Wall time and CPU time (all of DuckDB's threads) of one query."""
    import duckdb
    sql = DUCKDB_SQL.format(csv=csv_path, editorial=",".join(f"'{g}'" for g in EDITORIAL),
                            parties=",".join(f"'{p}'" for p in PARTIES))
    con = duckdb.connect()
    start, cpu = time.perf_counter(), time.process_time()
    rows = con.execute(sql).fetchall()
    return time.perf_counter() - start, time.process_time() - cpu, {(o, s): share for o, s, _, _, share in rows}


def run_mediamon(binary, db_path):
    """Wall time and CPU time of the whole command: open, read, aggregate, write CSV."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([binary, "report", "share", "--db", db_path, "--format", "csv"], capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    shares = {}
    for row in csv.DictReader(result.stdout.splitlines()):
        shares[(row["outlet"], row["subject"])] = float(row["share"])
    return elapsed, cpu, shares


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--codings", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--mediamon", default=os.path.join(ROOT, ".build", "release", "mediamon"))
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--variables", action="store_true", help="code capacity per coding and topic per item as well")
    args = ap.parse_args()
    work = args.workdir
    if not work:
        # A folder of our own goes when the script ends (sys.exit included); --workdir keeps its database for the next run.
        work = tempfile.mkdtemp(prefix="mediamon-bench-")
        atexit.register(shutil.rmtree, work, ignore_errors=True)
    db, csv_path = os.path.join(work, "bench.sqlite"), os.path.join(work, "codings.csv")
    if not os.path.exists(db):
        subprocess.run([args.mediamon, "init", "--db", db, "--codebook", os.path.join(ROOT, "Codebooks", "kz-2012-majilis.yaml")],
                       check=True, capture_output=True)
        t = time.perf_counter()
        n = generate(db, csv_path, args.codings, variables=args.variables)
        print(f"generated {n} codings in {time.perf_counter() - t:.1f} s ({work})")
        # The codings were written straight into SQLite, around mediamon: count the coding sums
        # reports read, as `mediamon migrate` does for an older database. (The rest of `check`
        # finds no audit entries for these codings; only the repair matters here.)
        t = time.perf_counter()
        repaired = subprocess.run([args.mediamon, "check", "--repair-sums", "--db", db], capture_output=True, text=True)
        if "counted again" not in repaired.stdout:
            sys.exit(f"could not count the coding sums: {repaired.stdout}{repaired.stderr}")
        print(f"coding sums counted in {time.perf_counter() - t:.1f} s")
    csv_mb = os.path.getsize(csv_path) / 1e6
    db_mb = os.path.getsize(db) / 1e6
    mm, dd, mc, dc = [], [], [], []
    for _ in range(args.runs):
        t, c, ours = run_mediamon(args.mediamon, db)
        mm.append(t); mc.append(c)
        t, c, theirs = run_duckdb(csv_path)
        dd.append(t); dc.append(c)
    worst = max(abs(ours[k] - theirs.get(k, float("nan"))) for k in ours)
    agree = set(ours) == set(theirs) and worst < 1e-9
    load = os.getloadavg()[0]
    print(f"load average {load:.1f} on {os.cpu_count()} cores; wall = elapsed, cpu = user + system of all threads")
    print(f"mediamon report share (SQLite {db_mb:.0f} MB): wall median {statistics.median(mm):.2f} s, cpu median {statistics.median(mc):.2f} s"
          f"  (wall runs {', '.join(f'{x:.2f}' for x in mm)})")
    print(f"DuckDB share table (CSV {csv_mb:.0f} MB):       wall median {statistics.median(dd):.2f} s, cpu median {statistics.median(dc):.2f} s"
          f"  (wall runs {', '.join(f'{x:.2f}' for x in dd)})")
    print(f"same {len(ours)} shares: {'yes' if agree else 'NO'} (largest difference {worst:.2e} points)")
    sys.exit(0 if agree else 1)


if __name__ == "__main__":
    main()
