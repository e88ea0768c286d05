/// The outcome of a rule or check on one profile.
public enum RuleStatus: String, Sendable, Codable, CaseIterable {
    case pass
    case fail
    case unknown
}

/// Evaluates checks on profiles with three-valued logic.
public struct RuleEvaluator: Sendable {
    /// The organisation, when configured; `employer-named` and `groups-joined` use it.
    public var organisation: Organisation?

    /// Creates an evaluator.
    public init(organisation: Organisation? = nil) {
        self.organisation = organisation
    }

    /// The status of `check` and the field a failure or unknown is about (for its location).
    public struct Outcome: Sendable, Equatable {
        public var status: RuleStatus
        public var field: ProfileField?
        /// The message of the explained check that failed, if any.
        public var message: LocalizedText?
    }

    /// Evaluates `check` on a prepared profile.
    public func evaluate(_ check: Check, on profile: ProfileView) -> Outcome {
        switch check {
        case .present(let field):
            return judge(profile, field) { $0.isFilled }
        case .minLength(let field, let minimum):
            return judge(profile, field, whenAbsent: minimum <= 0) { length($0) >= minimum }
        case .maxLength(let field, let maximum):
            return judge(profile, field, whenAbsent: true) { length($0) <= maximum }
        case .minCount(let field, let minimum):
            return judge(profile, field, whenAbsent: minimum <= 0) { count($0) >= minimum }
        case .maxCount(let field, let maximum):
            return judge(profile, field, whenAbsent: true) { count($0) <= maximum }
        case .minValue(let field, let minimum):
            return judge(profile, field, whenAbsent: minimum <= 0) { number($0) >= minimum }
        case .maxValue(let field, let maximum):
            return judge(profile, field, whenAbsent: true) { number($0) <= maximum }
        case .pattern(let field, let pattern):
            return judge(profile, field, whenAbsent: false) { pattern.matches(text($0)) }
        case .notPattern(let field, let pattern):
            return judge(profile, field, whenAbsent: true) { !pattern.matches(text($0)) }
        case .differsFrom(let field, let other):
            let otherText = profile.value(of: other).value.map(text)
            return judge(profile, field, whenAbsent: false) { value in
                guard let otherText, !otherText.hasNoLooseWords else { return true }
                return !text(value).looselyEquals(otherText)
            }
        case .all(let checks):
            var unknown: Outcome?
            for check in checks {
                let outcome = evaluate(check, on: profile)
                if outcome.status == .fail { return outcome }
                if outcome.status == .unknown, unknown == nil { unknown = outcome }
            }
            return unknown ?? Outcome(status: .pass, field: checks.first?.fields.first, message: nil)
        case .any(let checks):
            var unknown: Outcome?
            var firstFailure: Outcome?
            for check in checks {
                let outcome = evaluate(check, on: profile)
                if outcome.status == .pass { return outcome }
                if outcome.status == .unknown, unknown == nil { unknown = outcome }
                if outcome.status == .fail, firstFailure == nil { firstFailure = outcome }
            }
            return unknown ?? firstFailure ?? Outcome(status: .fail, field: nil, message: nil)
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
            return judge(profile, field, whenAbsent: false) { value in
                let company = text(value)
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
                       _ predicate: (FieldValue) -> Bool) -> Outcome {
        switch profile.value(of: field) {
        case .unknown: Outcome(status: .unknown, field: field, message: nil)
        case .absent: Outcome(status: whenAbsent ? .pass : .fail, field: field, message: nil)
        case .present(let value): Outcome(status: predicate(value) ? .pass : .fail, field: field, message: nil)
        }
    }
}

private func length(_ value: FieldValue) -> Int {
    if case .text(let text) = value { return text.characterCount }
    return 0
}

private func count(_ value: FieldValue) -> Int {
    switch value {
    case .list(let count): count
    case .number(let number): number
    case .flag(let flag): flag ? 1 : 0
    case .text(let text): text.isEmpty ? 0 : 1
    }
}

private func number(_ value: FieldValue) -> Int {
    if case .number(let number) = value { return number }
    return count(value)
}

private func text(_ value: FieldValue) -> String {
    switch value {
    case .text(let text): text
    case .list(let count): String(count)
    case .number(let number): String(number)
    case .flag(let flag): flag ? "true" : "false"
    }
}
