import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import ProfileLint

/// The request context: Hummingbird's core storage plus the client's address (for rate limits, never logged).
public struct ServerContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}

/// `profilelint serve`: an employee page that checks an upload in memory, and a password-protected HR dashboard,
/// both over the library's API (no CLI calls, no temporary files).
public struct ProfileServer: Sendable {
    public let settings: ServerSettings
    public let engine: ServerEngine
    let sessions = SessionStore()
    /// Signs the cards a result page offers to share, so that only cards this server made are stored.
    let cardKey = SymmetricKey(size: .bits256)
    let uploadLimiter: RateLimiter
    let loginLimiter: RateLimiter

    /// Creates the server; nothing listens until ``run(onRunning:)``.
    public init(settings: ServerSettings, engine: ServerEngine) {
        self.settings = settings
        self.engine = engine
        uploadLimiter = RateLimiter(perMinute: settings.uploadsPerMinute)
        loginLimiter = RateLimiter(perMinute: settings.loginsPerMinute)
    }

    /// The Content-Security-Policy of every response: only this server's own files, no inline code, no framing.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    /// Runs until SIGTERM or SIGINT (graceful: requests in flight finish); `onRunning` gets the bound port.
    public func run(logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(logger: logger, onRunning: onRunning).runService()
    }

