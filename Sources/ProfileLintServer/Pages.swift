import Foundation
import ProfileLint

/// The server's HTML pages: plain forms that work without JavaScript, every word from the message catalog.
struct Pages: Sendable {
    let language: ReportLanguage
    var catalog: MessageCatalog { language.catalog }

    func text(_ id: MessageID, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        catalog.text(id, arguments)
    }

    /// A whole page: the stylesheet and the optional script are files of this server (the CSP allows nothing else).
    func layout(title: String, path: String, _ body: String) -> String {
        let switcher = ReportLanguage.allCases.map { other in
            other == language
                ? "<strong lang=\"\(other.rawValue)\">\(Self.escape(other.catalog.name))</strong>"
                : "<a lang=\"\(other.rawValue)\" hreflang=\"\(other.rawValue)\" href=\"\(path)?lang=\(other.rawValue)\">\(Self.escape(other.catalog.name))</a>"
        }.joined(separator: " · ")
        return """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Self.escape(title))</title>
        <link rel="stylesheet" href="/static/profilelint.css">
        <script src="/static/upload.js" defer></script>
        </head>
        <body>
        <header><nav aria-label="\(Self.escape(text(.serverLanguage)))">\(switcher)</nav></header>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// The upload form, with an error line above it when the last upload failed.
    func upload(csrf: String, error: String? = nil) -> String {
        var body = "<h1>\(Self.escape(text(.serverTitle)))</h1>\n<p>\(Self.escape(text(.serverIntro)))</p>\n"
        if let error {
            body += "<p class=\"error\" role=\"alert\">\(Self.escape(error))</p>\n"
        }
        body += """
        <form method="post" action="/check" enctype="multipart/form-data" class="upload">
        <input type="hidden" name="csrf" value="\(Self.escape(csrf))">
        <input type="hidden" name="lang" value="\(language.rawValue)">
        <label for="profile" class="drop">\(Self.escape(text(.serverChooseFile)))<span class="hint">\(Self.escape(text(.serverDropHint)))</span></label>
        <input type="file" id="profile" name="profile" required accept=".pdf,.zip,.json,.yaml,.yml,.jsonl,application/pdf,application/zip,application/json">
        <button type="submit">\(Self.escape(text(.serverCheckButton)))</button>
        </form>
        <p class="privacy">\(Self.escape(text(.serverPrivacy)))</p>

        """
        return layout(title: text(.serverTitle), path: "/", body)
    }

    /// The result of one upload: score and level, what to fix, suggestions best gain first, and what the file cannot tell.
    func result(_ report: ProfileReport, csrf: String, share: SignedCard? = nil) -> String {
        let strings = ReportStrings(language)
        let passed = report.results.filter { $0.status == .pass }.count
        let failed = report.results.filter { $0.status == .fail }.count
        let unknown = report.results.filter { $0.status == .unknown }.count
        let assessment = report.assessment
        let coverage: KeyValuePairs<String, String> = [
            "checked": String(assessment.checkedRules), "total": String(assessment.totalRules),
            "percent": catalog.percent(assessment.share), "minimum": catalog.percent(assessment.minimumShare),
        ]
        var body = "<h1>\(Self.escape(report.name ?? report.source))</h1>\n<section class=\"score\">\n"
        switch assessment.standing {
        case .assessable:
            body += "<p class=\"big\">\(Self.escape(strings.score)) <strong>\(report.score)/100</strong> · \(Self.escape(strings.level(report.level)))</p>\n"
            body += "<p>\(Self.escape(strings.tally(passed: passed, failed: failed, unknown: unknown)))"
                + (unknown > 0 ? " · " + Self.escape(text(.coverageChecked, coverage)) : "") + "</p>\n"
        case .partly:
            body += "<p class=\"big\">\(Self.escape(strings.score)) <strong>\(report.score)/100</strong></p>\n"
            body += "<p>\(Self.escape(text(.noLevelPartly, coverage))) · \(Self.escape(strings.tally(passed: passed, failed: failed, unknown: unknown)))</p>\n"
        case .none:
            body += "<p class=\"big\">\(Self.escape(text(.nothingChecked, ["unknown": String(unknown)])))</p>\n"
        }
        body += "</section>\n"
        if report.suggestions.isEmpty {
            switch assessment.standing {
            case .none: break
            case .partly: body += "<p>\(Self.escape(text(.nothingToImproveInChecked)))</p>\n"
            case .assessable: body += "<p>\(Self.escape(unknown > 0 ? text(.nothingToImproveInChecked) : strings.noSuggestions))</p>\n"
            }
        } else {
            body += "<section><h2>\(Self.escape(strings.suggestionsHeading))</h2>\n<ol class=\"suggestions\">\n"
            for suggestion in report.suggestions {
                body += "<li><span class=\"gain\">\(Self.escape(strings.points(suggestion.gain)))</span> \(Self.escape(suggestion.text))</li>\n"
            }
            body += "</ol></section>\n"
        }
        let failures = report.results.filter { $0.status == .fail && $0.message != nil }
        if !failures.isEmpty {
            body += "<section><h2>\(Self.escape(text(.serverFindings)))</h2>\n<ul>\n"
            for result in failures { body += "<li>\(Self.escape(result.message ?? ""))</li>\n" }
            body += "</ul></section>\n"
        }
        let unknowns = report.results.filter { $0.status == .unknown }
        if !unknowns.isEmpty {
            body += "<section><h2>\(Self.escape(text(.serverUnknownHeading)))</h2>\n<ul class=\"unknown\">\n"
            for result in unknowns { body += "<li>\(Self.escape(result.message ?? result.rule))</li>\n" }
            body += "</ul></section>\n"
        }
        if let share { body += shareForm(share, csrf: csrf) }
        body += "<p class=\"privacy\">\(Self.escape(text(.serverPrivacy)))</p>\n"
        body += "<p><a class=\"button\" href=\"/?lang=\(language.rawValue)\">\(Self.escape(text(.serverAnotherFile)))</a></p>\n"
        return layout(title: text(.serverTitle), path: "/", body)
    }

    /// "Share my profile card with HR": the signed card, what it holds, and who the employee is on the roster.
    func shareForm(_ card: SignedCard, csrf: String, error: String? = nil) -> String {
        var form = "<section class=\"share-box\"><h2>\(Self.escape(text(.serverShareHeading)))</h2>\n"
        form += "<p>\(Self.escape(text(.serverShareExplain)))</p>\n"
        if let error { form += "<p class=\"error\" role=\"alert\">\(Self.escape(error))</p>\n" }
        form += """
        <form method="post" action="/share" class="share">
        <input type="hidden" name="csrf" value="\(Self.escape(csrf))">
        <input type="hidden" name="lang" value="\(language.rawValue)">
        <input type="hidden" name="card" value="\(Self.escape(card.encoded))">
        <input type="hidden" name="signature" value="\(Self.escape(card.signature))">
        <label for="identity">\(Self.escape(text(.serverShareIdentity)))</label>
        <input type="text" id="identity" name="identity" required autocomplete="email">
        <button type="submit">\(Self.escape(text(.serverShareHeading)))</button>
        </form></section>

        """
        return form
    }

    /// The share form again, after an identity the roster does not know.
    func shareAgain(_ card: SignedCard, csrf: String, error: String) -> String {
        layout(title: text(.serverTitle), path: "/", "<h1>\(Self.escape(text(.serverTitle)))</h1>\n" + shareForm(card, csrf: csrf, error: error))
    }

    /// After sharing: the withdrawal link, to keep.
    func shared(token: String) -> String {
        let link = "/withdraw?token=\(token)&lang=\(language.rawValue)"
        return layout(title: text(.serverTitle), path: "/", """
        <h1>\(Self.escape(text(.serverShareHeading)))</h1>
        <p class="shared">\(Self.escape(text(.serverShared)))</p>
        <p><a class="withdraw-link" href="\(Self.escape(link))">\(Self.escape(text(.serverWithdrawButton)))</a></p>

        """)
    }

    /// The confirmation before a card is withdrawn (a link alone never deletes: a form post does).
    func withdraw(csrf: String, token: String) -> String {
        layout(title: text(.serverTitle), path: "/", """
        <h1>\(Self.escape(text(.serverWithdrawButton)))</h1>
        <p>\(Self.escape(text(.serverWithdrawConfirm)))</p>
        <form method="post" action="/withdraw" class="withdraw">
        <input type="hidden" name="csrf" value="\(Self.escape(csrf))">
        <input type="hidden" name="lang" value="\(language.rawValue)">
        <input type="hidden" name="token" value="\(Self.escape(token))">
        <button type="submit">\(Self.escape(text(.serverWithdrawButton)))</button>
        </form>

        """)
    }

    /// The HR password form.
    func login(csrf: String, error: String? = nil) -> String {
        var body = "<h1>\(Self.escape(text(.serverHRTitle)))</h1>\n"
        if let error { body += "<p class=\"error\" role=\"alert\">\(Self.escape(error))</p>\n" }
        body += """
        <form method="post" action="/hr/login" class="login">
        <input type="hidden" name="csrf" value="\(Self.escape(csrf))">
        <input type="hidden" name="lang" value="\(language.rawValue)">
        <label for="password">\(Self.escape(text(.serverHRPassword)))</label>
        <input type="password" id="password" name="password" required autocomplete="current-password">
        <button type="submit">\(Self.escape(text(.serverHRLogin)))</button>
        </form>

        """
        return layout(title: text(.serverHRTitle), path: "/hr", body)
    }

    /// A page with one message (not found, too many requests).
    func message(_ line: String, error: Bool = true) -> String {
        layout(title: text(.serverTitle), path: "/",
               "<h1>\(Self.escape(text(.serverTitle)))</h1>\n<p class=\"\(error ? "error" : "done")\" role=\"\(error ? "alert" : "status")\">\(Self.escape(line))</p>\n"
                   + "<p><a class=\"button\" href=\"/?lang=\(language.rawValue)\">\(Self.escape(text(.serverAnotherFile)))</a></p>\n")
    }

    /// `text` escaped for HTML text and attribute values.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// `escape` undone, for tests reading a page's form fields.
    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The language of a request: `?lang=` first, then the best of `Accept-Language` that has a catalog, else the default.
    static func language(query: String?, acceptLanguage: String?, fallback: ReportLanguage) -> ReportLanguage {
        if let query, let language = ReportLanguage(rawValue: query.lowercased()) { return language }
        guard let acceptLanguage else { return fallback }
        let ranked = acceptLanguage.split(separator: ",").enumerated().compactMap { index, item -> (String, Double, Int)? in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first, !tag.isEmpty else { return nil }
            var quality = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") { quality = Double(parameter.dropFirst(2)) ?? 0 }
            let code = tag.lowercased().prefix { $0.isLetter }
            return (String(code), quality, index)
        }
        let sorted = ranked.filter { $0.1 > 0 }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2 < $1.2 }
        for (code, _, _) in sorted {
            if let language = ReportLanguage(rawValue: code) { return language }
        }
        return fallback
    }
}
