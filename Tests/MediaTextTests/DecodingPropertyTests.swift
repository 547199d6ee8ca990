import Foundation
import Testing
@testable import MediaText

@Suite struct DecodingPropertyTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
    }

    @Test func whatDecodesFromACodePageEncodesBackToTheSameBytes() throws {
        var random = Generator(state: 2012)
        let decoder = TextDecoder()
        let words = ["сайлау", "партия", "Нұр", "Отан", "комиссия", "выборы", "избиратели", "депутат", "Мәжіліс",
                     "Қазақстан", "үміткер", "голосование", "ғылым", "өңір", "ЦИК", "«Ак жол»", "2012", "—", "№5"]
        var checked = 0
        for _ in 0..<300 {
            let text = (0..<(5 + Int(random.next() % 30))).map { _ in words[Int(random.next() % UInt64(words.count))] }
                .joined(separator: " ")
            let encoding = TextDecoder.singleByte[Int(random.next() % UInt64(TextDecoder.singleByte.count))]
            guard var bytes = try? [UInt8](decoder.encode(text, as: encoding)) else { continue }
            for _ in 0..<Int(random.next() % 4) {  // a few damaged bytes
                bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(random.next() % 256)
            }
            guard let decoded = try? decoder.decode(Data(bytes)), TextDecoder.singleByte.contains(decoded.encoding) else { continue }
            checked += 1
            let again = try decoder.encode(decoded.text, as: decoded.encoding)
            #expect(again == Data(bytes), "\(decoded.encoding): \(bytes)")
        }
        #expect(checked > 50)
    }

    @Test(arguments: TextDecoder.singleByte)
    func everyByteOfACodePageRoundTrips(encoding: TextEncoding) throws {
        let decoder = TextDecoder()
        for byte in UInt8(0x80)...UInt8(0xFF) {
            guard let text = try? decoder.decode(Data([byte]), as: encoding) else { continue }
            #expect(try decoder.encode(text.text, as: encoding) == Data([byte]), "\(encoding) byte \(byte)")
        }
    }
}
