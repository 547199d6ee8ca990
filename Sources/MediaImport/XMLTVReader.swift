import CLibXML2
import Foundation
import MediaModel

/// Reads an XMLTV guide (`<tv><channel/><programme start stop channel>…`) as a stream of
/// programmes, in constant memory.
///
/// Channels map to outlets through the codebook's `xmltv:` ids or `channels` (from
/// `--channel XMLTV_ID=OUTLET_ID`, which wins). Programmes of unmapped channels and those that
/// start outside the monitoring period are skipped and counted. A programme whose stop precedes
/// its start, or whose times cannot be read, is an error; overlapping programmes on one channel
/// are a warning. A programme without `stop` ends where the next one on its channel starts.
public struct XMLTVReader: ProgrammeSource, Sendable {
    public let file: String
    let path: String
    let codebook: Codebook
    let channels: [String: String]
    /// Hears the fraction of the file read, now and then.
    public var progress: (@Sendable (Double) -> Void)?

    public init(path: String, codebook: Codebook, channels: [String: String] = [:], file: String? = nil) throws {
        self.path = path
        self.file = file ?? path
        self.codebook = codebook
        var map: [String: String] = [:]
        for outlet in codebook.outlets { for id in outlet.xmltvIDs { map[id] = outlet.id } }
        for (channel, outlet) in channels {
            guard let o = codebook.outlet(outlet) else {
                throw codebook.unknown(.outlet, outlet, field: "channel", context: "for channel \(channel)")
            }
            // A guide's programmes are airtime: they never go to a newspaper or a news site.
            guard o.medium.isBroadcast else {
                throw InputError(field: "channel", "\(outlet) is \(o.medium.rawValue); XMLTV programmes belong to TV or radio outlets")
            }
            map[channel] = outlet
        }
        self.channels = map
    }

    public func read(_ each: (NewProgramme) throws -> Void) throws -> ReadNotes {
        try checkReadable(path, file: file)
        let choice = XMLStream.encodingChoice(path: path)
        let xml = try XMLStream(path: path, file: file, encoding: choice.encoding, ignoringDeclaration: choice.ignoringDeclaration)
        let clock = LocalClock(codebook: codebook)
        var notes = ReadNotes()
        if let warning = choice.warning { notes.warn(InputError(file: file, line: 1, field: "encoding", warning)) }
        var state = ChannelState()
        let source = URL(fileURLWithPath: path).lastPathComponent
        var sawRoot = false
        var count = 0

        var checks = ProgrammeChecks(codebook: codebook, clock: clock, file: file)
        func emit(_ p: NewProgramme) throws {
            if checks.admit(p, notes: &notes) { try each(p) }
        }

        while try xml.next() {
            guard xml.node == .element else { continue }
            if !sawRoot {
                guard xml.nameIs("tv") else {
                    throw InputError(file: file, line: xml.line, "not an XMLTV guide: the root element is <\(xml.localName)>, not <tv>")
                }
                sawRoot = true
                continue
            }
            guard xml.depth == 1, xml.nameIs("programme") else { continue }
            count += 1
            if count % 4096 == 0, let progress, xml.fileSize > 0 { progress(Double(xml.bytesConsumed) / Double(xml.fileSize)) }
            let line = xml.line
            var start: String?, stop: String?, channel: String?
            xml.forEachAttribute { name, value in
                if XMLStream.equal(name, "start") { start = String(cString: value) }
                else if XMLStream.equal(name, "stop") { stop = String(cString: value) }
                else if XMLStream.equal(name, "channel") { channel = String(cString: value) }
            }
            let fields = try programmeFields(xml)
            guard let channel, !channel.isEmpty else {
                throw InputError(file: file, line: line, field: "channel", "the programme has no channel attribute")
            }
            guard let outlet = channels[channel] else {
                notes.skip("channel \(channel) is not mapped to an outlet (add its id to the outlet's xmltv: list, or map the channel to an outlet when importing)")
                continue
            }
            guard let startText = start else {
                throw InputError(file: file, line: line, field: "start", "the programme has no start time")
            }
            guard let startUTC = Timestamps.xmltv(startText, clock: clock) else {
                throw InputError(file: file, line: line, field: "start", "\"\(startText)\" is not an XMLTV time (YYYYMMDDhhmmss ±hhmm)")
            }
            var endUTC: Int?
            if let stopText = stop {
                guard let end = Timestamps.xmltv(stopText, clock: clock) else {
                    throw InputError(file: file, line: line, field: "stop", "\"\(stopText)\" is not an XMLTV time (YYYYMMDDhhmmss ±hhmm)")
                }
                guard end >= startUTC else {
                    throw InputError(file: file, line: line, field: "stop", "the programme stops (\(stopText)) before it starts (\(startText))")
                }
                guard end - startUTC <= ProgrammeChecks.longestProgramme else {
                    throw InputError(file: file, line: line, field: "stop", "the programme runs from \(startText) to \(stopText), longer than a programme can be (\(ProgrammeChecks.longestProgramme / 3600) hours)")
                }
                endUTC = end
            }
            let programme = NewProgramme(outlet: outlet, start: startUTC, end: endUTC ?? startUTC,
                                         title: fields.title.isEmpty ? "(untitled)" : fields.title,
                                         category: fields.category, description: fields.description, source: source, line: line)
            // A programme without stop ends where the next one on its channel starts.
            if var open = state.open.removeValue(forKey: outlet) {
                if startUTC > open.start { open.end = startUTC; try emit(open) } else {
                    notes.skip("no stop time and no later programme on the channel")
                }
            }
            if endUTC == nil { state.open[outlet] = programme; continue }
            try emit(programme)
        }
        if !sawRoot { throw InputError(file: file, line: 1, "the file is empty: no XMLTV <tv> element") }
        for _ in state.open.values { notes.skip("no stop time and no later programme on the channel") }
        progress?(1)
        return notes
    }

