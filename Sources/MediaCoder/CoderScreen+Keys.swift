import MediaModel
import MediaStore

extension CoderScreen {
    /// Handles one key. Ctrl-C quits from anywhere: every accepted value is already saved.
    public func handle(_ key: Key) -> [ScreenEffect] {
        if key == .ctrl("c") { return [.quit] }
        switch mode {
        case .browse: return browse(key)
        case .help(let scroll):
            // Scroll keys move through a help longer than the screen; any other key closes it.
            switch key {
            case .char(" "), .down, .pageDown, .char("j"): mode = .help(scroll: scroll + (key == .down || key == .char("j") ? 1 : 5))
            case .up, .pageUp, .char("k"), .char("b"): mode = .help(scroll: max(0, scroll - (key == .up || key == .char("k") ? 1 : 5)))
            default: mode = .browse
            }
            return []
        case .edit(let editor): return edit(editor, key)
        case .pick(let picker): return pick(picker, key)
        case .tone(let subject, let amount, let direct): return tone(subject, amount, direct, key)
        case .variable(let prompt): return variableKey(prompt, key)
        }
    }

    /// Handles a stream of keys, stopping at the first that quits; for scripts and tests.
    @discardableResult
    public func handle(_ keys: [Key]) -> Bool {
        for key in keys where handle(key).contains(.quit) { return true }
        return false
    }

    private func browse(_ key: Key) -> [ScreenEffect] {
        message = nil
        switch key {
        case .char("q"), .ctrl("d"): return [.quit]
        case .char("?"): mode = .help(scroll: 0)
        case .char("n"), .pageDown: go(to: index + 1); if index == entries.count - 1 { message = ("Last item of the queue", false) }
        case .char("p"), .pageUp: go(to: index - 1)
        case .char("N"):
            let next = entries.indices.dropFirst(index + 1).first { i in
                if case .item(let item) = entries[i] { !item.isCoded } else { true }
            }
            if let next { go(to: next) } else { message = ("Nothing left to code after this item", false) }
        case .home: go(to: 0)
        case .end: go(to: entries.count - 1)
        case .down, .char("j"): selectedRow = min(selectedRow + 1, max(0, rows.count - 1))
        case .up, .char("k"): selectedRow = max(selectedRow - 1, 0)
        case .char(" "): textScroll += max(1, textPage - 1)
        case .char("b"): textScroll = max(0, textScroll - max(1, textPage - 1))
        case .char("u"): return undo()
        case .char("i"): startItem()
        default:
            guard let item = currentItem else {
                message = entries.isEmpty ? ("Nothing to code here", false) : ("A programme: press i to cut an item out of it", false)
                return [.bell]
            }
            return itemKey(key, item)
        }
        return []
    }

    private func itemKey(_ key: Key, _ item: CoderItem) -> [ScreenEffect] {
        switch key {
        case .char("+"), .char("0"), .char("-"):
            guard let row = selected else { message = ("No subject selected: press s to add one", false); return [.bell] }
            let tone: Tone = key == .char("+") ? .positive : key == .char("-") ? .negative : .neutral
            if let amount = row.coding?.amount ?? row.suggestion?.amount {
                finishCoding(subject: row.subject, amount: amount, direct: row.coding?.direct, tone: tone)
            } else {
                // A suggestion without seconds: ask for them, then save with this tone.
                askAmount(row.subject, item, then: tone)
            }
        case .enter, .char("a"):
            guard let row = selected else { message = ("No subject selected: press s to add one", false); return [.bell] }
            askAmount(row.subject, item, then: nil)
        case .char("d"):
            guard let coding = selected?.coding else { message = ("Save the subject's amount and tone first, then its direct speech", false); return [.bell] }
            mode = .edit(Editor(purpose: .direct(subject: coding.subject), label: "Direct speech (\(item.segment.unit.label)) of \(coding.subject)",
                                text: coding.direct?.formatted ?? ""))
        case .char("s"), .char("/"): mode = .pick(Picker(kind: .subject))
        case .char("g"):
            var picker = Picker(kind: .genre)
            let preset = item.genre ?? (scope.doubleCoding ? nil : item.segment.genre)
            picker.selected = genres.choices.firstIndex { $0.id == preset } ?? 0
            mode = .pick(picker)
        case .char("x"), .delete:
            guard let coding = selected?.coding else { message = ("No saved coding selected", false); return [.bell] }
            remove(subject: coding.subject)
        default:
            message = ("Unknown key: press ? for help", false)
            return [.bell]
        }
        return []
    }

