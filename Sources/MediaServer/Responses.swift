import Foundation
import Hummingbird
import MediaModel

/// JSON bodies with sorted keys, so responses are stable for scripts and tests.
let apiEncoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return encoder
}()

func jsonResponse(_ status: HTTPResponse.Status = .ok, _ value: some Encodable) -> Response {
    let data = (try? apiEncoder.encode(value)) ?? Data("{}".utf8)
    return jsonResponse(status, raw: data)
}

func jsonResponse(_ status: HTTPResponse.Status = .ok, raw data: Data) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = "application/json; charset=utf-8"
    headers[.cacheControl] = "no-store"
    return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
}

struct ErrorBody: Encodable {
    var error: String
    var field: String?
}

/// `{"error": "..."}` with the status: the one error shape of the API.
func jsonError(_ status: HTTPResponse.Status, _ message: String, field: String? = nil) -> Response {
    jsonResponse(status, ErrorBody(error: message, field: field))
}

/// A domain error the client caused: 422 with the message (it names the field at fault).
func unprocessable(_ error: InputError) -> Response {
    jsonError(.unprocessableContent, error.message, field: error.field)
}

/// Decodes a JSON body of at most 64 KiB, or nil when it is not one.
func decodeBody<T: Decodable>(_ type: T.Type, _ request: Request) async -> T? {
    guard let buffer = try? await request.body.collect(upTo: 64 * 1024) else { return nil }
    return try? JSONDecoder().decode(T.self, from: Data(buffer: buffer))
}
