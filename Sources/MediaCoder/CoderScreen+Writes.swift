import Foundation
import MediaModel
import MediaStore

/// Every write goes through the store at once, in one short transaction, and the in-memory
/// queue is updated from what was written; a refused value leaves both as they were.
extension CoderScreen {
    func mutateItem(_ id: Int64, _ change: (inout CoderItem) -> Void) {
        guard let i = entries.firstIndex(where: { if case .item(let x) = $0 { x.segment.id == id } else { false } }),
              case .item(var item) = entries[i] else { return }
        let wasCoded = item.isCoded
        change(&item)
        entries[i] = .item(item)
        codedCount += (item.isCoded ? 1 : 0) - (wasCoded ? 1 : 0)
    }

    /// Saves one coding; on a refused value shows why and changes nothing.
    @discardableResult
    func save(subject: String, amount: Double, direct: Double?, tone: Tone, values: VariableValues = [:], recordUndo: Bool = true) -> Bool {
        guard let item = currentItem else { return false }
        let coding = NewCoding(subject: subject, amount: amount, direct: direct, tone: tone, coder: coder, values: values)
        do {
            try db.code(coding, segment: item.segment.id)
        } catch {
            show(error)
            return false
        }
        let old = item.coding(of: subject)
        var stored = StoredCoding(segment: item.segment.id, subject: subject, coder: coder, amount: amount,
                                  direct: direct, tone: tone, at: UTCTimestamp.now())
        stored.values = values
        mutateItem(item.segment.id) { item in
            if let i = item.codings.firstIndex(where: { $0.subject == subject }) { item.codings[i] = stored } else { item.codings.append(stored) }
        }
        if recordUndo { undoSteps.append(old.map { .replaced($0) } ?? .inserted(segment: item.segment.id, subject: subject)) }
        if let i = rows.firstIndex(where: { $0.subject == subject }) { selectedRow = i }
        let directText = direct.map { ", direct \($0.formatted)" } ?? ""
        let valuesText = values.sorted { $0.key < $1.key }.map { ", \($0.key) \($0.value)" }.joined()
        message = ("Saved \(subject): \(item.segment.unit.amount(amount))\(directText), \(tone.rawValue)\(valuesText)", false)
        return true
    }

    func remove(subject: String) {
        guard let item = currentItem else { return }
        do {
            let old = try db.removeCoding(segment: item.segment.id, subject: subject, coder: coder)
            mutateItem(item.segment.id) { $0.codings.removeAll { $0.subject == subject } }
            undoSteps.append(.removed(old))
            selectedRow = min(selectedRow, max(0, rows.count - 1))
            message = ("Removed your coding of \(subject)", false)
        } catch {
            show(error)
        }
    }

    /// Sets the item's genre and, with `values`, the item's own variables; a variable left out is withdrawn.
    func setGenre(_ genre: String?, values: VariableValues? = nil) {
        guard let item = currentItem else { return }
        do {
            let oldValues = try db.itemValues(segment: item.segment.id, coder: coder)
            try db.setGenre(genre, segment: item.segment.id, coder: coder)
            if let values, genre != nil {
                // An empty value withdraws what was stored (the store merges values into the old ones).
                var all = values
                for variable in codebook.extraVariables(of: .item) where all[variable.id] == nil { all[variable.id] = "" }
                try db.setItemValues(all, segment: item.segment.id, coder: coder)
            }
            undoSteps.append(.genre(segment: item.segment.id, old: item.genre, values: oldValues))
            mutateItem(item.segment.id) { $0.genre = genre }
            message = ("Genre: \(genre ?? "none")", false)
        } catch {
            show(error)
        }
    }

    func addItem(programme: Int64, start: TimeOfDay, end: TimeOfDay, title: String) {
        do {
            let segment = try db.addItem(inProgramme: programme, start: start, end: end, title: title)
            let item = CoderItem(segment: segment, codings: [], genre: nil)
            // Right after the programme and the items before it, so the new item comes up next.
            var at = (entries.firstIndex { if case .programme(let p) = $0 { p.id == programme } else { false } } ?? index) + 1
            while at < entries.count, case .item(let other) = entries[at], other.segment.programmeID == programme,
                  (other.segment.start?.seconds ?? 0) <= start.seconds {
                at += 1
            }
            entries.insert(.item(item), at: min(at, entries.count))
            itemCount += 1
            programmes[programme]?.items += 1
            undoSteps.append(.addedItem(segment.id))
            go(to: min(at, entries.count - 1))
            message = ("Added item \(segment.id): \(start)–\(end)", false)
        } catch {
            show(error)
        }
    }

    func undo() -> [ScreenEffect] {
        guard let step = undoSteps.popLast() else {
            message = ("Nothing to undo", false)
            return [.bell]
        }
        let segment: Int64 = switch step {
        case .inserted(let s, _), .genre(let s, _, _), .addedItem(let s): s
        case .replaced(let c), .removed(let c): c.segmentID
        }
        if let i = entries.firstIndex(where: { if case .item(let x) = $0 { x.segment.id == segment } else { false } }), i != index {
            go(to: i)
        }
        let count = undoSteps.count
        switch step {
        case .inserted(_, let subject):
            remove(subject: subject)
        case .replaced(let old), .removed(let old):
            save(subject: old.subject, amount: old.amount, direct: old.direct, tone: old.tone, values: old.values, recordUndo: false)
        case .genre(_, let old, let values):
            setGenre(old, values: values)
        case .addedItem(let id):
            do {
                try db.removeUncodedItem(id)
                entries.removeAll { if case .item(let x) = $0 { x.segment.id == id } else { false } }
                itemCount -= 1
                index = min(index, max(0, entries.count - 1))
                message = ("Removed item \(id)", false)
            } catch {
                show(error)
            }
        }
        // The inverse writes are audited like any change, but are not themselves undoable.
        if undoSteps.count > count { undoSteps.removeLast(undoSteps.count - count) }
        if message?.isError == false { message = ("Undone: " + (message?.text ?? ""), false) }
        return []
    }

    func show(_ error: Error) {
        let text = switch error {
        case let e as InputError: e.field.map { "\($0): \(e.message)" } ?? e.message
        case let e as InputErrors: e.errors.map { e in e.field.map { "\($0): \(e.message)" } ?? e.message }.joined(separator: "; ")
        default: "\(error)"
        }
        message = (text, true)
    }
}

/// Reads an amount as monitors type it: `45`, `45.5`, `45,5`, or `1:30` for seconds.
func parseAmount(_ text: String, unit: AmountUnit) -> Double? {
    let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
    if unit == .seconds, t.contains(":") {
        let parts = t.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        return Double(parts.reduce(0) { $0 * 60 + Int($1)! })
    }
    guard let value = Double(t), value.isFinite else { return nil }
    return value
}
