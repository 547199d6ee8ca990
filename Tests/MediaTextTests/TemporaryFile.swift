import Foundation
import TestSupport

/// A file in a fresh folder inside the running test's temporary folder.
func temporaryFile(_ name: String, _ data: Data) throws -> String {
    let url = try TemporaryFolder.newFolder().appendingPathComponent(name)
    try data.write(to: url)
    return url.path
}
