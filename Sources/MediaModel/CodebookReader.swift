import Foundation
import Yams

/// Reads a codebook from YAML and checks it, reporting every problem with its line.
///
/// The reader walks Yams' node tree rather than decoding, so that an unknown key, a duplicate
/// id or a bad date can be reported at the line where it stands.
public struct CodebookReader {
    public init() {}

    /// Parses and validates; throws ``InputErrors`` listing every problem found.
    public func read(yaml: String, file: String) throws -> Codebook {
        var walk = Walk(file: file)
        if let line = YAMLNesting.lineNestedTooDeep(yaml) {
            throw InputErrors([InputError(file: file, line: line, "nested too deeply for a codebook (over 32 levels of brackets or indentation)")])
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw InputErrors([InputError(file: file, line: 1, "the codebook is empty")])
            }
            root = node
        } catch let error as YamlError {
            throw InputErrors([InputError(file: file, line: Self.line(of: error), "not valid YAML: \(Self.reason(of: error))")])
        }
        let codebook = walk.codebook(root)
        if !walk.problems.isEmpty || codebook == nil {
            throw InputErrors(walk.problems.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) })
        }
        return codebook!
    }

    /// Reads and validates a codebook file.
    public func read(contentsOf url: URL) throws -> Codebook { try readWithText(contentsOf: url).codebook }

    /// Reads and validates a codebook file, with the text it was read from: what a database keeps
    /// as its codebook snapshot, from the same single read of the file.
    public func readWithText(contentsOf url: URL) throws -> (codebook: Codebook, yaml: String) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw InputErrors([InputError(file: url.relativePath, "cannot read the codebook: \(error.localizedDescription)")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputErrors([InputError(file: url.relativePath, "the codebook is not UTF-8 text")])
        }
        return (try read(yaml: text, file: url.relativePath), text)
    }

    static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    static func reason(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }
}

/// One pass over the YAML tree, collecting problems instead of stopping at the first.
private struct Walk {
    let file: String
    var problems: [InputError] = []

    init(file: String) { self.file = file }

    mutating func problem(_ node: Node?, _ key: String?, _ message: String) {
        problems.append(InputError(file: file, line: node?.mark?.line, column: node?.mark?.column, field: key, message))
    }

    /// The mapping's entries, after checking that it has no keys beyond `allowed` and all of `required`.
    mutating func entries(_ node: Node, _ what: String, allowed: [String], required: [String]) -> [String: Node]? {
        guard case .mapping(let mapping) = node else {
            problem(node, nil, "\(what) must be a mapping of keys to values")
            return nil
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { problem(keyNode, nil, "a key must be text"); continue }
            if !allowed.contains(key) {
                problem(keyNode, key, "unknown key in \(what) (expected one of: \(allowed.joined(separator: ", ")))")
            } else if result[key] != nil {
                problem(keyNode, key, "key given twice in \(what)")
            } else {
                result[key] = value
            }
        }
        for key in required where result[key] == nil {
            problem(node, key, "missing in \(what)")
        }
        return result
    }

