#!/usr/bin/env python3
"""Test oracle for mediamon's Krippendorff's alpha: an independent computation, not part of the tool.

Computes alpha from pairwise disagreements (Krippendorff 2011, eq. for D_o and D_e written as sums over
pairs of values) with exact fractions, rather than from the coincidence matrix mediamon builds, so the
two computations share no code or structure. Used to check the numbers that MediaReliabilityTests pin.

    python3 scripts/alpha-oracle.py                 # prints the worked examples
    python3 scripts/alpha-oracle.py DB.sqlite [10]  # the DESIGN §1 step 4 figures of a monitoring database
                                                    # (amount agreement within that percent), as JSON
"""
import json
import sqlite3
import sys
from fractions import Fraction
from itertools import permutations


def alpha(units, metric):
    """units: list of lists of values (None = missing). metric: 'nominal', 'ordinal' or 'interval'."""
    units = [[v for v in u if v is not None] for u in units]
    units = [u for u in units if len(u) >= 2]
    pooled = [v for u in units for v in u]
    n = len(pooled)
    counts = {}
    for v in pooled:
        counts[v] = counts.get(v, 0) + 1

    def delta2(a, b):
        if metric == "nominal":
            return 0 if a == b else 1
        if metric == "interval":
            return Fraction(a - b) ** 2
        if metric == "ordinal":
            lo, hi = min(a, b), max(a, b)
            between = sum(c for v, c in counts.items() if lo <= v <= hi)
            return (Fraction(between) - Fraction(counts[a] + counts[b], 2)) ** 2
        raise ValueError(metric)

    observed = Fraction(0)
    for u in units:
        m = len(u)
        observed += Fraction(sum(delta2(a, b) for a, b in permutations(u, 2)), m - 1)
    observed /= n
    expected = Fraction(sum(delta2(a, b) for a, b in permutations(pooled, 2)), n * (n - 1))
    if expected == 0:
        return None
    return 1 - observed / expected


def agreement(units, agree):
    pairs = [(u[i], u[j]) for u in units for i in range(len(u)) for j in range(i + 1, len(u))]
    return 100 * sum(1 for a, b in pairs if agree(a, b)) / len(pairs) if pairs else None


def database_figures(path, percent):
    """Reads codings and per-coder genres straight from SQLite and builds DESIGN §1 step 4's units."""
    db = sqlite3.connect(path)
    codings, coders_of, genres = {}, {}, {}
    for seg, coder, subject, amount, tone in db.execute("SELECT segmentID, coder, subjectID, amount, tone FROM coding"):
        codings.setdefault(seg, {}).setdefault(coder, {})[subject] = (amount, tone)
        coders_of.setdefault(seg, set()).add(coder)
    for seg, coder, genre in db.execute("SELECT segmentID, coder, genreID FROM segmentGenre"):
        genres.setdefault(seg, {})[coder] = genre
        if seg in coders_of:
            coders_of[seg].add(coder)
    subjects = [r[0] for r in db.execute("SELECT id FROM subject")]
    items = sorted(seg for seg, cs in coders_of.items() if len(cs) >= 2)
    subject_units, sets, tone_units, amount_units, genre_units = [], [], [], [], []
    for seg in items:
        cs = sorted(coders_of[seg])
        by = {c: codings.get(seg, {}).get(c, {}) for c in cs}
        subject_units += [[int(s in by[c]) for c in cs] for s in subjects]
        sets.append([set(by[c]) for c in cs])
        for s in sorted(set().union(*[set(v) for v in by.values()])):
            coded = [by[c][s] for c in cs if s in by[c]]
            if len(coded) >= 2:
                tone_units.append([t for _, t in coded])
                amount_units.append([Fraction(a) for a, _ in coded])
        genre_units.append([genres[seg][c] for c in cs if c in genres.get(seg, {})])
    jaccards = []
    for ss in sets:
        pairs = [(ss[i], ss[j]) for i in range(len(ss)) for j in range(i + 1, len(ss))]
        jaccards.append(sum(len(a & b) / len(a | b) if a | b else 1 for a, b in pairs) / len(pairs))
    f = lambda a: None if a is None else float(a)
    within = lambda a, b: abs(a - b) <= max(a, b) * Fraction(percent) / 100
    return {"items": len(items), "variables": {
        "subject": {"alpha": f(alpha(subject_units, "nominal")), "agreement": sum(jaccards) / len(jaccards) if jaccards else None},
        "tone": {"alpha": f(alpha(tone_units, "nominal")), "agreement": agreement(tone_units, lambda a, b: a == b)},
        "genre": {"alpha": f(alpha(genre_units, "nominal")), "agreement": agreement(genre_units, lambda a, b: a == b)},
        "amount": {"alpha": f(alpha(amount_units, "interval")), "agreement": agreement(amount_units, within)},
    }}


if __name__ == "__main__" and len(sys.argv) > 1:
    print(json.dumps(database_figures(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "10"), indent=2, sort_keys=True))
elif __name__ == "__main__":
    N = None
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers x 12 units.
    coders = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
        [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
    ]
    units = [list(u) for u in zip(*coders)]
    for metric in ("nominal", "ordinal", "interval"):
        a = alpha(units, metric)
        print(f"4x12 {metric}: {float(a):.6f} ({a})")
    # Section A: two observers, binary data, ten units.
    a_ = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b_ = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    a = alpha([list(u) for u in zip(a_, b_)], "nominal")
    print(f"2x10 binary nominal: {float(a):.6f} ({a})")
