import Foundation

/// Kazakh Cyrillic ↔ Latin, so that an alias written in one script finds text in the other.
///
/// Four romanizations are in use: ICU's `Kazakh-Latin/BGN` (BGN/PCGN, common in English-language
/// reporting: Nūr Otan, Ädilet) and the three official Kazakh Latin alphabets, which ICU lacks and
/// are compiled here from rules: 2017 with apostrophes (A'dilet, Sai'lau), 2018 with acute accents
/// (Ádilet, Saılaý, used by egemen.kz's Latin edition) and 2021 (Ädılet, Saılau).
public struct KazakhLatin {
    public enum Scheme: String, Sendable, CaseIterable {
        /// ICU's `Kazakh-Latin/BGN`.
        case bgn
        /// The official Kazakh Latin alphabet of 2021.
        case official2021
        /// The alphabet of the decree of 26 October 2017 (apostrophes).
        case latin2017
        /// The alphabet of the decree of 19 February 2018 (acute accents).
        case latin2018
    }

    /// The 2017 alphabet (apostrophe letters; Russian-only letters as their sounds).
    public static let rules2017 = """
        Ә > A\\'; ә > a\\'; Ғ > G\\'; ғ > g\\'; Қ > Q; қ > q; Ң > N\\'; ң > n\\'; Ө > O\\'; ө > o\\';
        Ұ > U; ұ > u; Ү > U\\'; ү > u\\'; Һ > H; һ > h; І > I; і > i; Ш > S\\'; ш > s\\'; Ч > C\\'; ч > c\\';
        А > A; а > a; Б > B; б > b; В > V; в > v; Г > G; г > g; Д > D; д > d;
        Е > E; е > e; Ё > I\\'o; ё > i\\'o; Ж > J; ж > j; З > Z; з > z; И > I\\'; и > i\\'; Й > I\\'; й > i\\';
        К > K; к > k; Л > L; л > l; М > M; м > m; Н > N; н > n; О > O; о > o; П > P; п > p;
        Р > R; р > r; С > S; с > s; Т > T; т > t; У > Y\\'; у > y\\'; Ф > F; ф > f; Х > H; х > h;
        Ц > Ts; ц > ts; Щ > S\\'; щ > s\\'; Ъ > ; ъ > ; Ы > Y; ы > y;
        Ь > ; ь > ; Э > E; э > e; Ю > I\\'y\\'; ю > i\\'y\\'; Я > I\\'a; я > i\\'a;
        """

    /// The 2018 alphabet (acute accents, dotless ı for и and й; Ю → Iý, Я → Ia as egemen.kz writes).
    public static let rules2018 = """
        Ә > Á; ә > á; Ғ > Ǵ; ғ > ǵ; Қ > Q; қ > q; Ң > Ń; ң > ń; Ө > Ó; ө > ó;
        Ұ > U; ұ > u; Ү > Ú; ү > ú; Һ > H; һ > h; І > I; і > i; Ш > Sh; ш > sh; Ч > Ch; ч > ch;
        А > A; а > a; Б > B; б > b; В > V; в > v; Г > G; г > g; Д > D; д > d;
        Е > E; е > e; Ё > Io; ё > ıo; Ж > J; ж > j; З > Z; з > z; И > I; и > ı; Й > I; й > ı;
        К > K; к > k; Л > L; л > l; М > M; м > m; Н > N; н > n; О > O; о > o; П > P; п > p;
        Р > R; р > r; С > S; с > s; Т > T; т > t; У > Ý; у > ý; Ф > F; ф > f; Х > H; х > h;
        Ц > Ts; ц > ts; Щ > Sh; щ > sh; Ъ > ; ъ > ; Ы > Y; ы > y;
        Ь > ; ь > ; Э > E; э > e; Ю > Iý; ю > ıý; Я > Ia; я > ıa;
        """

    /// The 2021 alphabet as ICU transform rules (letters as in the 2021 decree's table;
    /// Russian-only letters as in its usage notes: Ц → Ts, Щ → Şş, Ю → İu, Я → İa).
    public static let officialRules = """
        Ә > Ä; ә > ä; Ғ > Ğ; ғ > ğ; Қ > Q; қ > q; Ң > Ñ; ң > ñ; Ө > Ö; ө > ö;
        Ұ > Ū; ұ > ū; Ү > Ü; ү > ü; Һ > H; һ > h; І > I; і > ı;
        А > A; а > a; Б > B; б > b; В > V; в > v; Г > G; г > g; Д > D; д > d;
        Е > E; е > e; Ё > İo; ё > io; Ж > J; ж > j; З > Z; з > z; И > İ; и > i; Й > İ; й > i;
        К > K; к > k; Л > L; л > l; М > M; м > m; Н > N; н > n; О > O; о > o; П > P; п > p;
        Р > R; р > r; С > S; с > s; Т > T; т > t; У > U; у > u; Ф > F; ф > f; Х > H; х > h;
        Ц > Ts; ц > ts; Ч > Ç; ч > ç; Ш > Ş; ш > ş; Щ > Ş; щ > ş; Ъ > ; ъ > ; Ы > Y; ы > y;
        Ь > ; ь > ; Э > E; э > e; Ю > İu; ю > iu; Я > İa; я > ia;
        """

