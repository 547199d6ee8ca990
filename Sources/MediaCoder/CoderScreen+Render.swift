import MediaModel
import MediaStore
import MediaText

extension CoderScreen {
    /// The screen as ANSI-styled lines, exactly `height` lines of `width` columns.
    public func render(width: Int, height: Int) -> [String] {
        renderLines(width: width, height: height).map { $0.ansi(columns: width) }
    }

    /// The screen as styled lines; `.plain` gives the text a user reads.
    public func renderLines(width: Int, height: Int) -> [StyledLine] {
        guard width >= 40, height >= 12 else {
            return [StyledLine("Terminal too small: mediamon code needs 40×12 (80×24 is best)", .error)]
                + Array(repeating: StyledLine(), count: max(0, height - 1))
        }
        if case .help(let scroll) = mode { return helpPage(width: width, height: height, scroll: scroll) }

        var lines: [StyledLine] = [titleBar()]
        lines += header(width: width)
        let panel = panelLines(width: width)
        let panelHeight = min(max(panel.count, 3), max(3, (height - 8) / 2))
        let prompt = promptLines(width: width)
        // A long refusal takes a line or two from the text rather than being cut at the edge.
        let textHeight = max(1, height - 7 - panelHeight - 1 - (prompt.count - 1))
        lines.append(rule(width, ""))
        lines += textLines(width: width, height: textHeight)
        lines.append(rule(width, panelTitle))
        lines.append(StyledLine(panelHeader(width: width), .dim))
        let first = max(0, min(panelSelection - panelHeight + 1, panel.count - panelHeight))
        lines += pad(Array(panel.dropFirst(first).prefix(panelHeight)), to: panelHeight, width: width)
        lines += prompt
        lines.append(statusBar())
        return pad(lines, to: height, width: width)
    }

    private func pad(_ lines: [StyledLine], to height: Int, width: Int) -> [StyledLine] {
        Array(lines.prefix(height)) + Array(repeating: StyledLine(), count: max(0, height - lines.count))
    }

    private func rule(_ width: Int, _ label: String) -> StyledLine {
        let text = label.isEmpty ? "" : "─ \(label) "
        return StyledLine(text + String(repeating: "─", count: max(0, width - text.count)), .dim)
    }

    private func titleBar() -> StyledLine {
        var text = " mediamon code"
        if entries.indices.contains(index) {
            let (outlet, date) = switch entries[index] {
            case .item(let i): (i.segment.outlet, i.segment.date)
            case .programme(let p): (p.outlet, p.date)
            }
            text += " · \(codebook.outlet(outlet)?.name.en ?? outlet) · \(date) · \(index + 1)/\(entries.count)"
        }
        if scope.doubleCoding { text += " · double coding" }
        return StyledLine(text, .inverse)
    }

    private func header(width: Int) -> [StyledLine] {
        guard entries.indices.contains(index) else {
            if scope.doubleCoding {
                return [StyledLine("Nothing to double-code here: no item of this outlet and day was coded by someone else", .bold),
                        StyledLine("and picked for double coding (`mediamon assign`). Try another day or outlet.")]
            }
            return [StyledLine("Nothing to code here: no items for this outlet and day.", .bold),
                    StyledLine("Import programmes, transcripts or articles first, or add items with `mediamon segments add`.")]
        }
        switch entries[index] {
        case .programme(let p):
            var top = StyledLine("Programme \(p.start)–\(p.end)  ", .bold)
            top.append(p.title, .bold)
            return [top, StyledLine("Not cut into items yet: press i to add an item by its start and end.", .dim)]
        case .item(let item):
            let s = item.segment
            var top = StyledLine("Item \(s.id)  ", .dim)
            switch s.unit {
            case .seconds: top.append("\(s.start?.description ?? "?")–\(s.end?.description ?? "?")  \(s.extent.formatted) s  ", .bold)
            case .squareCentimetres: top.append("p. \(s.page ?? 0)  \(s.extent.formatted) cm²  ", .bold)
            // Online: the title, as for any item; the address goes to the second line.
            case .characters: top.append("\(s.extent.formatted) characters  ", .bold)
            }
            if s.title.isEmpty { top.append("(untitled)", .bold) }
            let colours = mentionColours(text(of: item))
            for (character, style) in styled(s.title, text(of: item).titleMentions, colours) {
                top.append(String(character), style == .plain ? .bold : style)
            }
            var second = StyledLine("Genre: ")
            second.append(item.genre.map { codebook.genre($0)?.name.en ?? $0 } ?? "—", item.genre == nil ? .dim : .bold)
            // A double coder does not see what the first coder gave as the item's genre.
            if item.genre == nil, !scope.doubleCoding, let logged = s.genre { second.append("  (log: \(logged); g to confirm)", .dim) }
            let used = item.codings.reduce(0) { $0 + $1.amount }
            second.append("   Coded: \(plural(item.codings.count, "subject")), \(used.formatted) of \(s.unit.amount(s.extent))")
            if let url = s.url { second.append("   " + url, .dim) }
            return [top, second]
        }
    }

