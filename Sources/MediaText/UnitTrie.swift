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
