import MediaModel
import MediaStore

/// The codebook's own variables (DESIGN §8): asked after the built-in fields, one prompt each, in
/// the order the codebook declares them, so a variable added to the YAML is asked with no code change.
extension CoderScreen {
    struct VariablePrompt {
        enum Target {
            /// A coding whose built-in fields are chosen; it is saved once its variables are answered.
            case coding(subject: String, amount: Double, direct: Double?, tone: Tone)
            /// The item's genre, saved with the item's variables.
            case item(genre: String)
        }
        var target: Target
        var variables: [Variable]
        var position = 0
        /// The answers so far, and for the variables still to come the stored or default values shown preselected.
        var values: VariableValues
        /// What is typed for an interval variable.
        var text = ""

        var variable: Variable { variables[position] }
    }

    /// The language prompts and category names are shown in: the coder's own, else English.
    var promptLanguage: Language {
        ((try? db.account(named: coder)) ?? nil)?.language ?? .en
    }

    /// Saves a coding, first asking the codebook's coding variables when it declares any.
    func finishCoding(subject: String, amount: Double, direct: Double?, tone: Tone) {
        let variables = codebook.extraVariables(of: .coding)
        guard !variables.isEmpty else {
            save(subject: subject, amount: amount, direct: direct, tone: tone, values: currentItem?.coding(of: subject)?.values ?? [:])
            return
        }
        let stored = currentItem?.coding(of: subject)?.values ?? [:]
        startPrompt(VariablePrompt(target: .coding(subject: subject, amount: amount, direct: direct, tone: tone), variables: variables,
                                   values: preselected(variables, stored)))
    }

    /// Saves the item's genre, first asking the codebook's item variables when it declares any.
    func finishGenre(_ genre: String) {
        let variables = codebook.extraVariables(of: .item)
        guard !variables.isEmpty, let item = currentItem else { setGenre(genre); return }
        let stored = (try? db.itemValues(segment: item.segment.id, coder: coder)) ?? [:]
        startPrompt(VariablePrompt(target: .item(genre: genre), variables: variables, values: preselected(variables, stored)))
    }

    /// The stored values, and each variable's default where none is stored.
    private func preselected(_ variables: [Variable], _ stored: VariableValues) -> VariableValues {
        var values = stored
        for variable in variables where values[variable.id] == nil {
            if let value = variable.defaultValue { values[variable.id] = value }
        }
        return values
    }

    private func startPrompt(_ prompt: VariablePrompt) {
        var prompt = prompt
        prompt.text = prompt.variable.level == .interval ? prompt.values[prompt.variable.id] ?? "" : ""
        mode = .variable(prompt)
    }

    func variableKey(_ prompt: VariablePrompt, _ key: Key) -> [ScreenEffect] {
        var prompt = prompt
        let variable = prompt.variable
        message = nil
        switch key {
        case .escape:
            mode = .browse
            message = ("Cancelled: nothing saved", false)
            return []
        case .enter:
            if variable.level == .interval {
                let text = prompt.text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
                if text.isEmpty { prompt.values[variable.id] = nil } else {
                    do { prompt.values[variable.id] = try variable.check(text) } catch {
                        show(error); mode = .variable(prompt); return [.bell]
                    }
                    if variable.bound == .amount, case .coding(_, let amount, _, _) = prompt.target,
                       let number = Double(prompt.values[variable.id] ?? ""), number > amount {
                        message = ("\(variable.id): \(number.formatted) is more than the amount, \(amount.formatted)", true)
                        mode = .variable(prompt)
                        return [.bell]
                    }
                }
            }
            return advance(prompt)
        case .backspace where variable.level == .interval:
            if !prompt.text.isEmpty { prompt.text.removeLast() }
        case .ctrl("u"):
            if variable.level == .interval { prompt.text = "" } else { prompt.values[variable.id] = nil }
        case .char(let c) where variable.level == .interval:
            prompt.text.append(c)
        case .char(let c):
            guard let category = variable.categories.first(where: { $0.key == String(c) }) else {
                message = ("\(variable.id): press one of \(hints(variable)); Enter keeps, Esc cancels", true)
                mode = .variable(prompt)
                return [.bell]
            }
            prompt.values[variable.id] = category.id
            return advance(prompt)
        default:
            return [.bell]
        }
        mode = .variable(prompt)
        return []
    }

    /// On to the next variable, or, after the last, the save; an empty required one is refused.
    private func advance(_ prompt: VariablePrompt) -> [ScreenEffect] {
        var prompt = prompt
        let variable = prompt.variable
        if variable.required, prompt.values[variable.id] == nil {
            message = ("\(variable.id) is required: press one of \(hints(variable))", true)
            mode = .variable(prompt)
            return [.bell]
        }
        if prompt.position + 1 < prompt.variables.count {
            prompt.position += 1
            startPrompt(prompt)
            return []
        }
        mode = .browse
        // Defaults are read, not stored (``Codebook/withDefaults(_:of:)``): only what differs is kept.
        var values = prompt.values
        for variable in prompt.variables where variable.defaultValue != nil && values[variable.id] == variable.defaultValue {
            values[variable.id] = nil
        }
        switch prompt.target {
        case .coding(let subject, let amount, let direct, let tone):
            if !save(subject: subject, amount: amount, direct: direct, tone: tone, values: values) {
                let error = message
                startPrompt(VariablePrompt(target: prompt.target, variables: prompt.variables, values: prompt.values))
                message = error
            }
        case .item(let genre):
            setGenre(genre, values: values)
        }
        return []
    }

    /// `key=name` for each category of the variable, in the coder's language.
    func hints(_ variable: Variable) -> String {
        variable.categories.compactMap { c in c.key.map { "\($0)=\(c.name.in(promptLanguage))" } }.joined(separator: "  ")
    }

    func variablePromptLine(_ prompt: VariablePrompt, withError: Bool) -> StyledLine {
        let variable = prompt.variable
        let language = promptLanguage
        let whose: String = switch prompt.target {
        case .coding(let subject, _, _, _): " of \(subject)"
        case .item: " of the item"
        }
        var line = StyledLine("\(variable.name.in(language))\(whose): ", .bold)
        if variable.level == .interval {
            line.append(prompt.text + "▏")
            if case .coding(_, let amount, _, _) = prompt.target, variable.bound == .amount { line.append("  (0–\(amount.formatted))", .dim) }
        } else {
            let chosen = prompt.values[variable.id].flatMap { variable.category($0) }
            line.append(chosen.map { "[\($0.key ?? $0.id)=\($0.name.in(language))]" } ?? "[—]", .inverse)
            line.append("  " + hints(variable))
        }
        if withError, let message, message.isError { line.append("  " + message.text, .error) }
        else { line.append(variable.required ? "  Enter keeps · Esc cancel" : "  Enter keeps · Ctrl-U none · Esc cancel", .dim) }
        return line
    }
}
