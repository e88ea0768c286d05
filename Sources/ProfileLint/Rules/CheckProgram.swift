/// Checks compiled into a flat table of plain nodes, evaluated with three-valued logic.
///
/// Each ``CheckKind`` compiles itself into nodes of a few general operations: a comparison of a
/// field's length or count with a bound, a composition (`all`, `any`, `not`, an explained check),
/// or a ``CheckPredicate`` of the kind's own. The program is built once per linter; evaluating it
/// reads trivial nodes through a buffer pointer and the profile's fields in place, so scoring a
/// profile costs no reference counting for the checks and no call through a protocol except a
/// predicate's.
struct CheckProgram: Sendable {
    enum Operation: UInt8, Sendable {
        /// The field's ``Measure`` is at least, or at most, the bound.
        case atLeast, atMost
        /// A ``CheckPredicate`` decides a present field.
        case predicate
        /// Compositions of the `count` nodes from `first`.
        case all, any, not, explained
    }

    /// What a comparison reads of a present field.
    enum Measure: UInt8, Sendable {
        /// A text's length in characters (0 for any other field).
        case length
        /// A list's items, a number, or 1 for a filled text or a set flag (``FieldMeasure/count``).
        case count
    }

    /// One check. Children of `all`, `any`, `not` and `explained` are the `count` nodes from `first`.
    struct Node: Sendable {
        var operation: Operation
        var field: ProfileField = .name
        var measure: Measure = .count
        /// The status of a comparison or predicate when the field is absent: pass or fail.
        var whenAbsent = false
        /// Whether a predicate is unknown, rather than `whenAbsent`, when its field is absent (the text checks).
        var unknownWhenAbsent = false
        /// The bound of a comparison.
        var bound: Int = 0
        var first: Int32 = 0
        var count: Int32 = 0
        /// The index of an explained check's message, or of a predicate.
        var extra: Int32 = -1
        /// The field a passing `all` reports (the first field of its first check).
        var passField: ProfileField?

        /// Passes when the field's `measure` is at least `bound` (`whenAbsent` when the field is absent).
        static func atLeast(_ field: ProfileField, _ measure: Measure, _ bound: Int, whenAbsent: Bool) -> Node {
            Node(operation: .atLeast, field: field, measure: measure, whenAbsent: whenAbsent, bound: bound)
        }

        /// Passes when the field's `measure` is at most `bound` (`whenAbsent` when the field is absent).
        static func atMost(_ field: ProfileField, _ measure: Measure, _ bound: Int, whenAbsent: Bool) -> Node {
            Node(operation: .atMost, field: field, measure: measure, whenAbsent: whenAbsent, bound: bound)
        }
    }

    /// The status of a check, the field a failure or unknown is about, and the explained message.
    struct Result: Sendable {
        var status: RuleStatus
        var field: ProfileField?
        /// An index into ``messages``, or -1.
        var message: Int32
    }

    /// Compiles checks into nodes; each ``CheckKind`` builds its own through it.
    struct Builder {
        fileprivate(set) var nodes: [Node] = []
        fileprivate(set) var messages: [LocalizedText] = []
        fileprivate(set) var predicates: [any CheckPredicate] = []
        /// The texts the text checks read, each folded once per profile (``FoldedTexts``).
        fileprivate(set) var texts: [FoldedTexts.Key] = []
        /// The word lists, compiled once for every check that reads them.
        let lexicon: TextLexicon
        /// The day dated facts are measured against (`recent`).
        let today: ReportDate

        /// A node that passes `field` to `predicate` when it is present (`whenAbsent` when absent,
        /// or unknown with `unknownWhenAbsent`).
        mutating func predicate(_ predicate: some CheckPredicate, field: ProfileField, whenAbsent: Bool, unknownWhenAbsent: Bool = false) -> Node {
            predicates.append(predicate)
            return Node(operation: .predicate, field: field, whenAbsent: whenAbsent, unknownWhenAbsent: unknownWhenAbsent,
                        extra: Int32(predicates.count - 1))
        }

        /// The index in ``FoldedTexts`` of the text `scope` reads, shared by every check that reads it.
        mutating func textSlot(_ scope: TextScope) -> Int {
            let key = FoldedTexts.Key(field: scope.field, prefix: scope.prefix)
            if let slot = texts.firstIndex(of: key) { return slot }
            texts.append(key)
            return texts.count - 1
        }