    /// The Hummingbird application (tests run it on a loopback port with HummingbirdTesting's live mode).
    public func application(logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        -> some ApplicationProtocol {
        Application(
            router: makeRouter(logger: logger),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger
        )
    }

    /// The routes, with the security headers and the request log around them.
    public func makeRouter(logger: Logger) -> Router<ServerContext> {
        let router = Router(context: ServerContext.self)
        router.add(middleware: SecurityHeadersMiddleware(policy: Self.contentSecurityPolicy))
        router.add(middleware: RequestLogMiddleware())
        router.get("/healthz") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        router.get("/static/profilelint.css") { _, _ in Self.asset(Assets.stylesheet, type: "text/css; charset=utf-8") }
        router.get("/favicon.ico") { _, _ in Self.asset(Assets.icon, type: "image/svg+xml") }
        router.get("/static/upload.js") { _, _ in Self.asset(Assets.uploadScript, type: "text/javascript; charset=utf-8") }
        router.get("/") { request, _ in
            let pages = pages(for: request)
            let csrf = Self.csrfToken(request)
            return html(.ok, pages.upload(csrf: csrf.token), csrf: csrf)
        }
        router.post("/check") { request, context in
            try await check(request, context: context)
        }
        router.get("/hr") { request, _ in
            let pages = pages(for: request)
            let csrf = Self.csrfToken(request)
            guard await sessions.isValid(request.cookies["pl_session"]?.value) else {
                let error = storedPassword() == nil ? pages.text(.serverHRNoPassword) : nil
                return html(.unauthorized, pages.login(csrf: csrf.token, error: error), csrf: csrf)
            }
            return try dashboard(request, pages, csrf: csrf)
        }
        router.post("/share") { request, _ in
            try await share(request)
        }
        router.get("/withdraw") { request, _ in
            let pages = pages(for: request)
            let csrf = Self.csrfToken(request)
            let token = request.uri.queryParameters["token"].map(String.init) ?? ""
            guard let store = try? CardStore.open(folder: settings.dataDirectory), (try? store.knows(token: token)) == true else {
                return html(.notFound, pages.message(pages.text(.serverWithdrawUnknown)), csrf: csrf)
            }
            return html(.ok, pages.withdraw(csrf: csrf.token, token: token), csrf: csrf)
        }
        router.post("/withdraw") { request, _ in
            var request = request
            let form = URLEncodedForm.parse(try await request.collectBody(upTo: 16 * 1024))
            let pages = pages(for: request, form: form["lang"])
            guard Self.csrfMatches(request, form["csrf"]) else { return html(.forbidden, pages.message(pages.text(.serverFormExpired))) }
            let store = try CardStore.open(folder: settings.dataDirectory)
            let removed = try store.withdraw(token: form["token"] ?? "")
            return html(removed ? .ok : .notFound, pages.message(pages.text(removed ? .serverWithdrawn : .serverWithdrawUnknown), error: !removed))
        }
        router.get("/hr/report.csv") { request, _ in
            guard await sessions.isValid(request.cookies["pl_session"]?.value) else { return Response(status: .unauthorized) }
            let pages = pages(for: request)
            let (report, records) = try workforce(pages.language)
            return Self.download(WorkforceCSVReporter().report(report, employees: records),
                                 type: "text/csv; charset=utf-8", name: "workforce-report.csv")
        }
        router.get("/hr/report.json") { request, _ in
            guard await sessions.isValid(request.cookies["pl_session"]?.value) else { return Response(status: .unauthorized) }
            let pages = pages(for: request)
            let (report, records) = try workforce(pages.language)
            return Self.download(WorkforceJSONReporter().report(report, employees: records),
                                 type: "application/json", name: "workforce-report.json")
        }
        router.post("/hr/login") { request, context in
            try await login(request, context: context)
        }
        router.post("/hr/logout") { request, _ in
            var request = request
            let form = URLEncodedForm.parse(try await request.collectBody(upTo: 16 * 1024))
            let pages = pages(for: request, form: form["lang"])
            guard Self.csrfMatches(request, form["csrf"]) else { return html(.forbidden, pages.message(pages.text(.serverFormExpired))) }
            await sessions.close(request.cookies["pl_session"]?.value)
            var response = Response(status: .seeOther, headers: [.location: "/hr?lang=\(pages.language.rawValue)"])
            response.setCookie(Cookie(name: "pl_session", value: "", maxAge: 0, path: "/", secure: settings.behindTLS, httpOnly: true, sameSite: .strict))
            return response
        }
        return router
    }

    // MARK: Employee page

    func check(_ request: Request, context: ServerContext) async throws -> Response {
        var request = request
        let query = request.uri.queryParameters["lang"].map(String.init)
        var pages = pages(for: request, form: query)
        let csrf = Self.csrfToken(request)
        guard await uploadLimiter.allow(client(request, context)) else {
            return html(.tooManyRequests, pages.message(pages.text(.serverTooManyRequests)), csrf: csrf)
        }
        // The whole form must fit the configured file limit plus room for the form's own fields.
        let limit = engine.configuration.limits.maximumFileSize + 64 * 1024
        let tooLarge = pages.text(.serverTooLarge, ["limit": Self.megabytes(engine.configuration.limits.maximumFileSize)])
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            return html(.contentTooLarge, pages.upload(csrf: csrf.token, error: tooLarge), csrf: csrf)
        }
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: limit)
        } catch is NIOTooManyBytesError {
            return html(.contentTooLarge, pages.upload(csrf: csrf.token, error: tooLarge), csrf: csrf)
        }
        guard let boundary = UploadedForm.boundary(of: request.headers[.contentType]),
              let form = UploadedForm.parse(body, boundary: boundary) else {
            return html(.unsupportedMediaType, pages.upload(csrf: csrf.token, error: pages.text(.serverNoFile)), csrf: csrf)
        }
        pages = self.pages(for: request, form: form.fields["lang"] ?? query)
        guard Self.csrfMatches(request, form.fields["csrf"]) else {
            return html(.forbidden, pages.upload(csrf: csrf.token, error: pages.text(.serverFormExpired)), csrf: csrf)
        }
        guard let bytes = form.fileBytes, let name = form.fileName, !bytes.isEmpty || name != "upload" else {
            return html(.badRequest, pages.upload(csrf: csrf.token, error: pages.text(.serverNoFile)), csrf: csrf)
        }
        switch engine.check(bytes, name: name, language: pages.language) {
        case .failure(let error):
            let line = error.message(in: pages.language)
            return html(.unprocessableContent, pages.upload(csrf: csrf.token, error: pages.text(.serverCouldNotRead) + " " + line), csrf: csrf)
        case .success(let checked):
            switch checked {
            case .several(let count):
                return html(.unprocessableContent, pages.upload(csrf: csrf.token, error: pages.text(.serverOneProfile, ["count": String(count)])), csrf: csrf)
            case .one(let report, let card):
                let share = engine.roster == nil ? nil : SignedCard(card: card, key: cardKey)
                return html(.ok, pages.result(report, csrf: csrf.token, share: share), csrf: csrf)
            }
        }
    }

    // MARK: HR

    func storedPassword() -> HRPassword? {
        guard let text = try? String(contentsOfFile: settings.passwordFile, encoding: .utf8) else { return nil }
        return HRPassword(encoded: text)
    }

    func login(_ request: Request, context: ServerContext) async throws -> Response {
        var request = request
        let form = URLEncodedForm.parse(try await request.collectBody(upTo: 16 * 1024))
        let pages = pages(for: request, form: form["lang"])
        let csrf = Self.csrfToken(request)
        guard await loginLimiter.allow(client(request, context)) else {
            return html(.tooManyRequests, pages.login(csrf: csrf.token, error: pages.text(.serverTooManyRequests)), csrf: csrf)
        }
        guard Self.csrfMatches(request, form["csrf"]) else {
            return html(.forbidden, pages.login(csrf: csrf.token, error: pages.text(.serverFormExpired)), csrf: csrf)
        }
        guard let stored = storedPassword() else {
            return html(.unauthorized, pages.login(csrf: csrf.token, error: pages.text(.serverHRNoPassword)), csrf: csrf)
        }
        guard let password = form["password"], stored.verify(password) else {
            return html(.unauthorized, pages.login(csrf: csrf.token, error: pages.text(.serverHRWrongPassword)), csrf: csrf)
        }
        let token = await sessions.open()
        var response = Response(status: .seeOther, headers: [.location: "/hr?lang=\(pages.language.rawValue)"])
        response.setCookie(Cookie(name: "pl_session", value: token, path: "/", secure: settings.behindTLS, httpOnly: true, sameSite: .strict))
        return response
    }

    /// The workforce report from the cards shared so far and the roster.
    func workforce(_ language: ReportLanguage) throws -> (WorkforceReport, [EmployeeRecord]) {
        let cards = try CardStore.open(folder: settings.dataDirectory).cards()
        return engine.workforce(cards: cards, language: language)
    }

    /// The HR dashboard: the workforce HTML report with a bar of its own (shared count, downloads, log out) on top.
    /// The report's one `<style>` element is allowed by its hash; no script is allowed but this server's file.
    func dashboard(_ request: Request, _ pages: Pages, csrf: CSRF) throws -> Response {
        let (report, records) = try workforce(pages.language)
        let shared = records.filter { $0.status != .missing }.count
        let bar = """
        <nav class="pl-hr-bar">
        <span>\(Pages.escape(pages.text(.serverCardsShared, ["shared": String(shared), "total": String(records.count)])))</span>
        <a href="/hr/report.csv?lang=\(pages.language.rawValue)">\(Pages.escape(pages.text(.serverDownloadCSV)))</a>
        <a href="/hr/report.json?lang=\(pages.language.rawValue)">\(Pages.escape(pages.text(.serverDownloadJSON)))</a>
        <form method="post" action="/hr/logout" class="logout">
        <input type="hidden" name="csrf" value="\(Pages.escape(csrf.token))">
        <input type="hidden" name="lang" value="\(pages.language.rawValue)">
        <button type="submit">\(Pages.escape(pages.text(.serverHRLogout)))</button>
        </form>
        </nav>

        """
        var page = WorkforceHTMLReporter(language: pages.language).report(report, employees: records)
        if let open = page.range(of: "<body"), let end = page[open.upperBound...].range(of: ">") {
            page.insert(contentsOf: "\n" + bar, at: end.upperBound)
        }
        // The report file carries its own policy as a meta element (no forms, for a file sent by mail); here the
        // response header's policy replaces it, so that the bar's log-out form may post. The bar's style is one
        // more `<style>` element, allowed by its hash below.
        if let meta = page.range(of: "<meta http-equiv=\"Content-Security-Policy\""), let end = page[meta.upperBound...].range(of: ">") {
            page.removeSubrange(meta.lowerBound..<end.upperBound)
        }
        page = page.replacingOccurrences(of: "</head>", with: "<style>\(Assets.dashboardBar)</style>\n</head>")
        var response = html(.ok, page, csrf: csrf)
        // The report's `<style>` element by its hash, its few `style` attributes (chart sizes) as attributes only;
        // scripts stay 'self' only.
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy.replacingOccurrences(
            of: "style-src 'self'",
            with: "style-src 'self'; style-src-elem 'self'" + Self.styleHashes(page).map { " '\($0)'" }.joined() + "; style-src-attr 'unsafe-inline'")
        return response
    }

    /// The `sha256-…` sources of the page's `<style>` elements.
    static func styleHashes(_ page: String) -> [String] {
        var hashes: [String] = []
        var rest = page[...]
        while let open = rest.range(of: "<style>"), let close = rest[open.upperBound...].range(of: "</style>") {
            let css = rest[open.upperBound..<close.lowerBound]
            hashes.append("sha256-" + Data(SHA256.hash(data: Array(css.utf8))).base64EncodedString())
            rest = rest[close.upperBound...]
        }
        return hashes
    }

    func share(_ request: Request) async throws -> Response {
        var request = request
        let form = URLEncodedForm.parse(try await request.collectBody(upTo: engine.configuration.limits.maximumFileSize))
        let pages = pages(for: request, form: form["lang"])
        let csrf = Self.csrfToken(request)
        guard Self.csrfMatches(request, form["csrf"]) else { return html(.forbidden, pages.message(pages.text(.serverFormExpired)), csrf: csrf) }
        guard let signed = SignedCard(encoded: form["card"] ?? "", signature: form["signature"] ?? "", key: cardKey) else {
            return html(.badRequest, pages.message(pages.text(.serverCardTampered)), csrf: csrf)
        }
        guard let employee = engine.employee(form["identity"] ?? "") else {
            return html(.unprocessableContent, pages.shareAgain(signed, csrf: csrf.token, error: pages.text(.serverUnknownEmployee)), csrf: csrf)
        }
        let store = try CardStore.open(folder: settings.dataDirectory)
        let token = try store.share(card: signed.card, employeeID: employee.id, department: employee.department)
        return html(.ok, pages.shared(token: token), csrf: csrf)
    }

    // MARK: Helpers

    func pages(for request: Request, form: String? = nil) -> Pages {
        let query = form ?? request.uri.queryParameters["lang"].map(String.init)
        let fallback = engine.configuration.language ?? .english
        return Pages(language: Pages.language(query: query, acceptLanguage: request.headers[.acceptLanguage], fallback: fallback))
    }

    /// The CSRF token of this browser (double-submit: the same random value in a cookie and in every form).
    struct CSRF {
        var token: String
        var isNew: Bool
    }

    static func csrfToken(_ request: Request) -> CSRF {
        if let value = request.cookies["pl_csrf"]?.value, value.count == 64, value.allSatisfy(\.isHexDigit) {
            return CSRF(token: value, isNew: false)
        }
        return CSRF(token: Token.make(), isNew: true)
    }

    static func csrfMatches(_ request: Request, _ field: String?) -> Bool {
        guard let cookie = request.cookies["pl_csrf"]?.value, let field, !cookie.isEmpty else { return false }
        return Token.equal(cookie, field)
    }

    func html(_ status: HTTPResponse.Status, _ page: String, csrf: CSRF? = nil) -> Response {
        var response = Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                                body: .init(byteBuffer: ByteBuffer(string: page)))
        if let csrf, csrf.isNew {
            response.setCookie(Cookie(name: "pl_csrf", value: csrf.token, path: "/", secure: settings.behindTLS, httpOnly: true, sameSite: .strict))
        }
        return response
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func download(_ text: String, type: String, name: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\"", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The client's address for rate limits: the peer, or behind the TLS proxy the last address it added to
    /// `X-Forwarded-For` (every request comes from the proxy itself). Never logged.
    func client(_ request: Request, _ context: ServerContext) -> String {
        if settings.behindTLS, let name = HTTPField.Name("X-Forwarded-For"), let forwarded = request.headers[name],
           let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty {
            return last
        }
        return context.remoteAddress?.ipAddress ?? "unknown"
    }

    static func megabytes(_ bytes: Int) -> String {
        bytes % (1024 * 1024) == 0 ? "\(bytes / (1024 * 1024)) MB" : "\(bytes / 1024) KB"
    }
}

