#!/usr/bin/env python3
"""Test oracle for mediamon's Krippendorff's alpha: an independent computation, not part of the tool.

Computes alpha from pairwise disagreements (Krippendorff 2011, eq. for D_o and D_e written as sums over
pairs of values) with exact fractions, rather than from the coincidence matrix mediamon builds, so the
two computations share no code or structure. Used to check the numbers that MediaReliabilityTests pin.

    python3 scripts/alpha-oracle.py            # prints the worked examples
"""
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


if __name__ == "__main__":
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
