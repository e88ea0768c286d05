import Testing
@testable import ProfileLint

/// The compiled check program (what every linter evaluates) against a reference that composes
/// checks the plain way, recursively, on every profile of every fixture: the same status, the same
/// field, the same explained message, for the default rules and for random compositions of every
/// leaf check in the check kinds' examples. Leaves are evaluated alone (their outcomes are what the
/// kinds' examples test), so a new leaf kind is compared here without a test edit.
@Suite struct CheckProgramTests {
    static let organisation = Organisation(
        name: "Acme Logistics", aliases: ["Acme"],
        departments: [Department(name: "Engineering", groups: ["Data Engineering NL"]), Department(name: "Sales", groups: [])]
    )

    /// Every leaf check of the kinds' examples, each also with a message of its own.
    static func leaves() throws -> [Check] {
        let message = LocalizedText(english: "explained", dutch: "uitgelegd")
        var leaves: [Check] = []
        for kind in CheckKinds.all {
            for example in kind.examples.examples {
                let check = try CheckKindExamplesTests.check(example.check)
                guard check.kind.children.isEmpty else { continue }
                leaves.append(check)
                leaves.append(check.explained(message))
            }
        }
        return leaves
    }

    /// Random `all`, `any` and `not` compositions of `leaves`, some explained, up to three deep,
    /// with the empty `all` and `any` that rule files cannot write.
    static func compositions(of leaves: [Check], count: Int) -> [Check] {
        var random = SeededGenerator(seed: 12)
        let message = LocalizedText(english: "composed", dutch: "samengesteld")
        func composition(depth: Int) -> Check {
            let choice = depth == 0 ? 0 : Int.random(in: 0..<4, using: &random)
            var check: Check
            switch choice {
            case 1: check = Check(AllCheck(checks: (0..<Int.random(in: 1...3, using: &random)).map { _ in composition(depth: depth - 1) }))
            case 2: check = Check(AnyCheck(checks: (0..<Int.random(in: 1...3, using: &random)).map { _ in composition(depth: depth - 1) }))
            case 3: check = Check(NotCheck(check: composition(depth: depth - 1)))
            default: return leaves[Int.random(in: 0..<leaves.count, using: &random)]
            }
            if Bool.random(using: &random) { check = check.explained(message) }
            return check
        }
        return [Check(AllCheck(checks: [])), Check(AnyCheck(checks: []))] + (0..<count).map { _ in composition(depth: 3) }
    }

    static let checks: [Check] = {
        guard let leaves = try? leaves(), let rules = try? RuleLoader().loadDefaultRules() else { return [] }
        return rules.map(\.check) + leaves + compositions(of: leaves, count: 200)
    }()

    @Test(arguments: ImportDetailTests.inputs)
    func compiledChecksAgreeWithTheReference(file: String) throws {
        let checks = Self.checks
        #expect(checks.count > 200)
        var compared = 0
        for outcome in InputReader(detail: .full).read(path: Repository.path(file), display: file) {
            guard case .success(let input) = outcome else { continue }
            for department in [nil, "Engineering", "Sales"] as [String?] {
                var profile = input.profile
                if let department { profile.department = department }
                let view = ProfileView(profile)
                for organisation in [nil, Self.organisation] {
                    let evaluator = RuleEvaluator(checks: checks, organisation: organisation)
                    var outcomes: [RuleEvaluator.Outcome] = []
                    evaluator.evaluateAll(on: view) { _, outcome in outcomes.append(outcome) }
                    #expect(outcomes.count == checks.count)
                    let reference = Reference(organisation: organisation)
                    for (check, compiled) in zip(checks, outcomes) {
                        let expected = reference.evaluate(check, on: view)
                        #expect(compiled == expected, "\(input.source), \(check.summary): \(compiled) but the reference says \(expected)")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 0 || file.contains("hostile") || file.contains("E036") || file.contains("/refused/"), "\(file): nothing was compared")
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
        let photo = Check(PresentCheck(field: .photo))
        #expect(RuleEvaluator.evaluate(photo.explained(message), on: view) == .init(status: .fail, field: .photo, message: message))
        #expect(RuleEvaluator.evaluate(Check(NotCheck(check: photo.explained(message))), on: view) == .init(status: .pass, field: .photo, message: nil))
        #expect(RuleEvaluator.evaluate(Check(PresentCheck(field: .connections)), on: view).status == .unknown)
    }
}

/// Three-valued composition written the plain way: recursion over the checks, the first failure
/// of `all`, the first pass of `any`, `not` swapping pass and fail, an explained check's message on
/// a failure that has none. A leaf is evaluated alone.
private struct Reference {
    var organisation: Organisation?

    func evaluate(_ check: Check, on profile: ProfileView) -> RuleEvaluator.Outcome {
        var outcome: RuleEvaluator.Outcome
        switch check.kind {
        case let all as AllCheck:
            var unknown: RuleEvaluator.Outcome?
            var failure: RuleEvaluator.Outcome?
            for child in all.checks where failure == nil {
                let childOutcome = evaluate(child, on: profile)
                if childOutcome.status == .fail { failure = childOutcome }
                if childOutcome.status == .unknown, unknown == nil { unknown = childOutcome }
            }
            outcome = failure ?? unknown ?? .init(status: .pass, field: all.checks.first?.fields.first, message: nil)
        case let any as AnyCheck:
            let outcomes = any.checks.map { evaluate($0, on: profile) }
            outcome = outcomes.first { $0.status == .pass } ?? outcomes.first { $0.status == .unknown }
                ?? outcomes.first { $0.status == .fail } ?? .init(status: .fail, field: nil, message: nil)
        case let not as NotCheck:
            outcome = evaluate(not.check, on: profile)
            outcome.message = nil
            switch outcome.status {
            case .pass: outcome.status = .fail
            case .fail: outcome.status = .pass
            case .unknown: break
            }
        default:
            outcome = RuleEvaluator.evaluate(Check(check.kind), on: profile, organisation: organisation)
        }
        if let message = check.message, outcome.status == .fail, outcome.message == nil { outcome.message = message }
        return outcome
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
        case .date: 1
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
        case .date(let date): date.description
        }
    }
}
