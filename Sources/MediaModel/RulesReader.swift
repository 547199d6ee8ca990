import Yams

/// Reads a codebook's `rules:` section (see ``Rule``), reporting every problem with its line.
/// Kept apart from ``CodebookReader`` so that rules and the rest of the codebook change independently.
struct RulesReader {
    let file: String
    var problems: [InputError] = []

    init(file: String) { self.file = file }

    static let keys = ["id", "kind", "text", "outlets", "ownership", "media", "subjects", "genres",
                       "tolerance", "max", "slots", "per", "attributeInstitutions"]

    /// The rules under `node`, checked against the codebook's own ids.
    mutating func rules(_ node: Node?, subjects: [Subject], outlets: Set<String>, genres: Set<String>) -> [Rule] {
        guard let node else { return [] }
        guard case .sequence(let sequence) = node else {
            problem(node, "rules", "must be a list of rules")
            return []
        }
        var seen: Set<String> = []
        var result: [Rule] = []
        for item in sequence {
            // Ids as written, so that a rule with another problem still claims its id.
            if case .mapping(let m) = item, let idNode = m["id"], let id = idNode.string, !seen.insert(id).inserted {
                problem(idNode, "id", "duplicate rule id \"\(id)\"")
                continue
            }
            if let rule = rule(item, subjects: subjects, outlets: outlets, genres: genres) { result.append(rule) }
        }
        return result
    }

    private mutating func rule(_ node: Node, subjects: [Subject], outlets: Set<String>, genres: Set<String>) -> Rule? {
        guard case .mapping(let mapping) = node else {
            problem(node, nil, "a rule must be a mapping with id, kind and text")
            return nil
        }
        var e: [String: Node] = [:]
        for (k, v) in mapping {
            guard let key = k.string, Self.keys.contains(key) else {
                problem(k, k.string, "unknown key in a rule (expected one of: \(Self.keys.joined(separator: ", ")))")
                continue
            }
            e[key] = v
        }
        for key in ["id", "kind", "text"] where e[key] == nil { problem(node, key, "missing in a rule") }
        let before = problems.count
        let id = scalar(e["id"], "id")
        if let id, !Self.isValidID(id) { problem(e["id"], "id", "\"\(id)\" is not a valid id (lower-case letters, digits and hyphens)") }
        let kind = scalar(e["kind"], "kind").flatMap { oneOf($0, e["kind"], "kind", Rule.Kind.self) }
        let text = localized(e["text"], "text")

        let outletIDs = list(e["outlets"], "outlets")
        for (o, n) in outletIDs where !outlets.contains(o) { problem(n, "outlets", "\"\(o)\" is not an outlet of this codebook") }
        let ownership = list(e["ownership"], "ownership").compactMap { oneOf($0, $1, "ownership", Outlet.Ownership.self) }
        let media = list(e["media"], "media").compactMap { oneOf($0, $1, "media", Outlet.Medium.self) }
        let subjectIDs = list(e["subjects"], "subjects")
        let known = Set(subjects.map(\.id))
        for (s, n) in subjectIDs where !known.contains(s) { problem(n, "subjects", "\"\(s)\" is not a subject of this codebook") }
        let genreIDs: [(String, Node)]? = e["genres"] == nil ? nil : list(e["genres"], "genres")
        for (g, n) in genreIDs ?? [] where !genres.contains(g) { problem(n, "genres", "\"\(g)\" is not a genre of this codebook") }

        let tolerance = number(e["tolerance"], "tolerance")
        let max = number(e["max"], "max")
        if let max, max > 100 { problem(e["max"], "max", "a share cannot be above 100 percent") }
        var slots: [TimeWindow] = []
        if let slotsNode = e["slots"] {
            if case .sequence(let s) = slotsNode {
                for slot in s { if let w = window(slot) { slots.append(w) } }
            } else {
                problem(slotsNode, "slots", "must be a list of {from: \"HH:MM\", to: \"HH:MM\"}")
            }
        }
        var per = Rule.Period.week
        if let raw = scalar(e["per"], "per") {
            if let p = Rule.Period(rawValue: raw) { per = p } else { problem(e["per"], "per", "\"\(raw)\" is not week or period") }
        }
        var attribute = false
        if let n = e["attributeInstitutions"] {
            if let b = n.bool { attribute = b } else { problem(n, "attributeInstitutions", "must be true or false") }
        }

        // What each kind needs, so a rule that could never fire is refused rather than passed silently.
        switch kind {
        case .equalCoverage?, .equalAirtime?:
            if tolerance == nil && e["tolerance"] == nil { problem(node, "tolerance", "an \(kind!.rawValue) rule needs tolerance: N (points either side of an equal split)") }
        case .maxShare?:
            if max == nil && e["max"] == nil { problem(node, "max", "a max-share rule needs max: N (percent)") }
        case .allowedSlots?:
            if e["slots"] == nil { problem(node, "slots", "an allowed-slots rule needs slots: [{from: \"HH:MM\", to: \"HH:MM\"}]") }
            if genreIDs == nil { problem(node, "genres", "an allowed-slots rule needs genres: the genres the slots are for (e.g. [paid-advertising])") }
        case nil:
            break
        }
        if let tolerance, tolerance < 0 { problem(e["tolerance"], "tolerance", "cannot be negative") }
        guard problems.count == before, let id, let kind, let text else { return nil }
        let ruleGenres = genreIDs.map { $0.map(\.0) } ?? (kind == .equalAirtime ? ["free-airtime"] : nil)
        if kind == .equalAirtime, genreIDs == nil, !genres.contains("free-airtime") {
            problem(node, "genres", "the codebook has no free-airtime genre: name the genres of free airtime")
            return nil
        }
        return Rule(id: id, kind: kind, text: text, outlets: outletIDs.map(\.0), ownership: ownership, media: media,
                    subjects: subjectIDs.map(\.0), genres: ruleGenres, tolerance: tolerance, max: max, slots: slots,
                    per: per, attributeInstitutions: attribute)
    }

