/// Converts UTF-16 offsets to Unicode-scalar offsets (they differ after each astral character).
struct ScalarOffsets {
    /// UTF-16 offsets of low surrogates, ascending.
    private let lows: [Int]

    /// For text without astral characters: offsets are the same.
    init() { lows = [] }

    init(_ units: [UInt16]) {
        lows = units.withUnsafeBufferPointer { Self.lows(in: $0) }
    }

    init(_ units: UnsafeBufferPointer<UInt16>) {
        lows = Self.lows(in: units)
    }

    private static func lows(in u: UnsafeBufferPointer<UInt16>) -> [Int] {
        var lows: [Int] = []
        for i in 0..<u.count where u[i] & 0xFC00 == 0xDC00 { lows.append(i) }
        return lows
    }

    func scalar(at utf16: Int) -> Int {
        guard !lows.isEmpty else { return utf16 }
        var lo = 0, hi = lows.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lows[mid] < utf16 { lo = mid + 1 } else { hi = mid }
        }
        return utf16 - lo
    }
}
