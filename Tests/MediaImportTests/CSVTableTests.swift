import MediaImport
import MediaModel
import Testing

/// The CSV parser works on UTF-8 bytes; these pin down what it must read exactly as Excel wrote it.
@Suite struct CSVTableTests {
    @Test func readsQuotedCellsWithDoubledQuotesCommasAndLineBreaks() throws {
        let text = "outlet,title,amount\r\nkhabar,\"«Нұр Отан», \"\"партия\"\"\",12\r\npanorama,\"две\nстроки\",3\n"
        let table = try CSVTable(text: text, file: "s.csv")
        #expect(table.header == ["outlet", "title", "amount"])
        #expect(table.records.map(\.fields) == [["khabar", "«Нұр Отан», \"партия\"", "12"], ["panorama", "две\nстроки", "3"]])
        // A record starts on the line it begins on; a line break inside quotes moves the next one down.
        #expect(table.records.map(\.line) == [2, 3])
    }

    @Test func takesTheDelimiterFromTheHeaderAndEndsRecordsAtLoneCarriageReturns() throws {
        let table = try CSVTable(text: "outlet;amount\rkhabar;1,5\r\rpanorama;2\r", file: "s.csv")
        #expect(table.delimiter == ";")
        #expect(table.records.map(\.fields) == [["khabar", "1,5"], ["panorama", "2"]])
        #expect(table.records.map(\.line) == [2, 4])
    }

    @Test func countsTheCellLimitInCharactersNotBytes() throws {
        // Cyrillic letters take two bytes each: a cell under the limit in characters but over it in bytes is fine.
        let long = String(repeating: "ә", count: CSVTable.maximumCellLength - 1)
        let table = try CSVTable(text: "title\n\(long)\n", file: "s.csv")
        #expect(table.records.first?.fields.first?.count == CSVTable.maximumCellLength - 1)
        #expect(throws: InputError.self) {
            try CSVTable(text: "title\nx\(long)x\n", file: "s.csv")
        }
    }

    @Test func rejectsUnclosedQuotesAndNulBytesWithTheirLine() throws {
        #expect { try CSVTable(text: "a,b\n1,\"open\n2,3\n", file: "s.csv") } throws: { ($0 as? InputError)?.line == 2 }
        #expect { try CSVTable(text: "a,b\n1,2\n3,\u{0}\n", file: "s.csv") } throws: { ($0 as? InputError)?.line == 3 }
    }
}
