/// The rules of docs/METHODOLOGY.md that every way of coding (screen, `code add`, sheets) applies alike.
public struct CodingRules: Sendable {
    public let codebook: Codebook

    public init(codebook: Codebook) { self.codebook = codebook }

    /// Checks a segment against the codebook: known outlet and genre, inside the period,
    /// a placement that fits the outlet's medium, and a positive size.
    public func check(_ segment: NewSegment) throws(InputError) {
        guard let outlet = codebook.outlet(segment.outlet) else {
            throw codebook.unknown(.outlet, segment.outlet)
        }
        guard codebook.period.contains(segment.date) else {
            throw InputError(field: "date", "\(segment.date) is outside the monitoring period \(codebook.period)")
        }
        if let genre = segment.genre, codebook.genre(genre) == nil {
            throw codebook.unknown(.genre, genre)
        }
        guard segment.placement.unit == outlet.medium.unit else {
            let needs = switch outlet.medium.unit {
            case .seconds: "start and end times"
            case .squareCentimetres: "a page and an area"
            case .characters: "a length in characters"
            }
            throw InputError(field: "outlet", "\(outlet.id) is \(outlet.medium.rawValue): its items need \(needs)")
        }
        switch segment.placement {
        case .broadcast(let start, let end) where start == end:
            throw InputError(field: "end", "the item ends when it starts (\(start))")
        case .broadcast(let start, let end) where Placement.broadcast(start: start, end: end).extent > Double(Self.longestItem):
            throw InputError(field: "end", "the item runs from \(start) to \(end), longer than an item can be (\(Self.longestItem / 3600) hours)")
        case .print(let page, let area):
            guard page > 0 else { throw InputError(field: "page", "page must be 1 or more, not \(page)") }
            guard area.isFinite, area > 0 else { throw InputError(field: "area", "area must be a positive number of cm², not \(area)") }
            guard area <= Self.largestArea else {
                throw InputError(field: "area", "\(area.formatted) cm² is more than an article can cover (at most \(Self.largestArea.formatted) cm², four broadsheet pages)")
            }
        case .online(let characters, _):
            guard characters > 0 else { throw InputError(field: "chars", "length must be a positive number of characters") }
            guard characters <= Self.longestArticle else {
                throw InputError(field: "chars", "\(AmountUnit.characters.amount(Double(characters))) is longer than an article can be (at most \(Self.longestArticle))")
            }
        default: break
        }
    }

    /// Checks one coding on its own: known subject, positive amount, direct speech within it.
    public func check(_ coding: NewCoding) throws(InputError) {
        guard codebook.subject(coding.subject) != nil else {
            throw codebook.unknown(.subject, coding.subject)
        }
        guard coding.amount.isFinite, coding.amount > 0 else {
            throw InputError(field: "amount", "amount must be a positive number, not \(coding.amount.formatted)")
        }
        if let direct = coding.direct {
            guard direct.isFinite, direct >= 0 else {
                throw InputError(field: "direct", "direct speech must be zero or more seconds, not \(direct.formatted)")
            }
            guard direct <= coding.amount else {
                throw InputError(field: "direct", "direct speech (\(direct.formatted)) exceeds the subject's amount (\(coding.amount.formatted))")
            }
        }
        _ = try codebook.checkValues(coding.values, of: .coding, complete: false)
        try check(coder: coding.coder)
    }

    /// Every change is audited under a coder's name: it may not be empty.
    public func check(coder: String) throws(InputError) {
        guard !coder.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw InputError(field: "coder", "the coder's name is empty")
        }
    }

    /// Bounds that catch a typo before it becomes a figure (docs/METHODOLOGY.md, "Sizes"): no
    /// broadcast item longer than six hours, no article larger than four broadsheet pages or
    /// longer than a million characters.
    public static let longestItem = 6 * 3600
    public static let largestArea = 10_000.0
    public static let longestArticle = 1_000_000

    /// Checks one coder's codings of one item together: each subject once, amounts within the
    /// item, and direct speech (seconds of a subject speaking) only on air.
    public func check(codings: [NewCoding], inItemOf extent: Double, unit: AmountUnit) throws(InputError) {
        if unit != .seconds, let coding = codings.first(where: { $0.direct != nil }) {
            throw InputError(field: "direct", "direct speech is coded only on TV and radio, not for \(coding.subject) in an item measured in \(unit.label)")
        }
        var seen: Set<String> = []
        for coding in codings where !seen.insert(coding.subject).inserted {
            throw InputError(field: "subject", "\(coding.subject) is coded twice in the same item by \(coding.coder)")
        }
        let total = codings.reduce(0) { $0 + $1.amount }
        if total > extent + 1e-9 {
            throw InputError(field: "amount", "the codings of \(codings.first?.coder ?? "this coder") add up to \(unit.amount(total)), more than the item's \(extent.formatted)")
        }
    }
}

extension Double {
    /// `12` for whole numbers, `12.5` otherwise: how amounts read in messages and tables.
    public var formatted: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
        return String(self)
    }
}