    mutating func text(_ node: Node?, _ key: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
            problem(node, key, "must be a non-empty text")
            return nil
        }
        return scalar.string
    }

    mutating func list(_ node: Node?, _ key: String) -> [Node] {
        guard let node else { return [] }
        guard case .sequence(let sequence) = node else {
            problem(node, key, "must be a list")
            return []
        }
        return Array(sequence)
    }

    /// The text at `key` read by `parse`; text it refuses is a problem saying what the value is not.
    mutating func parsed<T>(_ node: Node?, _ key: String, _ parse: (String) -> T?, isNot: String) -> T? {
        guard let raw = text(node, key) else { return nil }
        guard let value = parse(raw) else {
            problem(node, key, "\"\(raw)\" is not \(isNot)")
            return nil
        }
        return value
    }

    mutating func oneOf<E: RawRepresentable & CaseIterable>(_ node: Node?, _ key: String, _: E.Type) -> E? where E.RawValue == String {
        parsed(node, key, E.init(rawValue:), isNot: "one of \(E.allCases.map(\.rawValue).joined(separator: ", "))")
    }

    mutating func date(_ node: Node?, _ key: String) -> LocalDate? { parsed(node, key, LocalDate.init, isNot: "a date (YYYY-MM-DD)") }

    mutating func time(_ node: Node?, _ key: String) -> TimeOfDay? { parsed(node, key, TimeOfDay.init, isNot: "a time of day (HH:MM)") }

    mutating func window(_ node: Node?, _ key: String) -> TimeWindow? {
        guard let node, let e = entries(node, key, allowed: ["from", "to"], required: ["from", "to"]) else { return nil }
        guard let from = time(e["from"], "from"), let to = time(e["to"], "to") else { return nil }
        guard from < to else {
            problem(node, key, "the window must end after it starts (\(from) – \(to))")
            return nil
        }
        return TimeWindow(from: from, to: to)
    }

    mutating func name(_ node: Node?, _ key: String) -> LocalizedName? {
        guard let node else { return nil }
        if case .scalar = node, let en = text(node, key) { return LocalizedName(en: en) }
        guard let e = entries(node, key, allowed: ["en", "ru", "kk"], required: ["en"]) else { return nil }
        guard let en = text(e["en"], "en") else { return nil }
        return LocalizedName(en: en, ru: text(e["ru"], "ru"), kk: text(e["kk"], "kk"))
    }

    mutating func codebook(_ root: Node) -> Codebook? {
        guard let e = entries(root, "the codebook",
                              allowed: ["mission", "period", "timeZone", "window", "genres", "subjects", "outlets", "variables", "rules"],
                              required: ["mission", "period", "timeZone", "window", "genres", "subjects", "outlets"])
        else { return nil }
        let missionName = name(e["mission"], "mission")
        var period: DayRange?
        if let p = e["period"], let pe = entries(p, "period", allowed: ["from", "to"], required: ["from", "to"]),
           let from = date(pe["from"], "from"), let to = date(pe["to"], "to") {
            if from <= to { period = DayRange(first: from, last: to) } else {
                problem(p, "period", "the period ends (\(to)) before it starts (\(from))")
            }
        }
        var zone: String?
        if let z = text(e["timeZone"], "timeZone") {
            if z.contains("/") || z == "UTC", TimeZone(identifier: z) != nil { zone = z } else {
                problem(e["timeZone"], "timeZone", "\"\(z)\" is not a tz database zone name such as Asia/Almaty")
            }
        }
        let missionWindow = window(e["window"], "window")
        let genres = list(e["genres"], "genres").compactMap { genre($0) }
        let subjects = list(e["subjects"], "subjects").compactMap { subject($0) }
        let outlets = list(e["outlets"], "outlets").compactMap { outlet($0) }

        checkUnique(ids: genres.map(\.id), nodes: list(e["genres"], "genres"), what: "genre")
        checkUnique(ids: subjects.map(\.id), nodes: list(e["subjects"], "subjects"), what: "subject")
        checkUnique(ids: outlets.map(\.id), nodes: list(e["outlets"], "outlets"), what: "outlet")
        checkSubjects(subjects, nodes: list(e["subjects"], "subjects"))
        checkXMLTV(outlets, nodes: list(e["outlets"], "outlets"))
        // Only an empty list is reported here: entries that failed to read have their own problems.
        for key in ["genres", "subjects", "outlets"] where e[key] != nil && list(e[key], key).isEmpty {
            problem(e[key], key, "at least one entry is needed")
        }

        let variableNodes = list(e["variables"], "variables")
        let declared = variableNodes.compactMap { variable($0, genres: genres) }
        checkUnique(ids: declared.map(\.id), nodes: variableNodes, what: "variable")
        let variables = Self.withBuiltIns(declared, genres: genres)
        var rulesReader = RulesReader(file: file)
        let rules = rulesReader.rules(e["rules"], subjects: subjects, outlets: Set(outlets.map(\.id)), genres: Set(genres.map(\.id)))
        problems += rulesReader.problems

        guard let missionName, let period, let zone, let window = missionWindow else { return nil }
        var codebook = Codebook(mission: missionName.en, period: period, timeZoneID: zone, window: window,
                                genres: genres, subjects: subjects, outlets: outlets, variables: variables,
                                missionName: missionName)
        codebook.rules = rules
        return codebook
    }

    /// Lower-case ASCII letters and digits in hyphen-separated runs: `nur-otan`, `channel-7`.
    static func isValidID(_ id: String) -> Bool {
        let runs = id.split(separator: "-", omittingEmptySubsequences: false)
        return runs.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) } }
    }

    mutating func id(_ node: Node?) -> String? {
        guard let raw = text(node, "id") else { return nil }
        guard Self.isValidID(raw) else {
            problem(node, "id", "\"\(raw)\" is not a valid id (lower-case letters, digits and hyphens, like nur-otan)")
            return nil
        }
        return raw
    }

    mutating func genre(_ node: Node) -> Genre? {
        guard let e = entries(node, "a genre", allowed: ["id", "name", "editorial"], required: ["id", "name"]) else { return nil }
        let editorial: Bool
        if let node = e["editorial"] {
            guard let b = node.bool else { problem(node, "editorial", "must be true or false"); return nil }
            editorial = b
        } else {
            editorial = true
        }
        guard let id = id(e["id"]), let name = name(e["name"], "name") else { return nil }
        return Genre(id: id, name: name, editorial: editorial)
    }

    mutating func subject(_ node: Node) -> Subject? {
        guard let e = entries(node, "a subject", allowed: ["id", "kind", "name", "affiliation", "aliases"],
                              required: ["id", "kind", "name"]) else { return nil }
        let id = id(e["id"])
        let kind = oneOf(e["kind"], "kind", Subject.Kind.self)
        let name = name(e["name"], "name")
        let affiliation = e["affiliation"].flatMap { text($0, "affiliation") }
        var aliases: [Alias] = []
        for a in list(e["aliases"], "aliases") {
            if case .scalar = a, let t = text(a, "aliases") {
                aliases.append(Alias(t))
            } else if let ae = entries(a, "an alias", allowed: ["text", "context", "notFollowedBy", "notPrecededBy", "given", "roles", "during"],
                                       required: ["text"]),
                      let t = text(ae["text"], "text") {
                let context = ae["context"].map { oneOf($0, "context", Alias.Context.self) } ?? .any
                var words: [String: [String]] = [:]
                for key in ["notFollowedBy", "notPrecededBy", "given", "roles"] {
                    words[key] = list(ae[key], key).compactMap { text($0, key) }
                }
                let given = words["given"]!, roles = words["roles"]!
                if context == .person, given.isEmpty {
                    problem(a, "given", "a person alias needs the person's given names (given: [...])")
                } else if context != .person, !(given.isEmpty && roles.isEmpty) {
                    problem(a, ae["given"] == nil ? "roles" : "given", "given and roles are only for context: person")
                } else if let context {
                    aliases.append(Alias(t, context: context, notFollowedBy: words["notFollowedBy"]!, notPrecededBy: words["notPrecededBy"]!,
                                         given: given, roles: roles, during: tenures(ae["during"])))
                }
            }
        }
        guard let id, let kind, let name else { return nil }
        return Subject(id: id, kind: kind, name: name, affiliation: affiliation, aliases: aliases)
    }

    /// `during: {from: 2019-03-20}` or a list of such spans (two terms in office); `from` or `to`
    /// may be left open, not both.
    mutating func tenures(_ node: Node?) -> [Alias.Tenure] {
        guard let node else { return [] }
        let spans: [Node]
        if case .sequence(let sequence) = node {
            spans = Array(sequence)
            if spans.isEmpty { problem(node, "during", "must name at least one span ({from: YYYY-MM-DD, to: YYYY-MM-DD})") }
        } else {
            spans = [node]
        }
        var out: [Alias.Tenure] = []
        for span in spans {
            guard let e = entries(span, "during", allowed: ["from", "to"], required: []) else { continue }
            if e["from"] == nil, e["to"] == nil {
                problem(span, "during", "needs from, to or both (YYYY-MM-DD)")
                continue
            }
            let from = e["from"].flatMap { date($0, "from") }, to = e["to"].flatMap { date($0, "to") }
            if (e["from"] != nil && from == nil) || (e["to"] != nil && to == nil) { continue }
            if let from, let to, to < from {
                problem(span, "during", "the span ends (\(to)) before it starts (\(from))")
                continue
            }
            out.append(Alias.Tenure(from: from, to: to))
        }
        return out
    }

    mutating func outlet(_ node: Node) -> Outlet? {
        guard let e = entries(node, "an outlet",
                              allowed: ["id", "name", "medium", "ownership", "languages", "xmltv", "window"],
                              required: ["id", "name", "medium", "ownership", "languages"]) else { return nil }
        let id = id(e["id"])
        let name = name(e["name"], "name")
        let medium = oneOf(e["medium"], "medium", Outlet.Medium.self)
        let ownership = oneOf(e["ownership"], "ownership", Outlet.Ownership.self)
        let languages = list(e["languages"], "languages").compactMap { languageCode($0) }
        let xmltv = list(e["xmltv"], "xmltv").compactMap { text($0, "xmltv") }
        let ownWindow: TimeWindow? = e["window"] == nil ? nil : window(e["window"], "window")
        guard let id, let name, let medium, let ownership else { return nil }
        return Outlet(id: id, name: name, medium: medium, ownership: ownership,
                      languages: languages, xmltvIDs: xmltv, window: ownWindow)
    }

    /// The declared variables, with tone, direct and genre first when the codebook does not declare them.
    static func withBuiltIns(_ declared: [Variable], genres: [Genre]) -> [Variable] {
        let builtIns = [Variable.tone, Variable.direct, Variable.genre(genres)]
        return builtIns.filter { b in !declared.contains { $0.id == b.id } } + declared
    }

    mutating func variable(_ node: Node, genres: [Genre]) -> Variable? {
        guard let e = entries(node, "a variable",
                              allowed: ["id", "name", "of", "level", "required", "default", "categories", "bound"],
                              required: ["id", "name", "of", "level"]) else { return nil }
        let id = id(e["id"])
        let name = name(e["name"], "name")
        let of = oneOf(e["of"], "of", Variable.Attachment.self)
        let level = oneOf(e["level"], "level", Variable.Level.self)
        var required = false
        if let r = e["required"] {
            if let b = r.bool { required = b } else { problem(r, "required", "must be true or false") }
        }
        let bound = e["bound"].flatMap { oneOf($0, "bound", Variable.Bound.self) }
        var categories: [Variable.Category] = []
        var keys: [String: String] = [:]
        let categoryNodes = list(e["categories"], "categories")
        for c in categoryNodes {
            guard let ce = entries(c, "a category", allowed: ["id", "name", "key"], required: ["id", "name"]) else { continue }
            guard let cid = self.id(ce["id"]), let cname = self.name(ce["name"], "name") else { continue }
            let key = ce["key"].flatMap { text($0, "key") }
            if let key {
                if key.count != 1 {
                    problem(ce["key"], "key", "a key is one character, not \"\(key)\"")
                } else if let other = keys[key] {
                    problem(ce["key"], "key", "key \"\(key)\" already selects \(other)")
                } else {
                    keys[key] = cid
                }
            }
            categories.append(Variable.Category(id: cid, name: cname, key: key))
        }
        checkUnique(ids: categories.map(\.id), nodes: categoryNodes, what: "category")
        guard let id, let name, let of, let level else { return nil }
        let defaultNode = e["default"]
        let defaultValue = defaultNode.flatMap { text($0, "default") }

        // Tone, direct and genre keep the shape DESIGN §6 gives them: a codebook names them, not redefines them.
        switch id {
        case "tone":
            guard of == .coding, level == .nominal else { problem(node, "tone", "tone is a nominal variable of the coding"); return nil }
            if !categories.isEmpty, categories.map(\.id) != Variable.tone.categories.map(\.id) {
                problem(e["categories"], "categories", "tone's categories are positive, neutral, negative, in that order")
                return nil
            }
            if categories.isEmpty { categories = Variable.tone.categories }
        case "direct":
            guard of == .coding, level == .interval else { problem(node, "direct", "direct is an interval variable of the coding"); return nil }
        case "genre":
            guard of == .item, level == .nominal else { problem(node, "genre", "genre is a nominal variable of the item"); return nil }
            if !categories.isEmpty {
                problem(e["categories"], "categories", "genre's categories are the codebook's genres: section")
                return nil
            }
            categories = Variable.genre(genres).categories
        default:
            break
        }
        switch level {
        case .nominal, .ordinal:
            if categories.isEmpty { problem(node, "categories", "\(level == .ordinal ? "an" : "a") \(level.rawValue) variable needs its categories"); return nil }
            if bound != nil { problem(e["bound"], "bound", "only an interval variable can be bounded"); return nil }
        case .interval:
            if !categoryNodes.isEmpty { problem(e["categories"], "categories", "an interval variable has numbers, not categories"); return nil }
            if bound == .amount, of != .coding { problem(e["bound"], "bound", "only a variable of the coding can be bounded by its amount"); return nil }
        }
        var variable = Variable(id: id, name: name, of: of, level: level, categories: categories,
                                required: required, defaultValue: nil, bound: id == "direct" ? .amount : bound)
        if let defaultValue {
            do throws(InputError) { variable.defaultValue = try variable.check(defaultValue) } catch {
                problem(defaultNode, "default", error.message)
                return nil
            }
        }
        return variable
    }

    /// Any ISO 639 language code (`fr`, `kk`, `kaa`), optionally with a script or region (`kk-Latn`).
    mutating func languageCode(_ node: Node) -> LanguageCode? {
        guard let raw = text(node, "languages") else { return nil }
        guard let code = LanguageCode(validating: raw) else {
            problem(node, "languages", "\"\(raw)\" is not a language code (ISO 639, like kk, ru, fr or kk-Latn)")
            return nil
        }
        return code
    }

    mutating func checkUnique(ids: [String], nodes: [Node], what: String) {
        var seen: Set<String> = []
        for node in nodes {
            guard case .mapping(let m) = node, let idNode = m["id"], let id = idNode.string else { continue }
            if !seen.insert(id).inserted { problem(idNode, "id", "duplicate \(what) id \"\(id)\"") }
        }
    }

    mutating func checkSubjects(_ subjects: [Subject], nodes: [Node]) {
        let byID = Dictionary(subjects.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Kinds as written, so that a subject with another problem does not make its party look missing.
        var declaredKind: [String: String] = [:]
        for node in nodes {
            if case .mapping(let m) = node, let id = m["id"]?.string { declaredKind[id] = m["kind"]?.string }
        }
        var owner: [String: String] = [:]
        for node in nodes {
            guard case .mapping(let m) = node, let id = m["id"]?.string, let subject = byID[id] else { continue }
            if let affiliation = subject.affiliation {
                if declaredKind[affiliation] != Subject.Kind.party.rawValue {
                    problem(m["affiliation"], "affiliation", "\"\(affiliation)\" is not a party of this codebook")
                }
            }
            let aliasNodes: [Node]
            if case .sequence(let s)? = m["aliases"] { aliasNodes = Array(s) } else { aliasNodes = [] }
            for (alias, aliasNode) in zip(subject.aliases, aliasNodes) {
                let key = alias.text.lowercased().replacingOccurrences(of: "ё", with: "е")
                if let other = owner[key], other != id {
                    problem(aliasNode, "aliases", "alias \"\(alias.text)\" is already claimed by \(other)")
                } else {
                    owner[key] = id
                }
            }
        }
    }

    mutating func checkXMLTV(_ outlets: [Outlet], nodes: [Node]) {
        var owner: [String: String] = [:]
        for (outlet, node) in zip(outlets, nodes) {
            for channel in outlet.xmltvIDs {
                if let other = owner[channel], other != outlet.id {
                    problem(node, "xmltv", "XMLTV channel \"\(channel)\" is already mapped to \(other)")
                }
                owner[channel] = outlet.id
            }
        }
    }
}