    private mutating func problem(_ node: Node?, _ key: String?, _ message: String) {
        problems.append(InputError(file: file, line: node?.mark?.line, column: node?.mark?.column, field: key, message))
    }

    /// `raw` as one of `E`'s cases; another value is a problem listing them.
    private mutating func oneOf<E: RawRepresentable & CaseIterable>(_ raw: String, _ node: Node?, _ key: String, _: E.Type) -> E?
        where E.RawValue == String {
        if let value = E(rawValue: raw) { return value }
        problem(node, key, "\"\(raw)\" is not one of \(E.allCases.map(\.rawValue).joined(separator: ", "))")
        return nil
    }

    private mutating func scalar(_ node: Node?, _ key: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let s) = node, !s.string.trimmingCharacters(in: .whitespaces).isEmpty else {
            problem(node, key, "must be a non-empty text")
            return nil
        }
        return s.string
    }

    private mutating func number(_ node: Node?, _ key: String) -> Double? {
        guard let node else { return nil }
        guard let raw = scalar(node, key), let value = Double(raw), value.isFinite else {
            problem(node, key, "must be a number")
            return nil
        }
        return value
    }

    /// A list of ids, or one id written alone (`ownership: state`).
    private mutating func list(_ node: Node?, _ key: String) -> [(String, Node)] {
        guard let node else { return [] }
        switch node {
        case .scalar: return scalar(node, key).map { [($0, node)] } ?? []
        case .sequence(let s): return s.compactMap { n in scalar(n, key).map { ($0, n) } }
        default:
            problem(node, key, "must be a list")
            return []
        }
    }

    private mutating func localized(_ node: Node?, _ key: String) -> LocalizedName? {
        guard let node else { return nil }
        if case .scalar = node { return scalar(node, key).map { LocalizedName(en: $0) } }
        guard case .mapping(let m) = node else {
            problem(node, key, "must be a text, or {en: …, ru: …, kk: …}")
            return nil
        }
        var texts: [String: String] = [:]
        for (k, v) in m {
            guard let lang = k.string, ["en", "ru", "kk"].contains(lang) else {
                problem(k, key, "unknown language \"\(k.string ?? "")\" (expected en, ru, kk)")
                continue
            }
            texts[lang] = scalar(v, lang)
        }
        guard let en = texts["en"] else {
            problem(node, key, "needs at least the English text (en:)")
            return nil
        }
        return LocalizedName(en: en, ru: texts["ru"], kk: texts["kk"])
    }

    private mutating func window(_ node: Node) -> TimeWindow? {
        guard case .mapping(let m) = node, let fromNode = m["from"], let toNode = m["to"], m.count == 2 else {
            problem(node, "slots", "a slot is {from: \"HH:MM\", to: \"HH:MM\"}")
            return nil
        }
        guard let fromText = scalar(fromNode, "from"), let from = TimeOfDay(fromText) else {
            problem(fromNode, "from", "not a time of day (HH:MM)")
            return nil
        }
        guard let toText = scalar(toNode, "to"), let to = TimeOfDay(toText) else {
            problem(toNode, "to", "not a time of day (HH:MM)")
            return nil
        }
        guard from < to else {
            problem(node, "slots", "a slot must end after it starts (\(from) – \(to))")
            return nil
        }
        return TimeWindow(from: from, to: to)
    }

    static func isValidID(_ id: String) -> Bool {
        let runs = id.split(separator: "-", omittingEmptySubsequences: false)
        return runs.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) } }
    }
}
