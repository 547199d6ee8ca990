/// A character trie over UTF-16 code units with a payload per node: the shared building block
/// of the word, stem and suffix matchers. Nodes live in flat arrays, so a walk allocates
/// nothing; the root fans out through a 64 K table, since most words fail at their first letter.
struct UnitTrie: Sendable {
    private var edges: [[(unit: UInt16, node: Int32)]] = [[]]
    private(set) var payload: [UInt32] = [0]
    private var rootTable: [Int32] = []

    static let root = 0

    var nodeCount: Int { payload.count }

    /// Inserts `key` and ORs `bits` into its final node's payload; returns that node.
    @discardableResult
    mutating func insert(_ key: some Sequence<UInt16>, bits: UInt32) -> Int {
        var node = 0
        for u in key {
            if let next = edges[node].first(where: { $0.unit == u }) {
                node = Int(next.node)
            } else {
                edges.append([])
                payload.append(0)
                edges[node].append((u, Int32(payload.count - 1)))
                node = payload.count - 1
            }
        }
        payload[node] |= bits
        rootTable = []
        return node
    }

    /// Builds the root's lookup table; call once after the last insert.
    mutating func seal() {
        var table = [Int32](repeating: -1, count: 0x10000)
        for e in edges[0] { table[Int(e.unit)] = e.node }
        rootTable = table
    }

    /// The child of `node` along `unit`, or -1.
    @inline(__always)
    func child(_ node: Int, _ unit: UInt16) -> Int {
        if node == 0, !rootTable.isEmpty { return Int(rootTable[Int(unit)]) }
        for e in edges[node] where e.unit == unit { return Int(e.node) }
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
