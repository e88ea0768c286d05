import Testing
@testable import ProfileLint

/// The compiled check program (what every linter evaluates) against a reference evaluator written
/// the plain way, recursively over ``ProfileView/value(of:)``, on every profile of every fixture:
/// the same status, the same field, the same explained message, for the default rules and for
/// checks that use the rest of the vocabulary.
@Suite struct CheckProgramTests {
    static let organisation = Organisation(
        name: "Acme Logistics", aliases: ["Acme"],
        departments: [Department(name: "Engineering", groups: ["Data Engineering NL"]), Department(name: "Sales", groups: [])]
    )

    /// Checks beyond the default rules, so that every kind of check and both combinators are compared.
    static func extraChecks() throws -> [Check] {
        let message = LocalizedText(english: "explained", dutch: "uitgelegd")
        return [
            .any([.present(.industry), .minCount(.skills, 3), .maxLength(.headline, 10)]),
            .not(.minLength(.about, 100)),
            .not(.explained(.present(.photo), message)),
            .explained(.all([.present(.location), .explained(.minCount(.positions, 3), message)]), message),
            .all([]),
            .any([]),
            .differsFrom(.headline, other: .currentPositionTitle),
            .differsFrom(.name, other: .skills),
            .pattern(.headline, try #require(CompiledPattern("(?i)engineer|manager"))),
            .notPattern(.currentPositionCompany, try #require(CompiledPattern("^Acme"))),
            .pattern(.connections, try #require(CompiledPattern("^[0-9]+$"))),
            .minValue(.connections, 100), .maxValue(.recommendations, 0), .minValue(.photo, 1), .maxCount(.skills, 4),
            .minCount(.groups, 1), .minCount(.pastPositions, 1), .maxCount(.languages, 0), .minCount(.headline, 1),
            .minLength(.currentPositionDescription, 0), .maxLength(.skills, 0), .minLength(.name, 5),
            .present(.currentPosition), .present(.connections), .present(.certifications), .present(.profileURL),
            .present(.currentPositionLocation), .employerNamed(.currentPositionCompany), .employerNamed(.headline),
            .groupsJoined(minimum: 0), .groupsJoined(minimum: 2),
        ]
    }

    @Test(arguments: ImportDetailTests.inputs)
    func compiledChecksAgreeWithTheReference(file: String) throws {
        let checks = try RuleLoader().loadDefaultRules().map(\.check) + Self.extraChecks()
        let program = CheckProgram(checks)
        var compared = 0
        for outcome in InputReader(detail: .full).read(path: Repository.path(file), display: file) {
            guard case .success(let input) = outcome else { continue }
            for department in [nil, "Engineering", "Sales"] as [String?] {
                var profile = input.profile
                if let department { profile.department = department }
                let view = ProfileView(profile)
                for organisation in [nil, Self.organisation] {
                    let evaluator = RuleEvaluator(organisation: organisation)
                    var outcomes: [RuleEvaluator.Outcome] = []
                    evaluator.evaluateAll(program, on: view) { _, outcome in outcomes.append(outcome) }
                    #expect(outcomes.count == checks.count)
                    for (check, compiled) in zip(checks, outcomes) {
                        let expected = Reference(organisation: organisation).evaluate(check, on: view)
                        #expect(compiled == expected, "\(input.source), \(check.summary): \(compiled) but the reference says \(expected)")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 0 || file.contains("hostile") || file.contains("E036"), "\(file): nothing was compared")
    }

    @Test(arguments: ImportDetailTests.inputs)
    func fieldsReadInPlaceAgreeWithTheirValues(file: String) {
        for outcome in InputReader(detail: .rulesOnly).read(path: Repository.path(file), display: file) {
            guard case .success(let input) = outcome else { continue }
            let view = ProfileView(input.profile)
            for field in ProfileField.allCases {
                let value = view.value(of: field)
                #expect(view.state(of: field) == value.state, "\(input.source): \(field.rawValue)")
                guard case .present(let present) = value else { continue }
                let measure = view.measure(field)
                #expect(measure.filled == present.isFilled, "\(input.source): \(field.rawValue)")
                #expect(measure.count == Reference.count(present) && measure.number == Reference.number(present), "\(input.source): \(field.rawValue)")
                #expect(view.length(of: field) == Reference.length(present), "\(input.source): \(field.rawValue)")
                #expect(view.text(of: field) == Reference.text(present), "\(input.source): \(field.rawValue)")
            }
        }
    }

    @Test func anExplainedFailureCarriesItsMessageAndNotUndoesIt() throws {
        let message = LocalizedText(english: "no photo", dutch: "geen foto")
        var profile = Profile()
        profile.photo = .absent
        let view = ProfileView(profile)
        let evaluator = RuleEvaluator()
        #expect(evaluator.evaluate(.explained(.present(.photo), message), on: view) == .init(status: .fail, field: .photo, message: message))
        #expect(evaluator.evaluate(.not(.explained(.present(.photo), message)), on: view) == .init(status: .pass, field: .photo, message: nil))
        #expect(evaluator.evaluate(.present(.connections), on: view).status == .unknown)
    }
}

/// The evaluator as it was written before checks were compiled: recursive pattern matching over
/// ``ProfileView/value(of:)``. Kept here as the reference the compiled program must agree with.
private struct Reference {
    var organisation: Organisation?

    func evaluate(_ check: Check, on profile: ProfileView) -> RuleEvaluator.Outcome {
        switch check {
        case .present(let field):
            return judge(profile, field) { $0.isFilled }
        case .minLength(let field, let minimum):
            return judge(profile, field, whenAbsent: minimum <= 0) { Self.length($0) >= minimum }
        case .maxLength(let field, let maximum):
            return judge(profile, field, whenAbsent: true) { Self.length($0) <= maximum }
        case .minCount(let field, let minimum):
            return judge(profile, field, whenAbsent: minimum <= 0) { Self.count($0) >= minimum }
        case .maxCount(let field, let maximum):
            return judge(profile, field, whenAbsent: true) { Self.count($0) <= maximum }
        case .minValue(let field, let minimum):
            return judge(profile, field, whenAbsent: minimum <= 0) { Self.number($0) >= minimum }
        case .maxValue(let field, let maximum):
            return judge(profile, field, whenAbsent: true) { Self.number($0) <= maximum }
        case .pattern(let field, let pattern):
            return judge(profile, field) { pattern.matches(Self.text($0)) }
        case .notPattern(let field, let pattern):
            return judge(profile, field, whenAbsent: true) { !pattern.matches(Self.text($0)) }
        case .differsFrom(let field, let other):
            let otherText = profile.value(of: other).value.map(Self.text)
            return judge(profile, field) { value in
                guard let otherText, !otherText.hasNoLooseWords else { return true }
                return !Self.text(value).looselyEquals(otherText)
            }
        case .all(let checks):
            var unknown: RuleEvaluator.Outcome?
            for check in checks {
                let outcome = evaluate(check, on: profile)
                if outcome.status == .fail { return outcome }
                if outcome.status == .unknown, unknown == nil { unknown = outcome }
            }
            return unknown ?? .init(status: .pass, field: checks.first?.fields.first, message: nil)
        case .any(let checks):
            var unknown: RuleEvaluator.Outcome?
            var firstFailure: RuleEvaluator.Outcome?
            for check in checks {
                let outcome = evaluate(check, on: profile)
                if outcome.status == .pass { return outcome }
                if outcome.status == .unknown, unknown == nil { unknown = outcome }
                if outcome.status == .fail, firstFailure == nil { firstFailure = outcome }
            }
            return unknown ?? firstFailure ?? .init(status: .fail, field: nil, message: nil)
        case .explained(let check, let message):
            var outcome = evaluate(check, on: profile)
            if outcome.status == .fail, outcome.message == nil { outcome.message = message }
            return outcome
        case .not(let check):
            var outcome = evaluate(check, on: profile)
            outcome.message = nil
            switch outcome.status {
            case .pass: outcome.status = .fail
            case .fail: outcome.status = .pass
            case .unknown: break
            }
            return outcome
        case .employerNamed(let field):
            return judge(profile, field) { value in
                let company = Self.text(value)
                guard let organisation else { return !company.isEmpty }
                return organisation.isNamed(by: company)
            }
        case .groupsJoined(let minimum):
            return judge(profile, .groups, whenAbsent: minimum <= 0) { _ in
                let groups = profile.profile.groups.value ?? []
                if let organisation, let name = profile.profile.department, let department = organisation.department(named: name),
                   !department.groups.isEmpty {
                    let recommended = Set(department.groups.map(EmployerName.normaliseGroup))
                    return groups.contains { recommended.contains(EmployerName.normaliseGroup($0)) }
                }
                return groups.count >= max(1, minimum)
            }
        }
    }

    private func judge(_ profile: ProfileView, _ field: ProfileField, whenAbsent: Bool = false,
                       _ predicate: (FieldValue) -> Bool) -> RuleEvaluator.Outcome {
        switch profile.value(of: field) {
        case .unknown: .init(status: .unknown, field: field, message: nil)
        case .absent: .init(status: whenAbsent ? .pass : .fail, field: field, message: nil)
        case .present(let value): .init(status: predicate(value) ? .pass : .fail, field: field, message: nil)
        }
    }

    static func length(_ value: FieldValue) -> Int {
        if case .text(let text) = value { return text.characterCount }
        return 0
    }

    static func count(_ value: FieldValue) -> Int {
        switch value {
        case .list(let count): count
        case .number(let number): number
        case .flag(let flag): flag ? 1 : 0
        case .text(let text): text.isEmpty ? 0 : 1
        }
    }

    static func number(_ value: FieldValue) -> Int {
        if case .number(let number) = value { return number }
        return count(value)
    }

    static func text(_ value: FieldValue) -> String {
        switch value {
        case .text(let text): text
        case .list(let count): String(count)
        case .number(let number): String(number)
        case .flag(let flag): flag ? "true" : "false"
        }
    }
}
