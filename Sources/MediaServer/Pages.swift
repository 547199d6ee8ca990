import Foundation
import Hummingbird

/// The pages and their scripts and styles, shipped as bundle resources (no build chain).
enum Pages {
    static let allowed: Set<String> = ["login.html", "code.html", "dashboard.html", "app.css", "common.js", "login.js", "code.js",
                                       "dashboard.js", "strings.js"]

    static func response(_ name: String) throws -> Response {
        guard allowed.contains(name), let url = Bundle.module.url(forResource: "Pages/" + name, withExtension: nil),
              let data = try? Data(contentsOf: url) else {
            return jsonError(.notFound, "no such page")
        }
        var headers = HTTPFields()
        headers[.contentType] = mediaType(of: name)
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
