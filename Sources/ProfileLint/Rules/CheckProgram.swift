/// Checks compiled into a flat table of plain nodes, evaluated with three-valued logic.
///
/// A ``Check`` is an indirect enum: evaluating it by pattern matching retains each box, each list of
/// children and each explained check's message texts, once per check per profile. The program is
/// built once per linter; evaluating it reads trivial nodes through a buffer pointer and the
/// profile's fields in place, so scoring a profile costs no reference counting for the checks.
struct CheckProgram: Sendable {
    enum Operation: UInt8, Sendable {
        case present, minLength, maxLength, minCount, maxCount, minValue, maxValue
        case pattern, notPattern, differsFrom, all, any, not, employerNamed, groupsJoined, explained
    }

    /// One check. Children of `all`, `any`, `not` and `explained` are the `count` nodes from `first`.
    struct Node: Sendable {
        var operation: Operation
        var field: ProfileField
        /// `differs-from`'s other field.
        var other: ProfileField = .name
        /// The bound of a min/max check, the minimum of `groups-joined`.
        var bound: Int = 0
        var first: Int32 = 0
        var count: Int32 = 0
        /// The index of an explained check's message, or of a pattern.
        var extra: Int32 = -1
        /// The field a passing `all` reports (the first field of its first check).
        var passField: ProfileField?
    }

    /// The status of a check, the field a failure or unknown is about, and the explained message.
    struct Result: Sendable {
        var status: RuleStatus
        var field: ProfileField?
        /// An index into ``messages``, or -1.
        var message: Int32
    }

    private(set) var nodes: [Node] = []
    /// The root node of each compiled check, in order.
    private(set) var roots: [Int32] = []
    private(set) var messages: [LocalizedText] = []
    private(set) var patterns: [CompiledPattern] = []

    /// Compiles `checks` (one a rule, in rule order).
    init(_ checks: [Check]) {
        for check in checks {
            roots.append(Int32(nodes.count))
            nodes.append(Node(operation: .present, field: .name))
            compile(check, into: nodes.count - 1)
        }
    }

    private mutating func compile(_ check: Check, into index: Int) {
        func leaf(_ operation: Operation, _ field: ProfileField, _ bound: Int = 0) -> Node {
            Node(operation: operation, field: field, bound: bound)
        }
        func children(_ checks: [Check]) -> (first: Int32, count: Int32) {
            let first = nodes.count
            for _ in checks { nodes.append(Node(operation: .present, field: .name)) }
            for (offset, child) in checks.enumerated() { compile(child, into: first + offset) }
            return (Int32(first), Int32(checks.count))
        }
        var node: Node
        switch check {
        case .present(let field): node = leaf(.present, field)
        case .minLength(let field, let bound): node = leaf(.minLength, field, bound)
        case .maxLength(let field, let bound): node = leaf(.maxLength, field, bound)
        case .minCount(let field, let bound): node = leaf(.minCount, field, bound)
        case .maxCount(let field, let bound): node = leaf(.maxCount, field, bound)
        case .minValue(let field, let bound): node = leaf(.minValue, field, bound)
        case .maxValue(let field, let bound): node = leaf(.maxValue, field, bound)
        case .pattern(let field, let pattern), .notPattern(let field, let pattern):
            if case .pattern = check { node = leaf(.pattern, field) } else { node = leaf(.notPattern, field) }
            node.extra = Int32(patterns.count)
            patterns.append(pattern)
        case .differsFrom(let field, let other):
            node = leaf(.differsFrom, field)
            node.other = other
        case .all(let checks), .any(let checks):
            if case .all = check { node = leaf(.all, .name) } else { node = leaf(.any, .name) }
            node.passField = checks.first?.fields.first
            (node.first, node.count) = children(checks)
        case .not(let inner):
            node = leaf(.not, .name)
            (node.first, node.count) = children([inner])
        case .explained(let inner, let message):
            node = leaf(.explained, .name)
            node.extra = Int32(messages.count)
            messages.append(message)
            (node.first, node.count) = children([inner])
        case .employerNamed(let field): node = leaf(.employerNamed, field)
        case .groupsJoined(let minimum): node = leaf(.groupsJoined, .groups, minimum)
        }
        nodes[index] = node
    }

    /// Evaluates every compiled check on `profile`, calling `each` with the result of each in order.
    func evaluateAll(on profile: ProfileView, organisation: Organisation?, _ each: (Int, Result) -> Void) {
        nodes.withUnsafeBufferPointer { nodes in
            let evaluator = Evaluator(nodes: nodes, program: self, profile: profile, organisation: organisation)
            for (index, root) in roots.enumerated() {
                each(index, evaluator.evaluate(Int(root)))
            }
        }
    }

    private struct Evaluator {
        let nodes: UnsafeBufferPointer<Node>
        let program: CheckProgram
        let profile: ProfileView
        let organisation: Organisation?

        func evaluate(_ index: Int) -> Result {
            let node = nodes[index]
            switch node.operation {
            case .present:
                return judge(node.field, whenAbsent: false) { profile.measure(node.field).filled }
            case .minLength:
                return judge(node.field, whenAbsent: node.bound <= 0) { profile.length(of: node.field) >= node.bound }
            case .maxLength:
                return judge(node.field, whenAbsent: true) { profile.length(of: node.field) <= node.bound }
            case .minCount:
                return judge(node.field, whenAbsent: node.bound <= 0) { profile.measure(node.field).count >= node.bound }
            case .maxCount:
                return judge(node.field, whenAbsent: true) { profile.measure(node.field).count <= node.bound }
            case .minValue:
                return judge(node.field, whenAbsent: node.bound <= 0) { profile.measure(node.field).number >= node.bound }
            case .maxValue:
                return judge(node.field, whenAbsent: true) { profile.measure(node.field).number <= node.bound }
            case .pattern:
                return judge(node.field, whenAbsent: false) { program.patterns[Int(node.extra)].matches(profile.text(of: node.field)) }
            case .notPattern:
                return judge(node.field, whenAbsent: true) { !program.patterns[Int(node.extra)].matches(profile.text(of: node.field)) }
            case .differsFrom:
                let otherText = profile.state(of: node.other) == .present ? profile.text(of: node.other) : nil
                return judge(node.field, whenAbsent: false) {
                    guard let otherText, !otherText.hasNoLooseWords else { return true }
                    return !profile.text(of: node.field).looselyEquals(otherText)
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
            case .employerNamed:
                return judge(node.field, whenAbsent: false) {
                    let company = profile.text(of: node.field)
                    guard let organisation else { return !company.isEmpty }
                    return organisation.isNamed(by: company)
                }
            case .groupsJoined:
                return judge(.groups, whenAbsent: node.bound <= 0) {
                    let groups = profile.profile.groups.value ?? []
                    if let organisation, let name = profile.profile.department, let department = organisation.department(named: name),
                       !department.groups.isEmpty {
                        let recommended = Set(department.groups.map(EmployerName.normaliseGroup))
                        return groups.contains { recommended.contains(EmployerName.normaliseGroup($0)) }
                    }
                    return groups.count >= max(1, node.bound)
                }
            }
        }

        /// Unknown when the field is, `whenAbsent` when it is absent, else what `passes` says.
        @inline(__always)
        private func judge(_ field: ProfileField, whenAbsent: Bool, _ passes: () -> Bool) -> Result {
            switch profile.state(of: field) {
            case .unknown: Result(status: .unknown, field: field, message: -1)
            case .absent: Result(status: whenAbsent ? .pass : .fail, field: field, message: -1)
            case .present: Result(status: passes() ? .pass : .fail, field: field, message: -1)
            }
        }
    }
}
