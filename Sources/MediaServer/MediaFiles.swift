import Foundation
import MediaModel

/// The recordings folder: `DIR/OUTLET/YYYY-MM-DDTHHMM.(mp4|webm|mp3|ogg)`, named by local start time.
///
/// A request names a file by a path that must match that pattern exactly as sent (no percent
/// encoding, no dots, no slashes beyond the one), and the file's real path, symbolic links
/// resolved, must still lie inside the folder: nothing else can ever be read.
public struct MediaFolder: Sendable {
    public static let extensions = ["mp4", "webm", "mp3", "ogg"]
    public let root: String

    /// `root` resolved to its real path, so links inside it are compared against the real folder.
    public init(_ path: String) throws {
        guard let real = realpath(path, nil) else { throw InputError(field: "media", "there is no folder \(path)") }
        defer { free(real) }
        var isFolder: ObjCBool = false
        let resolved = String(cString: real)
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder), isFolder.boolValue else {
            throw InputError(field: "media", "\(path) is not a folder")
        }
        root = resolved
    }

    /// The real path of the recording `outlet/file`, or nil when the name is not a recording's
    /// name or the file is not a regular file inside the folder.
    public func resolve(outlet: String, file: String, codebook: Codebook) -> String? {
        guard codebook.outlet(outlet) != nil, Self.isRecordingName(file) else { return nil }
        guard let real = realpath(root + "/" + outlet + "/" + file, nil) else { return nil }
        defer { free(real) }
        let resolved = String(cString: real)
        guard resolved.hasPrefix(root + "/") else { return nil }
        var info = stat()
        guard stat(resolved, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return resolved
    }

    /// `YYYY-MM-DDTHHMM.ext`, every character checked.
    public static func isRecordingName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, extensions.contains(String(parts[1])) else { return false }
        let stem = Array(parts[0].utf8)
        guard stem.count == 15 else { return false }
        for (i, c) in stem.enumerated() {
            switch i {
            case 4, 7: guard c == UInt8(ascii: "-") else { return false }
            case 10: guard c == UInt8(ascii: "T") else { return false }
            default: guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else { return false }
            }
        }
        return LocalDate(String(parts[0].prefix(10))) != nil
    }

    /// The recordings of an outlet, with the local day and time each starts.
    public func recordings(of outlet: String, codebook: Codebook) -> [(file: String, date: LocalDate, start: TimeOfDay)] {
        guard codebook.outlet(outlet) != nil,
              let names = try? FileManager.default.contentsOfDirectory(atPath: root + "/" + outlet) else { return [] }
        return names.filter(Self.isRecordingName).compactMap { name in
            guard resolve(outlet: outlet, file: name, codebook: codebook) != nil,
                  let date = LocalDate(String(name.prefix(10))),
                  let hours = Int(name.dropFirst(11).prefix(2)), let minutes = Int(name.dropFirst(13).prefix(2)),
                  let start = TimeOfDay(seconds: hours * 3600 + minutes * 60) else { return nil }
            return (name, date, start)
        }.sorted { ($0.date, $0.start) < ($1.date, $1.start) }
    }
}
