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
    ///
    /// Compiles the check each time: a linter compiles its rules once (``CheckProgram``) and
    /// evaluates them with ``evaluateAll(_:on:_:)``.
    public func evaluate(_ check: Check, on profile: ProfileView) -> Outcome {
        var outcome = Outcome(status: .unknown, field: nil, message: nil)
        evaluateAll(CheckProgram([check]), on: profile) { _, result in outcome = result }
        return outcome
    }

    /// Evaluates every check of `program` on `profile`, in order.
    func evaluateAll(_ program: CheckProgram, on profile: ProfileView, _ each: (Int, Outcome) -> Void) {
        program.evaluateAll(on: profile, organisation: organisation) { index, result in
            each(index, Outcome(status: result.status, field: result.field, message: result.message < 0 ? nil : program.messages[Int(result.message)]))
        }
    }
}