    private struct ChannelState {
        /// Per outlet, a programme without stop waiting for the next one's start.
        var open: [String: NewProgramme] = [:]
    }

    private struct Fields {
        var title = ""
        var description: String?
        var category: String?
    }

    /// Reads a programme's children up to its end tag: the first title, description and category.
    /// Text is gathered as bytes and turned into Strings once, which keeps big guides fast.
    private func programmeFields(_ xml: XMLStream) throws -> Fields {
        var fields = Fields()
        if xml.isEmptyElement { return fields }
        var sawTitle = false, sawDescription = false, sawCategory = false
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1024)
        while try xml.next() {
            let node = xml.node
            if node == .endElement && xml.depth == 1 { break }
            guard node == .element, xml.depth == 2 else { continue }
            if !sawTitle, xml.nameIs("title") {
                bytes.removeAll(keepingCapacity: true)
                try xml.elementBytes(into: &bytes)
                fields.title = UTF8Text.collapsed(bytes)
                sawTitle = true
            } else if !sawDescription, xml.nameIs("desc") {
                bytes.removeAll(keepingCapacity: true)
                try xml.elementBytes(into: &bytes)
                let text = UTF8Text.trimmed(bytes)
                if !text.isEmpty { fields.description = text; sawDescription = true }
            } else if !sawCategory, xml.nameIs("category") {
                bytes.removeAll(keepingCapacity: true)
                try xml.elementBytes(into: &bytes)
                let text = UTF8Text.collapsed(bytes)
                if !text.isEmpty { fields.category = text; sawCategory = true }
            }
        }
        return fields
    }
}

/// Refuses a missing, unreadable or empty file before any parser sees it.
func checkReadable(_ path: String, file: String) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw InputError(file: file, "no such file")
    }
    if isDirectory.boolValue { throw InputError(file: file, "is a folder, not a file") }
    guard FileManager.default.isReadableFile(atPath: path) else { throw InputError(file: file, "cannot read the file (permissions)") }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    if size == 0 { throw InputError(file: file, line: 1, "the file is empty") }
}