    private func textLines(width: Int, height: Int) -> [StyledLine] {
        guard entries.indices.contains(index) else { return pad([], to: height, width: width) }
        let key: String, content: () -> ItemText
        switch entries[index] {
        case .item(let item): key = "i\(item.segment.id)"; content = { self.text(of: item) }
        case .programme(let p): key = "p\(p.id)"; content = { self.text(of: p) }
        }
        let lines: [StyledLine]
        if let cached = wrapped, cached.entry == key, cached.width == width {
            lines = cached.lines
        } else {
            lines = layout(content(), width: width - 1)
            wrapped = (key, width, lines)
        }
        if lines.isEmpty { return pad([StyledLine("(no text or transcript for this item)", .dim)], to: height, width: width) }
        textPage = height
        textScroll = min(textScroll, max(0, lines.count - height))
        var shown = Array(lines.dropFirst(textScroll).prefix(height))
        if lines.count > textScroll + height, var last = shown.popLast() {
            last = StyledLine(String(last.plain.prefix(max(0, width - 20))), .plain)
            last.append("  … Space: more", .dim)
            shown.append(last)
        }
        return pad(shown, to: height, width: width)
    }

    /// One colour per subject, in order of first mention in the text, then in the title.
    private func mentionColours(_ itemText: ItemText) -> [String: Int] {
        var colour: [String: Int] = [:]
        for m in itemText.mentions + itemText.titleMentions where colour[m.subject] == nil { colour[m.subject] = colour.count }
        return colour
    }

    /// Characters of `text` with each mention in its subject's colour.
    private func styled(_ text: String, _ mentions: [Mention], _ colour: [String: Int]) -> [(Character, Style)] {
        var styled: [(Character, Style)] = []
        var offset = 0
        var rest = mentions[...]
        for character in text {
            while let m = rest.first, m.end <= offset { rest = rest.dropFirst() }
            let style: Style = if let m = rest.first, m.start <= offset, offset < m.end { .mention(colour[m.subject] ?? 0) } else { .plain }
            styled.append((character, style))
            offset += character.unicodeScalars.count
        }
        return styled
    }

    /// The item's text with each mention in its subject's colour.
    /// A text whose mentions could not be found says so first: an item that seems to name no
    /// subject would otherwise look like one that names none.
    private func layout(_ itemText: ItemText, width: Int) -> [StyledLine] {
        let text = wrap(styled(itemText.text, itemText.mentions, mentionColours(itemText)), width: width)
        guard let problem = itemText.problem else { return text }
        let notice = "No subjects are marked or suggested here: \(problem)".map { ($0, Style.dim) }
        return wrap(notice, width: width) + [StyledLine()] + text
    }

    private var panelTitle: String {
        if case .pick(let p) = mode { return p.kind == .subject ? "Choose a subject" : "Choose a genre" }
        return "Your codings and suggestions"
    }

    private var panelSelection: Int {
        if case .pick(let p) = mode { return p.selected }
        return selectedRow
    }

    private func panelHeader(width: Int) -> String {
        if case .pick = mode { return "   type to search ids and names (kk/ru/en); ↑↓ Tab choose, Enter pick, Esc cancel" }
        return "   " + "Subject".padding(toLength: 26, withPad: " ", startingAt: 0) + "Amount".leftPadded(8) + "Direct".leftPadded(8) + "  Tone"
    }

    private func panelLines(width: Int) -> [StyledLine] {
        if case .pick(let picker) = mode {
            let matches = (picker.kind == .subject ? subjects : genres).matches(picker.text)
            if matches.isEmpty { return [StyledLine("   nothing matches", .dim)] }
            return matches.enumerated().map { i, choice in
                let number = picker.kind == .genre && picker.text.isEmpty ? "\((genres.choices.firstIndex(of: choice) ?? 0) + 1) " : ""
                return StyledLine((i == picker.selected ? " ▶ " : "   ") + number + choice.label, i == picker.selected ? .inverse : .plain)
            }
        }
        guard let item = currentItem else { return [] }
        let unit = item.segment.unit == .seconds ? "s" : item.segment.unit == .squareCentimetres ? "cm²" : "ch"
        return rows.enumerated().map { i, row in
            let name = codebook.subject(row.subject)?.name.en ?? row.subject
            let label = "\(row.subject) (\(name))".padding(toLength: 26, withPad: " ", startingAt: 0)
            var line = StyledLine(i == selectedRow ? " ▶ " : "   ", i == selectedRow ? .inverse : .plain)
            let style: Style = i == selectedRow ? .inverse : .plain
            if let c = row.coding {
                line.append(label + "\(c.amount.formatted) \(unit)".leftPadded(8) + (c.direct.map { "\($0.formatted) s" } ?? "—").leftPadded(8)
                            + "  " + c.tone.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + " saved", style)
            } else {
                let amount = row.suggestion?.amount.map { "\($0.formatted) \(unit)" } ?? "?"
                line.append(label + amount.leftPadded(8) + "".leftPadded(8) + "  ", style)
                line.append("suggested: + 0 - to accept", i == selectedRow ? .inverse : .dim)
            }
            return line
        }
    }

