import Foundation
import MediaCodebooks
import Testing
@testable import MediaModel

/// One message for a name the codebook does not have, wherever it is given (a reader's column, a
/// store call, a command's option), and counts in the singular or the plural (issue 14).
@Suite struct UnknownNameTests {
    func shipped() throws -> Codebook { try CodebookReader().read(contentsOf: ShippedCodebooks.kazakhstan2012) }

    @Test func anUnknownNameListsWhatTheCodebookHasUnderItsDomainField() throws {
        let codebook = try shipped()
        let outlet = codebook.unknown(.outlet, "habar")
        #expect(outlet.field == "outlet" && outlet.file == nil)
        #expect(outlet.message.hasPrefix("unknown outlet \"habar\" (the codebook has kazakhstan-tv, khabar, astana-tv,"))
        let placed = codebook.unknown(.subject, "nurotan", file: "sheet.csv", line: 4)
        #expect(placed.description.hasPrefix("sheet.csv:4: subject: unknown subject \"nurotan\" (the codebook has nur-otan, ak-zhol,"))
        let channel = codebook.unknown(.outlet, "x", field: "channel", context: "for channel x.kz")
        #expect(channel.description.hasPrefix("channel: unknown outlet \"x\" for channel x.kz (the codebook has "))
        #expect(codebook.unknown(.variable, "capcity").message == "unknown variable \"capcity\" (the codebook has tone, direct, genre, capacity, topic)")
        var none = codebook
        none.rules = []
        #expect(none.unknown(.rule, "equal").message == "unknown rule \"equal\" (the codebook has no rules)")
    }

    @Test func countsTakeTheSingularOrThePlural() {
        #expect(plural(1, "item") == "1 item")
        #expect(plural(0, "item") == "0 items")
        #expect(plural(2, "party", "parties") == "2 parties")
        #expect(plural(1, "party", "parties") == "1 party")
    }
}
