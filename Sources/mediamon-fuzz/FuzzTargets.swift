import CFuzzing
import Foundation
import MediaCodebooks
import MediaImport
import MediaModel
import MediaText

/// Parsers fed arbitrary bytes by libFuzzer. Each must return or throw an error a user can read;
/// a crash, a hang or a sanitizer report is a bug. `MEDIAMON_FUZZ_TARGET` picks the parser.
///
/// Built normally, this is a replay tool: `mediamon-fuzz FILE...` runs the chosen parser once per
/// file (how a crash found by the fuzzer becomes a reproducible case). Built with
/// `-sanitize=fuzzer -DFUZZING` (see scripts/fuzz.sh), libFuzzer drives it.
enum FuzzTargets {
    static let names = ["codebook", "sheet", "decoder", "csv", "xmltv", "html", "feed", "txt", "transcript", "mentions", "reference", "reference-map", "mapping"]

    static let codebook: Codebook = {
        try! CodebookReader().read(contentsOf: ShippedCodebooks.kazakhstan2012)
    }()

    static let matcher = try! MentionMatcher(codebook: codebook)
    static let transcripts = try! TranscriptReader(codebook: codebook, outlet: "khabar", start: "2012-01-05T20:00:00")

    /// A file of this process's own for readers that stream from a path, removed when the process
    /// exits (libFuzzer ends a timed run with exit(); a crash keeps it beside its artifact).
    static let scratch: String = {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("mediamon-fuzz-\(ProcessInfo.processInfo.processIdentifier).xml").path
        atexit { try? FileManager.default.removeItem(atPath: FuzzTargets.scratch) }
        return path
    }()

    static let selected: String = {
        let name = ProcessInfo.processInfo.environment["MEDIAMON_FUZZ_TARGET"] ?? "sheet"
        guard names.contains(name) else {
            FileHandle.standardError.write(Data("MEDIAMON_FUZZ_TARGET must be one of \(names.joined(separator: ", "))\n".utf8))
            exit(2)
        }
        return name
    }()

    static func run(_ data: Data) {
        switch selected {
        case "codebook":
            _ = try? CodebookReader().read(yaml: String(decoding: data, as: UTF8.self), file: "fuzz.yaml")
        case "sheet":
            if let sheet = try? CodingSheetReader(codebook: codebook, defaultCoder: "fuzz").read(data, file: "fuzz.csv") {
                // Rows that pass the reader must satisfy the rules the store relies on.
                for row in sheet.rows {
                    precondition(row.coding.amount > 0 && row.coding.amount.isFinite)
                    precondition(row.segment.placement.extent > 0)
                }
            }
        case "decoder":
            if let decoded = try? TextDecoder().decode(data) {
                // Whatever was decoded from a single-byte code page encodes back to the same bytes.
                if decoded.encoding != .utf8, decoded.encoding != .utf16LE, decoded.encoding != .utf16BE,
                   let again = try? TextDecoder().encode(decoded.text, as: decoded.encoding) {
                    precondition(again == data, "round trip through \(decoded.encoding) changed the bytes")
                }
            }
        case "csv":
            _ = try? CSVTable(text: String(decoding: data, as: UTF8.self), file: "fuzz.csv")
        case "xmltv":
            FileManager.default.createFile(atPath: scratch, contents: data)
            if let reader = try? XMLTVReader(path: scratch, codebook: codebook) {
                _ = try? reader.read { programme in precondition(programme.end >= programme.start) }
            }
        case "html", "feed", "txt":
            let ext = selected == "feed" ? "xml" : selected
            _ = try? ArticleReader(codebook: codebook, outlet: "tengrinews", date: LocalDate("2012-01-05"))
                .read(data: data, file: "fuzz.\(ext)", extension: ext)
        case "transcript":
            _ = try? transcripts.read(text: String(decoding: data, as: UTF8.self), file: "fuzz.srt")
        case "mentions":
            let text = String(decoding: data, as: UTF8.self)
            let scalars = text.unicodeScalars.count
            // A failure of ICU itself is no finding about the input: it stops the run.
            for mention in try! matcher.mentions(in: text) {
                precondition(0 <= mention.start && mention.start < mention.end && mention.end <= scalars, "offsets out of the text")
            }
        case "reference":
            if let table = try? ReferenceReader(codebook: codebook).read(text: String(decoding: data, as: UTF8.self), file: "fuzz.csv") {
                // What the store is given: finite, not negative, in a stored unit, periods in order.
                for f in table.figures {
                    precondition(f.amount.isFinite && f.amount >= 0 && f.unit == f.unit.stored && f.period.first <= f.period.last)
                }
            }
        case "reference-map":
            _ = try? ReferenceMap(yaml: String(decoding: data, as: UTF8.self), file: "fuzz.yaml")
        case "mapping":
            _ = try? LogMapping(yaml: String(decoding: data, as: UTF8.self), file: "fuzz.yaml")
        default:
            break
        }
    }
}

#if FUZZING
/// libFuzzer's entry for one input (its archive's own `main` refers to it).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzTargets.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}
#endif

@main
struct FuzzMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        _ = FuzzTargets.selected
        exit(cfuzzing_run(&argc, &argv) { fuzzOneInput($0, $1) })
        #else
        let files = Array(CommandLine.arguments.dropFirst())
        if files.isEmpty {
            print("usage: MEDIAMON_FUZZ_TARGET=\(FuzzTargets.names.joined(separator: "|")) mediamon-fuzz FILE...")
            exit(2)
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                print("\(file): cannot read"); exit(1)
            }
            FuzzTargets.run(data)
            print("\(file): ok (\(FuzzTargets.selected))")
        }
        #endif
    }
}
