import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import MediaModel
@testable import MediaServer
import MediaStore
import Testing
import TestSupport

/// Recordings with range requests, and every way of asking for a file outside the media folder.
@Suite(.temporaryFolder) struct MediaTests {
    static let recording = "/media/khabar/2012-01-11T2200.ogg"

    @Test func aRangeRequestReturnsExactlyThoseBytesOfTheRecording() async throws {
        let file = TestMission.recordings + "/khabar/2012-01-11T2200.ogg"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        let app = Application(router: try TestMission.server(media: TestMission.recordings).router())
        try await app.test(.router) { client in
            let ann = try await client.signIn("ann")
            var headers = ann.headers
            headers[.range] = "bytes=1000-1999"
            try await client.execute(uri: Self.recording, method: .get, headers: headers) { response in
                #expect(response.status == .partialContent)
                #expect(response.headers[.contentRange] == "bytes 1000-1999/\(bytes.count)")
                #expect(response.headers[.contentType] == "audio/ogg")
                #expect(Data(buffer: response.body) == bytes[1000..<2000])
            }
            headers[.range] = "bytes=-500"
            try await client.execute(uri: Self.recording, method: .get, headers: headers) { response in
                #expect(response.status == .partialContent)
                #expect(Data(buffer: response.body) == bytes.suffix(500))
            }
            headers[.range] = "bytes=\(bytes.count)-"
            try await client.execute(uri: Self.recording, method: .get, headers: headers) { response in
                #expect(response.status == .rangeNotSatisfiable)
                #expect(response.headers[.contentRange] == "bytes */\(bytes.count)")
            }
            try await client.execute(uri: Self.recording, method: .get, headers: ann.headers) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.acceptRanges] == "bytes")
                #expect(Data(buffer: response.body) == bytes)
            }
        }
    }

    @Test func noPathOutsideTheMediaFolderCanBeRead() async throws {
        // A media folder with a link to a file outside it, and one to a folder outside it.
        let folder = try TemporaryFolder.newFolder().appendingPathComponent("media")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("khabar"), withIntermediateDirectories: true)
        try Data("ok".utf8).write(to: folder.appendingPathComponent("khabar/2012-01-11T2200.ogg"))
        let secret = folder.deletingLastPathComponent().appendingPathComponent("mediamon-secret-\(UUID().uuidString).ogg")
        try Data("secret".utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("khabar/2012-01-12T2200.ogg").path, withDestinationPath: secret.path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("ktk").path, withDestinationPath: "/etc")

        let app = Application(router: try TestMission.server(media: folder.path).router())
        try await app.test(.router) { client in
            let ann = try await client.signIn("ann")
            try await client.execute(uri: "/media/khabar/2012-01-11T2200.ogg", method: .get, headers: ann.headers) { response in
                #expect(String(buffer: response.body) == "ok")
            }
            let attacks = [
                "/media/../../etc/passwd", "/media/khabar/../../../etc/passwd", "/media/%2e%2e/%2e%2e/etc/passwd",
                "/media/khabar/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/media/%252e%252e/%252e%252e/etc/passwd",
                "/media/khabar/..%5c..%5cetc%5cpasswd", "/media/khabar\\..\\..\\etc\\passwd", "/media//etc/passwd",
                "/media/%2fetc%2fpasswd", "/media/khabar/%2fetc%2fpasswd", "/media/khabar/2012-01-11T2200.ogg%00.txt",
                "/media/khabar/2012-01-12T2200.ogg", "/media/ktk/passwd", "/media/ktk/2012-01-11T2200.ogg",
                "/media/khabar/2012-01-11T2200.ogg/..", "/media/khabar/./2012-01-11T2200.ogg", "/media/KHABAR/2012-01-11T2200.ogg",
                "/media/khabar/2012-01-11T2200.OGG", "/media/khabar/2012-13-11T2200.ogg", "/media/khabar",
            ]
            for attack in attacks {
                try await client.execute(uri: attack, method: .get, headers: ann.headers) { response in
                    #expect(response.status == .notFound || response.status == .badRequest, "\(attack) answered \(response.status)")
                    let text = String(buffer: response.body)
                    #expect(!text.contains("secret") && !text.contains("root:"), "\(attack) leaked")
                }
            }
        }
    }

    @Test func aMonitorGetsOnlyTheRecordingsOfTheirAssignedOutlets() async throws {
        let app = Application(router: try TestMission.server(media: TestMission.recordings).router())
        try await app.test(.router) { client in
            let mona = try await client.signIn("mona"), mark = try await client.signIn("mark")
            try await client.execute(uri: Self.recording, method: .head, headers: mona.headers) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: Self.recording, method: .get, headers: mark.headers) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    @Test func recordingNamesAreCheckedCharacterByCharacter() {
        #expect(MediaFolder.isRecordingName("2012-01-11T2200.ogg"))
        #expect(MediaFolder.isRecordingName("2012-01-11T2200.mp4"))
        for name in ["2012-01-11T2200.txt", "2012-01-11T22:00.ogg", "../2012-01-11T2200.ogg", "2012-01-11T2200.ogg.ogg", "x012-01-11T2200.ogg",
                     "2012-02-30T2200.ogg", "", ".ogg", "2012-01-11T2200"] {
            #expect(!MediaFolder.isRecordingName(name), "\(name)")
        }
    }

    @Test func rangesAreParsedAsRFC9110Says() {
        #expect(parseRange("bytes=0-", size: 10)! == (0, 9))
        #expect(parseRange("bytes=2-4", size: 10)! == (2, 4))
        #expect(parseRange("bytes=5-100", size: 10)! == (5, 9))
        #expect(parseRange("bytes=-3", size: 10)! == (7, 9))
        for bad in ["bytes=10-", "bytes=4-2", "bytes=a-b", "items=0-1", "bytes=0-1,3-4", "bytes=-0", "bytes=-"] {
            #expect(parseRange(bad, size: 10) == nil, "\(bad)")
        }
    }
}

