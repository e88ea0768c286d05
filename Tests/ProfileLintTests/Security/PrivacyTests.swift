import Foundation
import Testing

/// Contact details never reach a report: the e-mail addresses and phone numbers in the shipped exports
/// and profiles (invented: `@example.invalid`, `+31 6 5555 …`) appear in no output of any format, nor
/// on standard error, nor in the per-employee pages.
@Suite struct PrivacyTests {
    /// The fixture folders that carry contact details.
    static let folders = ["Fixtures/linkedin", "Fixtures/workforce", "Fixtures/profiles", "Fixtures/json-resume", "Fixtures/reactive-resume", "Fixtures/batches"]
    static let dataExtensions: Set<String> = ["csv", "json", "jsonl", "yaml", "yml"]

    /// Every e-mail address and phone number written in the fixtures' data files (not in scripts).
    static let contactDetails: (emails: Set<String>, phones: Set<String>) = {
        var emails = Set<String>()
        var phones = Set<String>()
        let email = /[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+/
        let phone = /\+[0-9][0-9 ()\-]{7,}[0-9]/
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(atPath: Repository.path(folder)) else { continue }
            while let relative = enumerator.nextObject() as? String {
                guard dataExtensions.contains((relative as NSString).pathExtension.lowercased()),
                      let text = try? String(contentsOfFile: Repository.path("\(folder)/\(relative)"), encoding: .utf8) else { continue }
                for match in text.matches(of: email) { emails.insert(String(match.output.0).lowercased()) }
                for match in text.matches(of: phone) { phones.insert(String(match.output)) }
            }
        }
        return (emails, phones)
    }()

    /// The contact details found in `text`, in their written form or (phones) without spacing.
    static func leaks(in text: String) -> [String] {
        let lowered = text.lowercased()
        let compact = text.filter { !" ()-".contains($0) }
        var found = contactDetails.emails.filter { lowered.contains($0) }
        found.formUnion(contactDetails.phones.filter { text.contains($0) || compact.contains($0.filter { !" ()-".contains($0) }) })
        return found.sorted()
    }

    @Test func theFixturesCarryContactDetails() {
        // Otherwise the tests below would pass for want of anything to leak.
        #expect(Self.contactDetails.emails.count >= 40, "\(Self.contactDetails.emails.count) e-mail addresses")
        #expect(Self.contactDetails.phones.count >= 20, "\(Self.contactDetails.phones.count) phone numbers")
        #expect(Self.contactDetails.emails.contains("sanne.devries@example.com"))
        #expect(Self.contactDetails.phones.contains("+31 6 5550 1234"))
    }

    /// Every input that carries contact details, as `check` reads them.
    static var checkInputs: [String] {
        var paths = ["Fixtures/linkedin/sanne-de-vries", "Fixtures/linkedin/sanne-de-vries.zip", "Fixtures/linkedin/2018-style",
                     "Fixtures/linkedin/no-connections", "Fixtures/json-resume/sanne-de-vries.resume.json",
                     "Fixtures/json-resume/incomplete.resume.json", "Fixtures/reactive-resume/sanne-de-vries.json",
                     "Fixtures/reactive-resume/noor-hendriks.nl.json", "Fixtures/batches/mixed.jsonl"]
        for folder in ["Fixtures/workforce/profiles", "Fixtures/workforce/exports", "Fixtures/workforce/resumes", "Fixtures/workforce/batches", "Fixtures/profiles"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: Repository.path(folder))) ?? []
            paths += names.filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
        }
        return paths
    }

    @Test(arguments: ["text", "json", "sarif", "junit", "github"])
    func checkReportsNeverShowContactDetails(_ format: String) throws {
        let output = try SecurityRunner.run(["check", "--format", format] + Self.checkInputs)
        #expect(output.status == 2, "E036 is broken on purpose: \(output.stderr.prefix(500))")
        #expect(output.stdout.count > 10_000, "a report on every input")
        #expect(Self.leaks(in: output.stdout).isEmpty, "\(format) report shows \(Self.leaks(in: output.stdout))")
        #expect(Self.leaks(in: output.stderr).isEmpty, "stderr shows \(Self.leaks(in: output.stderr))")
    }

    @Test(arguments: ["text", "json", "csv", "html"])
    func batchReportsAndEmployeePagesNeverShowContactDetails(_ format: String) throws {
        let pages = try SecurityRunner.temporaryFolder("pages")
        defer { try? FileManager.default.removeItem(at: pages) }
        let output = try SecurityRunner.run(["batch", "--config", "Fixtures/workforce/.profilelint.yml", "--roster", "Fixtures/workforce/roster.csv",
                                             "--format", format, "--per-employee", pages.path,
                                             "Fixtures/workforce/batches", "Fixtures/linkedin", "Fixtures/json-resume", "Fixtures/reactive-resume", "Fixtures/profiles"])
        #expect(output.status == 2, "E036 is broken on purpose: \(output.stderr.prefix(500))")
        #expect(output.stdout.count > 5_000, "a report on every input")
        #expect(Self.leaks(in: output.stdout).isEmpty, "\(format) report shows \(Self.leaks(in: output.stdout))")
        #expect(Self.leaks(in: output.stderr).isEmpty, "stderr shows \(Self.leaks(in: output.stderr))")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: pages.path)) ?? []
        #expect(names.count >= 40, "one page per employee: \(names.count)")
        for name in names {
            let page = try String(contentsOfFile: pages.appendingPathComponent(name).path, encoding: .utf8)
            #expect(Self.leaks(in: page).isEmpty, "\(name) shows \(Self.leaks(in: page))")
        }
    }
}