    private func askAmount(_ subject: String, _ item: CoderItem, then tone: Tone?) {
        let known = item.coding(of: subject)?.amount ?? rows.first { $0.subject == subject }?.suggestion?.amount
        let purpose = Editor.Purpose.amount(subject: subject)
        // What is left of the item for this subject, so the monitor sees the limit before typing.
        let left = item.segment.extent - item.codings.filter { $0.subject != subject }.reduce(0) { $0 + $1.amount }
        mode = .edit(Editor(purpose: purpose, label: "Amount (\(item.segment.unit.label), \(left.formatted) left) for \(subject)",
                            text: known?.formatted ?? ""))
        pendingTone = tone
    }

    private func startItem() {
        guard let programme = currentProgramme else {
            message = ("Items are added inside a programme: this item belongs to none", false)
            return
        }
        // Start where the last item cut from this programme ends, else at the programme's start.
        let lastEnd = entries.compactMap { entry -> TimeOfDay? in
            if case .item(let x) = entry, x.segment.programmeID == programme.id { x.segment.end } else { nil }
        }.last
        mode = .edit(Editor(purpose: .itemStart(programme: programme.id), label: "New item in \(programme.title): start",
                            text: (lastEnd ?? programme.start).description))
    }

    private func edit(_ editor: Editor, _ key: Key) -> [ScreenEffect] {
        var editor = editor
        switch key {
        case .escape:
            mode = .browse
            pendingTone = nil
            message = ("Cancelled", false)
        case .backspace:
            // A prefilled value is selected as a whole: Backspace removes all of it.
            if editor.prefilled { editor.text = "" } else if !editor.text.isEmpty { editor.text.removeLast() }
            editor.prefilled = false
            mode = .edit(editor)
        case .ctrl("u"):
            editor.text = ""
            editor.prefilled = false
            mode = .edit(editor)
        case .left, .right, .end:
            // Moving the cursor means editing the prefilled value rather than replacing it.
            editor.prefilled = false
            mode = .edit(editor)
        case .char(let c):
            if editor.prefilled { editor.text = "" }
            editor.prefilled = false
            editor.text.append(c)
            mode = .edit(editor)
        case .enter:
            mode = .browse
            submit(editor)
        default:
            return [.bell]
        }
        return []
    }

    private func submit(_ editor: Editor) {
        let unit = currentItem?.segment.unit ?? .seconds
        switch editor.purpose {
        case .amount(let subject):
            guard let amount = parseAmount(editor.text, unit: unit) else {
                message = ("amount: \"\(editor.text)\" is not a number of \(unit.label)", true)
                mode = .edit(editor)
                return
            }
            let existing = currentItem?.coding(of: subject)
            // Refused at once, before the tone is asked: a value the rules refuse is never half-entered.
            if let refusal = amountRefusal(subject: subject, amount: amount, direct: existing?.direct) {
                message = (refusal, true)
                mode = .edit(editor)
                return
            }
            if let tone = pendingTone ?? existing?.tone {
                pendingTone = nil
                finishCoding(subject: subject, amount: amount, direct: existing?.direct, tone: tone)
                // A refused amount stays in the prompt to be corrected, with the tone chosen.
                if case .browse = mode, message?.isError == true { pendingTone = tone; mode = .edit(editor) }
            } else {
                mode = .tone(subject: subject, amount: amount, direct: nil)
            }
        case .direct(let subject):
            guard let coding = currentItem?.coding(of: subject) else { return }
            let text = editor.text.trimmingCharacters(in: .whitespaces)
            let direct = text.isEmpty ? nil : parseAmount(text, unit: .seconds)
            if !text.isEmpty, direct == nil {
                message = ("direct: \"\(text)\" is not a number of seconds", true)
                mode = .edit(editor)
                return
            }
            save(subject: subject, amount: coding.amount, direct: direct, tone: coding.tone, values: coding.values)
        case .itemStart(let programme):
            guard let start = TimeOfDay(editor.text) else {
                message = ("start: \"\(editor.text)\" is not a time (HH:MM:SS)", true)
                mode = .edit(editor)
                return
            }
            do { _ = try programmes[programme]?.itemStartUTC(start, clock: clock) } catch {
                show(error)
                mode = .edit(editor)
                return
            }
            let end = programmes[programme]?.end ?? start
            mode = .edit(Editor(purpose: .itemEnd(programme: programme, start: start), label: "New item from \(start): end", text: end.description))
        case .itemEnd(let programme, let start):
            guard let end = TimeOfDay(editor.text) else {
                message = ("end: \"\(editor.text)\" is not a time (HH:MM:SS)", true)
                mode = .edit(editor)
                return
            }
            do { _ = try programmes[programme]?.itemLength(from: start, to: end, clock: clock) } catch {
                show(error)
                mode = .edit(editor)
                return
            }
            mode = .edit(Editor(purpose: .itemTitle(programme: programme, start: start, end: end),
                                label: "New item \(start)–\(end): title (empty: the programme's)", text: ""))
        case .itemTitle(let programme, let start, let end):
            addItem(programme: programme, start: start, end: end, title: editor.text.trimmingCharacters(in: .whitespaces))
        }
    }

