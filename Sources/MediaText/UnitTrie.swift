/// A character trie over UTF-16 code units with a payload per node: the shared building block
/// of the word, prefilter and suffix matchers. ``seal()`` lays the edges out flat, so a walk
/// allocates and retains nothing; the root fans out through a 64 K table, since most words
/// fail at their first letter.
struct UnitTrie: Sendable {
    private var building: [[(unit: UInt16, node: Int32)]] = [[]]
    private(set) var payload: [UInt32] = [0]
    private var rootTable: [Int32] = []
    private var edgeStart: [Int32] = []
    private var edgeUnits: [UInt16] = []
    private var edgeTargets: [Int32] = []
    /// With ``seal(through:)``: per code unit of the text, the column of the unit it maps to
    /// (0 when no edge has that label), and per node a row of children by column (-1 for none).
    private var columns: [UInt16] = []
    private var width = 0
    private var transitions: [Int32] = []

    static let root = 0

    var nodeCount: Int { payload.count }

    /// Inserts `key` and ORs `bits` into its final node's payload; returns that node.
    @discardableResult
    mutating func insert(_ key: some Sequence<UInt16>, bits: UInt32) -> Int {
        var node = 0
        for u in key {
            if let next = building[node].first(where: { $0.unit == u }) {
                node = Int(next.node)
            } else {
                building.append([])
                payload.append(0)
                building[node].append((u, Int32(payload.count - 1)))
                node = payload.count - 1
            }
        }
        payload[node] |= bits
        rootTable = []
        return node
    }

    /// Lays the trie out for lookups; call after the last insert (lookups before work, slowly).
    mutating func seal() {
        var table = [Int32](repeating: -1, count: 0x10000)
        for e in building[0] { table[Int(e.unit)] = e.node }
        rootTable = table
        edgeStart = []
        edgeUnits = []
        edgeTargets = []
        for edges in building {
            edgeStart.append(Int32(edgeUnits.count))
            for e in edges { edgeUnits.append(e.unit); edgeTargets.append(e.node) }
        }
        edgeStart.append(Int32(edgeUnits.count))
    }

    /// ``seal()``, and lays the trie out as a table for text units mapped through `map` (the
    /// prefilter's skeleton): ``Dense/child(_:_:)`` is then one load per unit of text.
    mutating func seal(through map: [UInt16]) {
        seal()
        var labels: [UInt16: Int] = [:]
        for edges in building { for e in edges where labels[e.unit] == nil { labels[e.unit] = labels.count + 1 } }
        width = labels.count + 1
        columns = map.map { UInt16(labels[$0] ?? 0) }
        transitions = [Int32](repeating: -1, count: building.count * width)
        for (node, edges) in building.enumerated() {
            for e in edges { transitions[node * width + labels[e.unit]!] = e.node }
        }
    }

    /// The table of ``seal(through:)``, borrowed for a scan.
    struct Dense {
        let columns: UnsafeBufferPointer<UInt16>
        let transitions: UnsafeBufferPointer<Int32>
        let payload: UnsafeBufferPointer<UInt32>
        let width: Int

        /// The child of `node` along the text unit `unit` (mapped), or -1.
        @inline(__always)
        func child(_ node: Int, _ unit: UInt16) -> Int {
            Int(transitions[node &* width &+ Int(columns[Int(unit)])])
        }
    }

    /// Runs `body` with the table of ``seal(through:)``, which must have been called.
    func withDense<R, E: Error>(_ body: (Dense) throws(E) -> R) throws(E) -> R {
        precondition(width > 0, "UnitTrie.withDense before seal(through:)")
        let result: Result<R, E> = columns.withUnsafeBufferPointer { c in
            transitions.withUnsafeBufferPointer { t in
                payload.withUnsafeBufferPointer { p in
                    do throws(E) { return .success(try body(Dense(columns: c, transitions: t, payload: p, width: width))) } catch {
                        return .failure(error)
                    }
                }
            }
        }
        return try result.get()
    }

    /// The child of `node` along `unit`, or -1.
    @inline(__always)
    func child(_ node: Int, _ unit: UInt16) -> Int {
        if rootTable.isEmpty {
            for e in building[node] where e.unit == unit { return Int(e.node) }
            return -1
        }
        if node == 0 { return Int(rootTable[Int(unit)]) }
        var i = Int(edgeStart[node])
        let end = Int(edgeStart[node + 1])
        while i < end {
            if edgeUnits[i] == unit { return Int(edgeTargets[i]) }
            i += 1
        }
        return -1
    }

    /// The payload of the node `key` leads to exactly, or 0.
    func bits(of key: some Collection<UInt16>) -> UInt32 {
        var node = 0
        for u in key {
            node = child(node, u)
            if node < 0 { return 0 }
        }
        return payload[node]
    }
}