    /// The prompt, and below it a refusal that does not fit beside it, wrapped (at most two lines).
    private func promptLines(width: Int) -> [StyledLine] {
        let line = promptLine(withError: true)
        guard line.plain.count > width, let message, message.isError, isPrompting else { return [line] }
        let error = wrap(message.text.map { ($0, Style.error) }, width: width - 1).prefix(2)
        return [promptLine(withError: false)] + error
    }

    private var isPrompting: Bool {
        switch mode {
        case .edit, .tone, .variable: true
        default: false
        }
    }

    private func promptLine(withError: Bool) -> StyledLine {
        switch mode {
        case .edit(let editor):
            var line = StyledLine(editor.label + ": ", .bold)
            if editor.prefilled { line.append(editor.text, .inverse); line.append("▏") } else { line.append(editor.text + "▏") }
            if let message, message.isError { if withError { line.append("  " + message.text, .error) } }
            else if editor.prefilled { line.append("  Enter keeps · typing replaces · Esc cancel", .dim) }
            else { line.append("  Enter save · Ctrl-U clear · Esc cancel", .dim) }
            return line
        case .tone(let subject, let amount, _):
            var line = StyledLine("Tone of \(subject) (\(amount.formatted)): ", .bold)
            line.append("+ positive   0 neutral   - negative   Esc cancel")
            if withError, let message, message.isError { line.append("  " + message.text, .error) }
            return line
        case .variable(let prompt):
            return variablePromptLine(prompt, withError: withError)
        case .pick(let picker):
            var line = StyledLine(picker.kind == .subject ? "Subject: " : "Genre: ", .bold)
            line.append(picker.text + "▏")
            if picker.kind == .genre { line.append("  (or a digit)", .dim) }
            return line
        default:
            if let message { return StyledLine(message.text, message.isError ? .error : .bold) }
            if currentItem == nil { return StyledLine("i add item · n/p next/previous · ? help · q quit", .dim) }
            return StyledLine("+ 0 - tone · Enter amount · s subject · d direct · g genre · x remove · n/p move · u undo", .dim)
        }
    }

    private func statusBar() -> StyledLine {
        let day = scope.date.map { " on \($0)" } ?? ""
        return StyledLine(" coded \(codedCount)/\(itemCount) items\(day) · coder: \(coder) · ? help · q quit", .inverse)
    }

    /// The help, a screenful at a time: Space and ↓ scroll a help longer than the terminal.
    private func helpPage(width: Int, height: Int, scroll: Int) -> [StyledLine] {
        let lines = helpLines(width: width)
        guard lines.count > height else { return pad(lines, to: height, width: width) }
        let top = min(scroll, lines.count - (height - 1))
        let more = top + height - 1 < lines.count
        let footer = more ? "  … Space/↓ more · ↑ back · other keys close" : "  ↑ back · other keys close"
        return Array(lines.dropFirst(top).prefix(height - 1)) + [StyledLine(footer, .dim)]
    }

    private func helpLines(width: Int) -> [StyledLine] {
        var lines = [StyledLine(width >= 50 ? " mediamon code — keys (any key closes this help)" : " keys (any key closes this help)", .inverse), StyledLine()]
        let keys: [(String, String)] = [
            ("n  PgDn / p  PgUp", "next / previous item (N: next item you have not coded)"),
            ("Home / End", "first / last item of the queue"),
            ("↑ ↓  (k j)", "choose a row: your codings, then suggested subjects"),
            ("+  0  -", "tone of the chosen row: positive, neutral, negative; saves"),
            ("Enter  a", "amount of the chosen row (seconds or cm²; 1:30 is 90 s)"),
            ("s  /", "add a subject: type part of its id or name (kk, ru, en)"),
            ("d", "direct speech: seconds of the subject speaking itself"),
            ("g", "the item's genre (a digit, or type)"),
            ("after tone, genre", "the codebook's variables: a key, or Enter keeps it"),
            ("x  Del", "remove your coding of the chosen row"),
            ("i", "add an item inside the programme by its start and end"),
            ("u", "undo your last change"),
            ("Space / b", "scroll the text down / up"),
            ("Ctrl-L", "repaint the screen"),
            ("q  Ctrl-C", "quit — everything you accepted is already saved"),
        ]
        for (key, what) in keys {
            // Descriptions wrap under themselves on a narrow terminal instead of being cut.
            let wrapped = wrap(what.map { ($0, Style.plain) }, width: max(10, width - 23))
            for (i, part) in wrapped.enumerated() {
                var line = StyledLine("  " + (i == 0 ? key : "").padding(toLength: 20, withPad: " ", startingAt: 0), .bold)
                line.append(part.plain)
                lines.append(line)
            }
        }
        lines.append(StyledLine())
        var notes = ["Every change is saved at once and written to the audit log (mediamon audit)."]
        if scope.doubleCoding { notes.append("Double coding: you see items others coded, never their values.") }
        for note in notes {
            lines += wrap(note.map { ($0, Style.dim) }, width: width - 3).map { StyledLine("  " + $0.plain, .dim) }
        }
        return lines
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