    /// The way back, Latin → Cyrillic, from the 2021 letters (BGN's one-way transform has no
    /// inverse in ICU; its spellings mostly read back the same, zh and kh excepted).
    public static let reverseRules = """
        İu > Ю; İa > Я; İo > Ё; iu > ю; ia > я; io > ё; Ts > Ц; ts > ц; Zh > Ж; zh > ж; Kh > Х; kh > х;
        Sh > Ш; sh > ш; Ch > Ч; ch > ч;
        Ä > Ә; ä > ә; Ğ > Ғ; ğ > ғ; Gh > Ғ; gh > ғ; Q > Қ; q > қ; Ñ > Ң; ñ > ң; Ng > Ң; ng > ң; Ö > Ө; ö > ө;
        Ū > Ұ; ū > ұ; Ü > Ү; ü > ү; I > І; ı > і; İ > И; i > и; Y > Ы; y > ы; Ç > Ч; ç > ч; Ş > Ш; ş > ш;
        J > Ж; j > ж; H > Х; h > х; A > А; a > а; B > Б; b > б; V > В; v > в; G > Г; g > г; D > Д; d > д;
        E > Е; e > е; Z > З; z > з; K > К; k > к; L > Л; l > л; M > М; m > м; N > Н; n > н; O > О; o > о;
        P > П; p > п; R > Р; r > р; S > С; s > с; T > Т; t > т; U > У; u > у; F > Ф; f > ф;
        """

    private let transliterator: ICUTransliterator?
    /// For the official alphabets, whose rules map single letters: the same mapping as a table,
    /// which the matcher runs thousands of times while it compiles (ICU's engine costs ~20,000
    /// instructions a call).
    private let letters: [[UInt8]?]?

    /// Cyrillic → Latin in `scheme`, or (`toCyrillic`) Latin → Cyrillic, which reads both
    /// schemes. Nil only if ICU cannot open the transform (not on Debian's libicu); use
    /// ``init(scheme:toCyrillic:)`` to learn why.
    public init?(_ scheme: Scheme, toCyrillic: Bool = false) {
        try? self.init(scheme, toCyrillic: toCyrillic, engine: .table)
    }

    /// As ``init(_:toCyrillic:)``, throwing ICU's error when the transform cannot be opened.
    public init(scheme: Scheme, toCyrillic: Bool = false) throws(TextProcessingError) {
        try self.init(scheme, toCyrillic: toCyrillic, engine: .table)
    }

    enum Engine { case table, icu }

    /// `engine: .icu` runs even the single-letter rules through ICU: the reference the table is tested against.
    init(_ scheme: Scheme, toCyrillic: Bool = false, engine: Engine) throws(TextProcessingError) {
        if !toCyrillic, engine == .table, let rules = Self.singleLetterRules(scheme) {
            letters = Self.table(rules)
            transliterator = nil
            return
        }
        letters = nil
        if toCyrillic {
            transliterator = try ICUTransliterator(id: "kk-Latn-Cyrl", rules: Self.reverseRules)
        } else {
            switch scheme {
            case .bgn: transliterator = try ICUTransliterator(id: "Kazakh-Latin/BGN")
            case .official2021: transliterator = try ICUTransliterator(id: "kk-Cyrl-Latn-2021", rules: Self.officialRules)
            case .latin2017: transliterator = try ICUTransliterator(id: "kk-Cyrl-Latn-2017", rules: Self.rules2017)
            case .latin2018: transliterator = try ICUTransliterator(id: "kk-Cyrl-Latn-2018", rules: Self.rules2018)
            }
        }
    }

    /// The text transliterated; throws when ICU fails (only the BGN and Latin → Cyrillic
    /// transforms run through ICU).
    public func callAsFunction(_ text: String) throws(TextProcessingError) -> String {
        guard let letters else { return try transliterator!(text) }
        // UTF-8 in, UTF-8 out: U+0400–U+04FF are the two-byte sequences D0–D3 xx.
        var out: [UInt8] = []
        var text = text
        text.withUTF8 { bytes in
            out.reserveCapacity(bytes.count + 8)
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b >= 0xD0, b <= 0xD3, i + 1 < bytes.count, bytes[i + 1] & 0xC0 == 0x80,
                   let t = letters[Int(b & 0x03) << 6 | Int(bytes[i + 1] & 0x3F)] {
                    out.append(contentsOf: t)
                    i += 2
                } else {
                    out.append(b)
                    i += 1
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func singleLetterRules(_ scheme: Scheme) -> String? {
        switch scheme {
        case .bgn: nil
        case .official2021: officialRules
        case .latin2017: rules2017
        case .latin2018: rules2018
        }
    }

    /// `A > B;` rules with one Cyrillic letter on the left, as a table by code point from U+0400
    /// (`\'` is an apostrophe). Code points, as ICU's rules see them.
    static func table(_ rules: String) -> [[UInt8]?] {
        var out = [[UInt8]?](repeating: nil, count: 0x100)
        for rule in rules.split(separator: ";") {
            let sides = rule.split(separator: ">", omittingEmptySubsequences: false)
            guard sides.count == 2 else { continue }
            let from = sides[0].trimmingCharacters(in: .whitespacesAndNewlines)
            let to = sides[1].trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\\'", with: "'")
            guard from.unicodeScalars.count == 1, let c = from.unicodeScalars.first,
                  (0x400..<0x500).contains(c.value) else { continue }
            out[Int(c.value) - 0x400] = Array(to.utf8)
        }
        return out
    }
}
