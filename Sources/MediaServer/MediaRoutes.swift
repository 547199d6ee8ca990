import Foundation
import Hummingbird
import MediaModel
import NIOCore

/// Serves one recording with HTTP range requests (RFC 9110 §14), streamed in chunks, so seeking
/// an hour-long file reads only the part asked for.
func recordingResponse(path: String, request: Request) async throws -> Response {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
    var headers = HTTPFields()
    headers[.acceptRanges] = "bytes"
    headers[.contentType] = mediaType(of: path)
    headers[.cacheControl] = "private, max-age=3600"
    var first: Int64 = 0, last: Int64 = size - 1
    var status = HTTPResponse.Status.ok
    if let range = request.headers[.range] {
        guard let (a, b) = parseRange(range, size: size) else {
            headers[.contentRange] = "bytes */\(size)"
            return Response(status: .rangeNotSatisfiable, headers: headers)
        }
        (first, last, status) = (a, b, .partialContent)
        headers[.contentRange] = "bytes \(a)-\(b)/\(size)"
    }
    let (from, through) = (first, last)
    let length = max(0, last - first + 1)
    headers[.contentLength] = String(length)
    if request.method == .head { return Response(status: status, headers: headers) }
    let body = ResponseBody(contentLength: Int(length)) { writer in
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var offset = from
        while offset <= through {
            let count = Int(min(256 * 1024, through - offset + 1))
            let start = offset
            let chunk = try await blocking { () -> Data in
                try handle.seek(toOffset: UInt64(start))
                return try handle.read(upToCount: count) ?? Data()
            }
            if chunk.isEmpty { break }
            try await writer.write(ByteBuffer(bytes: chunk))
            offset += Int64(chunk.count)
        }
        try await writer.finish(nil)
    }
    return Response(status: status, headers: headers, body: body)
}

/// One `bytes=` range (the form browsers send for media), clamped to the file; nil when unsatisfiable.
func parseRange(_ header: String, size: Int64) -> (Int64, Int64)? {
    guard header.hasPrefix("bytes="), size > 0 else { return nil }
    let spec = header.dropFirst(6)
    guard !spec.contains(","), let dash = spec.firstIndex(of: "-") else { return nil }
    let from = spec[..<dash].trimmingCharacters(in: .whitespaces), to = spec[spec.index(after: dash)...].trimmingCharacters(in: .whitespaces)
    if from.isEmpty {
        guard let suffix = Int64(to), suffix > 0 else { return nil }
        return (max(0, size - suffix), size - 1)
    }
    guard let a = Int64(from), a >= 0, a < size else { return nil }
    if to.isEmpty { return (a, size - 1) }
    guard let b = Int64(to), b >= a else { return nil }
    return (a, min(b, size - 1))
}

func mediaType(of path: String) -> String {
    switch URL(fileURLWithPath: path).pathExtension.lowercased() {
    case "mp4": "video/mp4"
    case "webm": "video/webm"
    case "mp3": "audio/mpeg"
    case "ogg": "audio/ogg"
    case "html": "text/html; charset=utf-8"
    case "css": "text/css; charset=utf-8"
    case "js": "text/javascript; charset=utf-8"
    case "svg": "image/svg+xml"
    default: "application/octet-stream"
    }
}