    private func pick(_ picker: Picker, _ key: Key) -> [ScreenEffect] {
        var picker = picker
        let search = picker.kind == .subject ? subjects : genres
        switch key {
        case .escape:
            mode = .browse
            message = ("Cancelled", false)
            return []
        case .backspace:
            if !picker.text.isEmpty { picker.text.removeLast() }
            picker.selected = 0
        case .down, .tab: picker.selected += 1
        case .up, .backTab: picker.selected = max(0, picker.selected - 1)
        case .char(let c) where picker.kind == .genre && picker.text.isEmpty && c.isNumber:
            // Genres are few: a digit picks one directly.
            if let n = c.wholeNumberValue, (1...genres.choices.count).contains(n) {
                mode = .browse
                finishGenre(genres.choices[n - 1].id)
                return []
            }
            return [.bell]
        case .char(let c):
            picker.text.append(c)
            picker.selected = 0
        case .enter:
            let matches = search.matches(picker.text)
            guard !matches.isEmpty else { message = ("Nothing matches \"\(picker.text)\"", true); return [.bell] }
            let choice = matches[min(picker.selected, matches.count - 1)]
            mode = .browse
            if picker.kind == .genre {
                finishGenre(choice.id)
            } else if let item = currentItem {
                askAmount(choice.id, item, then: nil)
            }
            return []
        default:
            return [.bell]
        }
        let count = search.matches(picker.text).count
        picker.selected = count == 0 ? 0 : min(picker.selected, count - 1)
        mode = .pick(picker)
        return []
    }

    private func tone(_ subject: String, _ amount: Double, _ direct: Double?, _ key: Key) -> [ScreenEffect] {
        let tone: Tone
        switch key {
        case .char("+"): tone = .positive
        case .char("0"): tone = .neutral
        case .char("-"): tone = .negative
        case .escape:
            mode = .browse
            message = ("Cancelled: nothing saved", false)
            return []
        default:
            message = ("Tone: press + (positive), 0 (neutral) or - (negative); Esc cancels", true)
            return [.bell]
        }
        mode = .browse
        finishCoding(subject: subject, amount: amount, direct: direct, tone: tone)
        if case .browse = mode, message?.isError == true, let item = currentItem {
            // Back to the amount, the refusal beside it, the tone kept: fix the number, press Enter.
            let error = message
            askAmount(subject, item, then: tone)
            if case .edit(var editor) = mode { editor.text = amount.formatted; editor.prefilled = true; mode = .edit(editor) }
            message = error
        }
        return []
    }
}

extension CoderScreen {
    /// Why the coding rules refuse `amount` for `subject` in the current item, or nil: the same
    /// rules the store applies on saving, checked before the tone is asked.
    func amountRefusal(subject: String, amount: Double, direct: Double?) -> String? {
        guard let item = currentItem else { return nil }
        let rules = CodingRules(codebook: codebook)
        let coding = NewCoding(subject: subject, amount: amount, direct: direct, tone: .neutral, coder: coder)
        let others = item.codings.filter { $0.subject != subject }.map {
            NewCoding(subject: $0.subject, amount: $0.amount, direct: $0.direct, tone: $0.tone, coder: coder)
        }
        do {
            try rules.check(coding)
            try rules.check(codings: others + [coding], inItemOf: item.segment.extent, unit: item.segment.unit)
            return nil
        } catch {
            return error.field.map { "\($0): \(error.message)" } ?? error.message
        }
    }
}
