import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
@testable import ProfileLint
@testable import ProfileLintServer
import Testing

/// `profilelint serve` over HTTP: a real server on a loopback port (HummingbirdTesting's live mode).
@Suite(.serialized) struct ServerTests {
    static let csrf = String(repeating: "ab", count: 32)
    static let cookie = "pl_csrf=\(csrf)"

    static func server(fileLimit: Int? = nil, loginsPerMinute: Int = 5, data: String? = nil) throws -> ProfileServer {
        var engine = try ServerEngine(configPath: Repository.path("Fixtures/workforce/.profilelint.yml"),
                                      rosterPath: Repository.path("Fixtures/workforce/roster.csv"))
        if let fileLimit { engine.configuration.limits.maximumFileSize = fileLimit }
        let settings = ServerSettings(host: "127.0.0.1", port: 0, dataDirectory: data ?? NSTemporaryDirectory() + "pl-server-\(UUID().uuidString)",
                                      loginsPerMinute: loginsPerMinute)
        return ProfileServer(settings: settings, engine: engine)
    }

    static func run<Value: Sendable>(_ server: ProfileServer, _ test: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        var logger = Logger(label: "test")
        logger.logLevel = .error
        return try await server.application(logger: logger).test(.live, test)
    }

    /// A `multipart/form-data` body with the CSRF field, a language and one file.
    static func upload(name: String, bytes: [UInt8], csrf: String? = ServerTests.csrf, lang: String = "en") -> (HTTPFields, ByteBuffer) {
        let boundary = "----profilelint-test-boundary"
        var body = ByteBuffer()
        func field(_ key: String, _ value: String) {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n")
        }
        if let csrf { field("csrf", csrf) }
        field("lang", lang)
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"profile\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = HTTPFields()
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        headers[.cookie] = cookie
        return (headers, body)
    }