/// Security headers on every response.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let policy: String
    static let extra: [(HTTPField.Name?, String)] = [(HTTPField.Name("X-Frame-Options"), "DENY"), (HTTPField.Name("Referrer-Policy"), "no-referrer")]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        // A page with its own stricter-or-equal policy (the dashboard's style hash) keeps it.
        if response.headers[.contentSecurityPolicy] == nil { response.headers[.contentSecurityPolicy] = policy }
        response.headers[.xContentTypeOptions] = "nosniff"
        for case let (name?, value) in Self.extra { response.headers[name] = value }
        return response
    }
}

/// One log line per request: method, path without the query, status and duration; never a header, a body, an address or a file name.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = ServerContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let path = Self.route(request.uri.path)
        do {
            let response = try await next(request, context)
            context.logger.info("request", metadata: ["method": "\(request.method)", "path": "\(path)", "status": "\(response.status.code)",
                                                      "ms": "\(Self.milliseconds(since: start))"])
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            context.logger.info("request", metadata: ["method": "\(request.method)", "path": "\(path)", "status": "\(status)"])
            throw error
        }
    }

    static func milliseconds(since start: ContinuousClock.Instant) -> Int64 {
        let elapsed = (ContinuousClock.now - start).components
        return elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000
    }

    /// Known routes as they are; anything else as `other` so that a typed URL cannot put personal data in the log.
    static func route(_ path: String) -> String {
        ["/", "/check", "/share", "/withdraw", "/healthz", "/hr", "/hr/login", "/hr/logout", "/hr/report.csv", "/hr/report.json", "/static/profilelint.css", "/static/upload.js", "/favicon.ico"].contains(path) ? path : "other"
    }
}