@Suite struct PasswordTests {
    @Test func passwordsAreSaltedPBKDF2WithTheAgreedCost() throws {
        let hasher = PasswordHasher()
        #expect(hasher.iterations >= 200_000)
        let a = try hasher.hash("correct horse battery"), b = try hasher.hash("correct horse battery")
        #expect(a.hasPrefix("pbkdf2-sha256$\(hasher.iterations)$"))
        #expect(a != b, "a new salt each time")
        #expect(hasher.verify("correct horse battery", against: a))
        #expect(!hasher.verify("correct horse batterY", against: a))
        #expect(!hasher.verify("correct horse battery", against: "sha256$abc"))
        #expect(!a.contains("correct"))
    }

    @Test func aKnownPBKDF2VectorIsReproduced() throws {
        // RFC 7914 §11: PBKDF2-HMAC-SHA256("passwd", "salt", 1, 64) starts 55 ac 04 6e 56 e3 08 9f.
        let stored = "pbkdf2-sha256$1$\(Data("salt".utf8).base64EncodedString())$\(Data([0x55, 0xac, 0x04, 0x6e, 0x56, 0xe3, 0x08, 0x9f, 0xec, 0x16, 0x91, 0xc2, 0x25, 0x44, 0xb6, 0x05, 0xf9, 0x41, 0x85, 0x21, 0x6d, 0xde, 0x04, 0x65, 0xe6, 0x8b, 0x9d, 0x57, 0xc2, 0x0d, 0xac, 0xbc]).base64EncodedString())"
        #expect(PasswordHasher().verify("passwd", against: stored))
    }

    @Test func shortPasswordsAreRefused() {
        #expect(throws: InputError.self) { try PasswordHasher().hash("short") }
    }
}