    static func fixture(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: Repository.path(path))))
    }

    static func text(_ response: TestResponse) -> String {
        String(buffer: response.body)
    }

    @Test func healthAndSecurityHeaders() async throws {
        try await Self.run(try Self.server()) { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            #expect(Self.text(response) == "ok\n")
            let policy = response.headers[.contentSecurityPolicy] ?? ""
            #expect(policy.contains("default-src 'none'") && policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"))
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
        }
    }

    @Test func theEmployeePageFollowsAcceptLanguageAndSetsAStrictCSRFCookie() async throws {
        try await Self.run(try Self.server()) { client in
            let response = try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "fr-BE,fr;q=0.9,en;q=0.4"])
            #expect(response.status == .ok)
            let page = Self.text(response)
            #expect(page.contains("<html lang=\"fr\">"))
            #expect(page.contains("Vérifiez votre profil LinkedIn"))
            #expect(page.contains("enctype=\"multipart/form-data\""))
            #expect(!page.contains("<script>") && !page.contains("style="))
            let setCookie = response.headers[.setCookie] ?? ""
            #expect(setCookie.hasPrefix("pl_csrf=") && setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"))
            let dutch = try await client.execute(uri: "/?lang=nl", method: .get, headers: [.acceptLanguage: "fr"])
            #expect(Self.text(dutch).contains("Controleer je LinkedIn-profiel"))
        }
    }

    @Test(arguments: [
        ("Fixtures/profiles/jan-jansen-incomplete.json", "26/100"),
        ("Fixtures/json-resume/sanne-de-vries.resume.json", "/100"),
        ("Fixtures/profiles/empty-template.yaml", "/100"),
        ("Fixtures/linkedin/sanne-de-vries.zip", "/100"),
        ("Fixtures/workforce/exports/E004.zip", "/100"),
    ])
    func everyFixtureFormatIsCheckedInMemory(path: String, expected: String) async throws {
        let bytes = try Self.fixture(path)
        let name = (path as NSString).lastPathComponent
        try await Self.run(try Self.server()) { client in
            let (headers, body) = Self.upload(name: name, bytes: bytes)
            let response = try await client.execute(uri: "/check", method: .post, headers: headers, body: body)
            let page = Self.text(response)
            #expect(response.status == .ok, "\(page)")
            #expect(page.contains(expected) || page.contains("nothing could be checked"))
            #expect(page.contains("Check another file"))
        }
    }

    @Test func aDutchUploadGetsDutchSuggestionsBestGainFirst() async throws {
        let bytes = try Self.fixture("Fixtures/profiles/jan-jansen-incomplete.json")
        try await Self.run(try Self.server()) { client in
            let (headers, body) = Self.upload(name: "jan.json", bytes: bytes, lang: "nl")
            let page = Self.text(try await client.execute(uri: "/check", method: .post, headers: headers, body: body))
            #expect(page.contains("Suggesties, grootste winst eerst"))
            let gains = page.components(separatedBy: "<span class=\"gain\">+").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
            #expect(gains.count >= 5)
            #expect(gains == gains.sorted(by: >))
        }
    }

    @Test func aMissingOrWrongCSRFTokenIsRefused() async throws {
        let bytes = try Self.fixture("Fixtures/profiles/jan-jansen-incomplete.json")
        try await Self.run(try Self.server()) { client in
            let (headers, body) = Self.upload(name: "jan.json", bytes: bytes, csrf: nil)
            let missing = try await client.execute(uri: "/check", method: .post, headers: headers, body: body)
            #expect(missing.status == .forbidden)
            #expect(Self.text(missing).contains("This form has expired"))
            let (wrongHeaders, wrongBody) = Self.upload(name: "jan.json", bytes: bytes, csrf: String(repeating: "cd", count: 32))
            #expect(try await client.execute(uri: "/check", method: .post, headers: wrongHeaders, body: wrongBody).status == .forbidden)
        }
    }

    @Test func anOversizedBodyIsRefusedWithTheLimit() async throws {
        try await Self.run(try Self.server(fileLimit: 4096)) { client in
            let (headers, body) = Self.upload(name: "big.json", bytes: [UInt8](repeating: 0x20, count: 200_000))
            let response = try await client.execute(uri: "/check", method: .post, headers: headers, body: body)
            #expect(response.status == .contentTooLarge)
            #expect(Self.text(response).contains("larger than the limit of 4 KB"))
        }
    }

    @Test(arguments: ["zip-bomb.zip", "zip-bomb-lying.zip"])
    func aZIPBombGetsTheCLIsOneLineError(name: String) async throws {
        try HostileCorpus.requireGenerated()
        let bytes = try Self.fixture("Fixtures/hostile/.generated/\(name)")
        let expected = try #require(HostileCorpus.generated.first { $0.path.hasSuffix("/" + name) }).expected
        try await Self.run(try Self.server()) { client in
            let (headers, body) = Self.upload(name: name, bytes: bytes)
            let response = try await client.execute(uri: "/check", method: .post, headers: headers, body: body)
            #expect(response.status == .unprocessableContent)
            let page = Self.text(response)
            #expect(page.contains("This file could not be read: \(name)"))
            #expect(page.contains(Pages.escape(expected)))
        }
    }

    @Test func aFileThatIsNotAProfileIsNamedInOneLine() async throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64)
        try await Self.run(try Self.server()) { client in
            let (headers, body) = Self.upload(name: "photo.png", bytes: png)
            let response = try await client.execute(uri: "/check", method: .post, headers: headers, body: body)
            #expect(response.status == .unprocessableContent)
            #expect(Self.text(response).contains("photo.png"))
        }
    }

    @Test func aPathTraversalFileNameIsOnlyShownByItsLastPart() async throws {
        let bytes = try Self.fixture("Fixtures/profiles/jan-jansen-incomplete.json")
        try await Self.run(try Self.server()) { client in
            let (headers, body) = Self.upload(name: "../../etc/<b>passwd", bytes: Array("not json".utf8))
            let page = Self.text(try await client.execute(uri: "/check", method: .post, headers: headers, body: body))
            #expect(!page.contains("../") && !page.contains("<b>"))
            #expect(page.contains("&lt;b&gt;passwd"))
            _ = bytes
        }
    }

    @Test func aBodyThatIsNotAFormIsRefused() async throws {
        try await Self.run(try Self.server()) { client in
            var headers = HTTPFields()
            headers[.contentType] = "text/plain"
            headers[.cookie] = Self.cookie
            let response = try await client.execute(uri: "/check", method: .post, headers: headers, body: ByteBuffer(string: "hello"))
            #expect(response.status == .unsupportedMediaType)
        }
    }

    @Test func theDashboardNeedsThePasswordAndLogoutEndsTheSession() async throws {
        let data = NSTemporaryDirectory() + "pl-server-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: data) }
        let server = try Self.server(data: data)
        try (try HRPassword(hashing: "correct horse battery")).encoded.write(toFile: server.settings.passwordFile, atomically: true, encoding: .utf8)
        try await Self.run(server) { client in
            #expect(try await client.execute(uri: "/hr", method: .get).status == .unauthorized)
            var form = HTTPFields()
            form[.contentType] = "application/x-www-form-urlencoded"
            form[.cookie] = Self.cookie
            let wrong = try await client.execute(uri: "/hr/login", method: .post, headers: form,
                                                 body: ByteBuffer(string: "csrf=\(Self.csrf)&password=wrong+password+here"))
            #expect(wrong.status == .unauthorized)
            #expect(Self.text(wrong).contains("Wrong password."))
            let noToken = try await client.execute(uri: "/hr/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                   body: ByteBuffer(string: "password=correct+horse+battery"))
            #expect(noToken.status == .forbidden)
            let right = try await client.execute(uri: "/hr/login", method: .post, headers: form,
                                                 body: ByteBuffer(string: "csrf=\(Self.csrf)&password=correct+horse+battery"))
            #expect(right.status == .seeOther)
            let setCookie = right.headers[.setCookie] ?? ""
            #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict") && !setCookie.contains("Secure"))
            let session = String(setCookie.prefix { $0 != ";" })
            let dashboard = try await client.execute(uri: "/hr", method: .get, headers: [.cookie: "\(session); \(Self.cookie)"])
            #expect(dashboard.status == .ok)
            #expect(Self.text(dashboard).contains("class=\"pl-hr-bar\""))
            var logout = form
            logout[.cookie] = "\(session); \(Self.cookie)"
            #expect(try await client.execute(uri: "/hr/logout", method: .post, headers: logout,
                                             body: ByteBuffer(string: "csrf=\(Self.csrf)")).status == .seeOther)
            #expect(try await client.execute(uri: "/hr", method: .get, headers: [.cookie: session]).status == .unauthorized)
        }
    }

    @Test func passwordAttemptsAreRateLimitedPerAddress() async throws {
        try await Self.run(try Self.server(loginsPerMinute: 2)) { client in
            var form = HTTPFields()
            form[.contentType] = "application/x-www-form-urlencoded"
            form[.cookie] = Self.cookie
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<3 {
                statuses.append(try await client.execute(uri: "/hr/login", method: .post, headers: form,
                                                         body: ByteBuffer(string: "csrf=\(Self.csrf)&password=x")).status)
            }
            #expect(statuses.last == .tooManyRequests)
            #expect(statuses.first != .tooManyRequests)
        }
    }

    @Test func theStoredPasswordIsASaltedHashThatVerifies() throws {
        let first = try HRPassword(hashing: "correct horse battery")
        let second = try HRPassword(hashing: "correct horse battery")
        #expect(first.encoded.hasPrefix("scrypt$"))
        #expect(!first.encoded.contains("correct"))
        #expect(first.encoded != second.encoded)
        #expect(first.verify("correct horse battery"))
        #expect(!first.verify("correct horse batterY"))
        #expect(HRPassword(encoded: first.encoded) == first)
        #expect(HRPassword(encoded: "plain text") == nil)
    }

    @Test(arguments: [
        ("nl-BE,nl;q=0.9,en;q=0.8", "nl"), ("de-DE,fr;q=0.5", "fr"), ("en-GB", "en"), ("da", "en"), ("fr;q=0,nl;q=0.2", "nl"),
    ])
    func acceptLanguagePicksTheBestLanguageWithACatalog(header: String, expected: String) {
        #expect(Pages.language(query: nil, acceptLanguage: header, fallback: .english).rawValue == expected)
    }

    @Test func browserFileNamesAreNeverPaths() {
        #expect(UploadedForm.safeName("../../etc/passwd") == "passwd")
        #expect(UploadedForm.safeName("C:\\Users\\x\\Profile.pdf") == "Profile.pdf")
        #expect(UploadedForm.safeName("..") == "upload")
        #expect(UploadedForm.safeName("a\u{0}b\n.json") == "ab.json")
    }

    /// The hidden fields of the share form on a result page.
    static func shareFields(_ page: String) -> (card: String, signature: String)? {
        func value(_ name: String) -> String? {
            guard let start = page.range(of: "name=\"\(name)\" value=\"") else { return nil }
            return String(page[start.upperBound...].prefix { $0 != "\"" })
        }
        guard let card = value("card"), let signature = value("signature") else { return nil }
        return (card, signature)
    }

    static func formBody(_ fields: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return ByteBuffer(string: fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&"))
    }

    @Test func anEmployeeSharesTheirCardHRSeesItAndTheEmployeeWithdrawsIt() async throws {
        let data = NSTemporaryDirectory() + "pl-server-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: data) }
        let server = try Self.server(data: data)
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        try (try HRPassword(hashing: "correct horse battery")).encoded.write(toFile: server.settings.passwordFile, atomically: true, encoding: .utf8)
        let bytes = try Self.fixture("Fixtures/workforce/exports/E004.zip")
        let roster = try Roster.load(Repository.path("Fixtures/workforce/roster.csv"), limits: .default)
        try await Self.run(server) { client in
            let (headers, body) = Self.upload(name: "E004.zip", bytes: bytes)
            let page = Self.text(try await client.execute(uri: "/check", method: .post, headers: headers, body: body))
            let fields = try #require(Self.shareFields(page))
            // The card holds no free text beyond the headline and no contact data.
            let card = String(decoding: try #require(Data(base64Encoded: Pages.unescape(fields.card))), as: UTF8.self)
            #expect(card.contains("\"profilelint_card\""))
            #expect(!card.contains("@"))
            var form = HTTPFields()
            form[.contentType] = "application/x-www-form-urlencoded"
            form[.cookie] = Self.cookie
            let unknown = try await client.execute(uri: "/share", method: .post, headers: form, body: Self.formBody([
                ("csrf", Self.csrf), ("card", Pages.unescape(fields.card)), ("signature", Pages.unescape(fields.signature)), ("identity", "NOBODY")]))
            #expect(unknown.status == .unprocessableContent)
            #expect(Self.text(unknown).contains("The roster knows no employee"))
            let forged = Data("{\"profilelint_card\":1}".utf8).base64EncodedString()
            let tampered = try await client.execute(uri: "/share", method: .post, headers: form, body: Self.formBody([
                ("csrf", Self.csrf), ("card", forged), ("signature", Pages.unescape(fields.signature)), ("identity", "E004")]))
            #expect(tampered.status == .badRequest)
            let shared = try await client.execute(uri: "/share", method: .post, headers: form, body: Self.formBody([
                ("csrf", Self.csrf), ("card", Pages.unescape(fields.card)), ("signature", Pages.unescape(fields.signature)), ("identity", "e004")]))
            #expect(shared.status == .ok)
            let sharedPage = Self.text(shared)
            let link = try #require(sharedPage.range(of: "href=\"/withdraw?token=").map { String(sharedPage[$0.upperBound...].prefix { $0 != "&" }) })

            // HR sees the card counted in the workforce report.
            let login = try await client.execute(uri: "/hr/login", method: .post, headers: form,
                                                 body: ByteBuffer(string: "csrf=\(Self.csrf)&password=correct+horse+battery"))
            let session = String((login.headers[.setCookie] ?? "").prefix { $0 != ";" })
            let dashboard = try await client.execute(uri: "/hr", method: .get, headers: [.cookie: "\(session); \(Self.cookie)"])
            #expect(dashboard.status == .ok)
            #expect(Self.text(dashboard).contains("Cards shared: 1 of \(roster.entries.count) employees."))
            let policy = dashboard.headers[.contentSecurityPolicy] ?? ""
            #expect(policy.contains("style-src-elem 'self' 'sha256-") && policy.contains("script-src 'self';"))
            #expect(!policy.contains("script-src 'self' 'unsafe") && !policy.contains("style-src-elem 'self' 'unsafe-inline'"))
            let csv = try await client.execute(uri: "/hr/report.csv", method: .get, headers: [.cookie: session])
            #expect(csv.status == .ok)
            #expect(Self.text(csv).contains("E004"))
            #expect(try await client.execute(uri: "/hr/report.json", method: .get).status == .unauthorized)

            // Withdrawing: the link shows a confirmation, the form deletes, the link then withdraws nothing.
            let confirm = try await client.execute(uri: "/withdraw?token=\(link)", method: .get)
            #expect(confirm.status == .ok)
            let withdrawn = try await client.execute(uri: "/withdraw", method: .post, headers: form,
                                                     body: ByteBuffer(string: "csrf=\(Self.csrf)&token=\(link)"))
            #expect(Self.text(withdrawn).contains("withdrawn and deleted"))
            #expect(try await client.execute(uri: "/withdraw?token=\(link)", method: .get).status == .notFound)
            let after = try await client.execute(uri: "/hr", method: .get, headers: [.cookie: "\(session); \(Self.cookie)"])
            #expect(Self.text(after).contains("0 of \(roster.entries.count) employees"))
        }
        // Only the card store and the password are in the data folder: nothing of the upload.
        let files = try FileManager.default.contentsOfDirectory(atPath: data).filter { !$0.hasPrefix("cards.db-") }.sorted()
        #expect(files == ["cards.db", "hr-password"])
    }
}
