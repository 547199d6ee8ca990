import CICU

/// ICU could not do its part (out of memory, or its data missing): the text was not processed.
/// Never a partial result — a mention count from text that was only half scanned would look
/// like a real, lower figure.
public struct TextProcessingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was being done: "word breaking", "NFC normalization", "transliteration (Kazakh-Latin/BGN)".
    public var operation: String
    /// ICU's error code (UErrorCode), 0 when ICU gave no code.
    public var code: Int32

    public init(_ operation: String, code: Int32) {
        self.operation = operation
        self.code = code
    }

    public var description: String {
        let name = code == 0 ? "no error code" : String(cString: cicu_error_name(code))
        return "the text library (ICU \(ICU.version)) failed in \(operation) (\(name)): no mentions were counted; "
            + "this is not a problem of the input — check the free memory and the ICU data files, then run the command again"
    }
}
