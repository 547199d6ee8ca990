#!/usr/bin/env python3
"""Peer of `mediamon report share`: DuckDB computing the same share table from the codings as CSV.

    python3 scripts/bench/duckdb_share.py CODINGS.csv [MEDIAMON_SHARE.csv]

The query is scripts/bench-report.py's (one definition of "the same table"). Prints the query's
own time and the number of rows; given mediamon's `report share --format csv` output, also
checks that both computed the same shares.
"""
import csv, importlib.util, os, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("bench_report", os.path.join(HERE, "..", "bench-report.py"))
bench_report = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_report)


def main():
    import duckdb
    csv_path = sys.argv[1]
    sql = bench_report.DUCKDB_SQL.format(csv=csv_path, editorial=",".join(f"'{g}'" for g in bench_report.EDITORIAL),
                                         parties=",".join(f"'{p}'" for p in bench_report.PARTIES))
    con = duckdb.connect()
    start = time.perf_counter()
    rows = con.execute(sql).fetchall()
    query = time.perf_counter() - start
    theirs = {(o, s): share for o, s, _, _, share in rows}
    verdict = ""
    if len(sys.argv) > 2:
        ours = {}
        with open(sys.argv[2], newline="") as f:
            for row in csv.DictReader(f):
                ours[(row["outlet"], row["subject"])] = float(row["share"])
        worst = max((abs(ours[k] - theirs.get(k, float("inf"))) for k in ours), default=float("inf"))
        verdict = "same" if set(ours) == set(theirs) and worst < 1e-6 else f"DIFFERENT (largest difference {worst:.3g})"
    print(f"{query:.4f} {len(rows)} {verdict}")


if __name__ == "__main__":
    main()