        /// A node of `operation` (`all`, `any` or `not`) over `checks`, compiled as consecutive nodes.
        mutating func composition(_ operation: Operation, of checks: [Check]) -> Node {
            let first = reserve(checks.count)
            for (offset, child) in checks.enumerated() { compile(child, into: first + offset) }
            return Node(operation: operation, first: Int32(first), count: Int32(checks.count),
                        passField: operation == .all ? checks.first?.fields.first : nil)
        }

        fileprivate mutating func reserve(_ count: Int) -> Int {
            let first = nodes.count
            nodes.append(contentsOf: repeatElement(Node(operation: .all), count: count))
            return first
        }

        /// Compiles `check` into the reserved node at `index`, its explained message wrapping the kind's node.
        fileprivate mutating func compile(_ check: Check, into index: Int) {
            if let message = check.message {
                let child = reserve(1)
                messages.append(message)
                nodes[index] = Node(operation: .explained, first: Int32(child), count: 1, extra: Int32(messages.count - 1))
                let node = check.kind.compile(into: &self)
                nodes[child] = node
            } else {
                let node = check.kind.compile(into: &self)
                nodes[index] = node
            }
        }
    }

    let nodes: [Node]
    /// The root node of each compiled check, in order.
    let roots: [Int32]
    let messages: [LocalizedText]
    let predicates: [any CheckPredicate]
    /// The texts the predicates read through ``FoldedTexts``.
    let texts: [FoldedTexts.Key]

    /// Compiles `checks` (one a rule, in rule order), with `lexicon`'s word lists and `today` for dated facts.
    init(_ checks: [Check], lexicon: TextLexicon = .standard, today: ReportDate = ReportDate.processDay) {
        var builder = Builder(lexicon: lexicon, today: today)
        var roots: [Int32] = []
        for check in checks {
            let root = builder.reserve(1)
            roots.append(Int32(root))
            builder.compile(check, into: root)
        }
        self.roots = roots
        nodes = builder.nodes
        messages = builder.messages
        predicates = builder.predicates
        texts = builder.texts
    }

    /// Evaluates every compiled check on `profile`, calling `each` with the result of each in order.
    /// Sets `found[index]` to what each failing check whose `finding[index]` is true found (for a
    /// message's `{found}`), while the profile's texts are folded; `found` is given an element per
    /// check on the first find.
    func evaluateAll(on profile: ProfileView, organisation: Organisation?, finding: [Bool] = [], found: inout [[String]?],
                     _ each: (Int, Result) -> Void) {
        nodes.withUnsafeBufferPointer { nodes in
            predicates.withUnsafeBufferPointer { predicates in
                texts.withUnsafeBufferPointer { keys in
                    FoldedTexts.withTexts(keys, on: profile) { texts in
                        let evaluator = Evaluator(nodes: nodes, predicates: predicates, profile: profile, organisation: organisation, texts: texts)
                        for (index, root) in roots.enumerated() {
                            let result = evaluator.evaluate(Int(root))
                            if result.status == .fail, index < finding.count, finding[index] {
                                // Made on the first find: most profiles have none to keep.
                                if found.count < roots.count { found = Array(repeating: nil, count: roots.count) }
                                found[index] = self.found(inCheck: index, on: profile, organisation: organisation, texts: texts)
                            }
                            each(index, result)
                        }
                    }
                }
            }
        }
    }

    private struct Evaluator {
        let nodes: UnsafeBufferPointer<Node>
        let predicates: UnsafeBufferPointer<any CheckPredicate>
        let profile: ProfileView
        let organisation: Organisation?
        let texts: FoldedTexts

        func evaluate(_ index: Int) -> Result {
            let node = nodes[index]
            switch node.operation {
            case .atLeast:
                return judge(node) { measure(node) >= node.bound }
            case .atMost:
                return judge(node) { measure(node) <= node.bound }
            case .predicate:
                switch profile.state(of: node.field) {
                case .unknown: return Result(status: .unknown, field: node.field, message: -1)
                case .absent: return Result(status: node.unknownWhenAbsent ? .unknown : node.whenAbsent ? .pass : .fail, field: node.field, message: -1)
                case .present: return Result(status: predicates[Int(node.extra)].judge(on: profile, organisation: organisation, texts: texts), field: node.field, message: -1)
                }
            case .all:
                var unknown: Result?
                for child in Int(node.first)..<Int(node.first + node.count) {
                    let outcome = evaluate(child)
                    if outcome.status == .fail { return outcome }
                    if outcome.status == .unknown, unknown == nil { unknown = outcome }
                }
                return unknown ?? Result(status: .pass, field: node.passField, message: -1)
            case .any:
                var unknown: Result?
                var firstFailure: Result?
                for child in Int(node.first)..<Int(node.first + node.count) {
                    let outcome = evaluate(child)
                    if outcome.status == .pass { return outcome }
                    if outcome.status == .unknown, unknown == nil { unknown = outcome }
                    if outcome.status == .fail, firstFailure == nil { firstFailure = outcome }
                }
                return unknown ?? firstFailure ?? Result(status: .fail, field: nil, message: -1)
            case .explained:
                var outcome = evaluate(Int(node.first))
                if outcome.status == .fail, outcome.message < 0 { outcome.message = node.extra }
                return outcome
            case .not:
                var outcome = evaluate(Int(node.first))
                outcome.message = -1
                switch outcome.status {
                case .pass: outcome.status = .fail
                case .fail: outcome.status = .pass
                case .unknown: break
                }
                return outcome
            }
        }

