/// Evaluates the checks of a set of rules on profiles, with three-valued logic.
///
/// Made once per linter: the checks are compiled into a ``CheckProgram`` when the evaluator is made,
/// and every profile is evaluated on that program.
struct RuleEvaluator: Sendable {
    /// The organisation, when configured; `employer-named` and `groups-joined` use it.
    let organisation: Organisation?
    private let program: CheckProgram

    /// Compiles `checks` (one a rule, in rule order), with the word lists of `lexicon` and `today`
    /// as the day dated facts are measured against.
    init(checks: [Check], organisation: Organisation? = nil, lexicon: TextLexicon = .standard, today: ReportDate = ReportDate.processDay) {
        self.organisation = organisation
        program = CheckProgram(checks, lexicon: lexicon, today: today)
    }

    /// What check `index` found on `profile`, for a message's `{found}`.
    func found(inCheck index: Int, on profile: ProfileView) -> [String] {
        program.found(inCheck: index, on: profile, organisation: organisation)
    }

    /// The status of a check and the field a failure or unknown is about (for its location).
    struct Outcome: Sendable, Equatable {
        var status: RuleStatus
        var field: ProfileField?
        /// The message of the explained check that failed, if any.
        var message: LocalizedText?
    }

    /// Evaluates every check on `profile`, calling `each` with the index and outcome of each in order.
    func evaluateAll(on profile: ProfileView, _ each: (Int, Outcome) -> Void) {
        var found: [[String]?] = []
        evaluateAll(on: profile, finding: [], found: &found, each)
    }

    /// ``evaluateAll(on:_:)``, also setting `found[index]` to what each failing check whose
    /// `finding[index]` is true found (for a message's `{found}`), while the profile's texts are
    /// still folded; `found` is given an element per check on the first find.
    func evaluateAll(on profile: ProfileView, finding: [Bool], found: inout [[String]?], _ each: (Int, Outcome) -> Void) {
        program.evaluateAll(on: profile, organisation: organisation, finding: finding, found: &found) { index, result in
            each(index, Outcome(status: result.status, field: result.field, message: result.message < 0 ? nil : program.messages[Int(result.message)]))
        }
    }

    /// Evaluates every check on `profile`, calling `each` with the status of each in order (the batch
    /// path); `finding` and `found` as for ``evaluateAll(on:finding:found:_:)``.
    func evaluateStatuses(on profile: ProfileView, finding: [Bool] = [], found: inout [[String]?], _ each: (RuleStatus) -> Void) {
        program.evaluateAll(on: profile, organisation: organisation, finding: finding, found: &found) { _, result in each(result.status) }
    }

    /// The outcome of one check on `profile` (compiles the check; for tests and tools, not for scoring).
    static func evaluate(_ check: Check, on profile: ProfileView, organisation: Organisation? = nil) -> Outcome {
        var outcome = Outcome(status: .unknown, field: nil, message: nil)
        RuleEvaluator(checks: [check], organisation: organisation).evaluateAll(on: profile) { _, result in outcome = result }
        return outcome
    }
}
