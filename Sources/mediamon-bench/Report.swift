import Foundation

/// The machine the figures come from, printed above them: a shared 2-core box and a quiet
/// workstation give different numbers, and the load average says which this was.
enum Machine {
    static var executable: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    }

    static var loadAverage: String {
        var loads = [Double](repeating: 0, count: 3)
        return getloadavg(&loads, 3) == 3 ? loads.map { String(format: "%.2f", $0) }.joined(separator: " ") : "unknown"
    }

    static func describe(scale: Double, seed: UInt64) -> String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last!.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let memory = ProcessInfo.processInfo.physicalMemory / 1_000_000_000
        let date = ISO8601DateFormatter().string(from: Date())
        return """
            mediamon-bench  scale \(scale)  seed \(seed)  \(date)
            machine: \(model), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(memory) GB; load average before: \(loadAverage)
            (each case runs in its own process; wall = elapsed time of that process, peak = its maximum resident memory)

            """
    }
}

/// The printed table, one line per case.
enum ResultTable {
    static let header = pad("case", 18) + pad("size", 44) + lpad("wall s", 9) + lpad("throughput", 24) + lpad("peak MB", 9) + "  note"

    static func line(_ r: CaseResult) -> String {
        pad(r.id, 18) + pad(r.size, 44) + lpad(String(format: "%.2f", r.seconds), 9)
            + lpad(String(format: "%.1f ", r.rate) + r.unit, 24) + lpad(String(format: "%.0f", Double(r.peakRSS) / 1e6), 9)
            + "  " + r.note
    }

    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
    static func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? " " + s : String(repeating: " ", count: n - s.count) + s }
}