        @inline(__always)
        private func measure(_ node: Node) -> Int {
            switch node.measure {
            case .length: profile.length(of: node.field)
            case .count: profile.measure(node.field).count
            }
        }

        /// Unknown when the field is, the node's `whenAbsent` when it is absent, else what `passes` says.
        @inline(__always)
        private func judge(_ node: Node, _ passes: () -> Bool) -> Result {
            switch profile.state(of: node.field) {
            case .unknown: Result(status: .unknown, field: node.field, message: -1)
            case .absent: Result(status: node.whenAbsent ? .pass : .fail, field: node.field, message: -1)
            case .present: Result(status: passes() ? .pass : .fail, field: node.field, message: -1)
            }
        }
    }
}

/// The evaluation of a check kind that is not a comparison of a length or count: called once per
/// profile whose field is present, so it should read the profile in place (``ProfileView``'s
/// accessors) and allocate nothing.
protocol CheckPredicate: Sendable {
    /// Whether the check passes on `profile`, whose field is present.
    func passes(on profile: ProfileView, organisation: Organisation?) -> Bool
    /// The status on `profile`, whose field is present: a predicate that can be unknown (a text in
    /// no known language) implements this; others get ``passes(on:organisation:)``'s pass or fail.
    func judge(on profile: ProfileView, organisation: Organisation?) -> RuleStatus
    /// The status as ``judge(on:organisation:)`` says, reading the texts folded for this profile
    /// (a text check); others ignore `texts`.
    func judge(on profile: ProfileView, organisation: Organisation?, texts: FoldedTexts) -> RuleStatus
    /// What the check found that a message names with `{found}` (the buzzwords of a text); empty for most.
    func found(on profile: ProfileView, organisation: Organisation?) -> [String]
    /// What ``found(on:organisation:)`` says, reading the texts folded for this profile (a text check).
    func found(on profile: ProfileView, organisation: Organisation?, texts: FoldedTexts) -> [String]
}

extension CheckPredicate {
    func judge(on profile: ProfileView, organisation: Organisation?) -> RuleStatus {
        passes(on: profile, organisation: organisation) ? .pass : .fail
    }

    func judge(on profile: ProfileView, organisation: Organisation?, texts: FoldedTexts) -> RuleStatus {
        judge(on: profile, organisation: organisation)
    }

    func found(on profile: ProfileView, organisation: Organisation?) -> [String] { [] }

    func found(on profile: ProfileView, organisation: Organisation?, texts: FoldedTexts) -> [String] {
        found(on: profile, organisation: organisation)
    }
}

extension CheckProgram {
    /// What the predicates of compiled check `index` found on `profile` (for `{found}`), each once, in
    /// order; with `texts`, the profile's texts as ``evaluateAll(on:organisation:_:)`` folded them.
    func found(inCheck index: Int, on profile: ProfileView, organisation: Organisation?, texts: FoldedTexts? = nil) -> [String] {
        var result: [String] = []
        func walk(_ node: Int) {
            let current = nodes[node]
            switch current.operation {
            case .predicate:
                guard profile.state(of: current.field) == .present else { return }
                let predicate = predicates[Int(current.extra)]
                let items = texts.map { predicate.found(on: profile, organisation: organisation, texts: $0) } ?? predicate.found(on: profile, organisation: organisation)
                for item in items where !result.contains(item) {
                    result.append(item)
                }
            case .all, .any, .not, .explained:
                for child in Int(current.first)..<Int(current.first + current.count) { walk(child) }
            case .atLeast, .atMost:
                return
            }
        }
        walk(Int(roots[index]))
        return result
    }
}
