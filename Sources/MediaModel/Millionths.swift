/// Amounts are added in whole millionths of their unit (docs/METHODOLOGY.md "Coding sums"): the
/// sum is then exact, the same in whatever order codings are added. The store's coding sums and
/// the reports' tallies use this one rule, so both give the very same figures.
public enum Millionths {
    public static func of(_ x: Double) -> Int64 { Int64((x * 1_000_000).rounded()) }
    public static func value(_ m: Int64) -> Double { Double(m) / 1_000_000 }
}
