/// The JSON keys of ``NextSteps``: `ambassadors`, `coaching`, `group_discovery`, `shared_groups` and `training`.
extension WorkforceJSONReporter {
    /// The next-steps members of the top-level object.
    ///
    /// `ambassadors` maps each department to `[{id, name, score, level, connections, group, reason}]`,
    /// `coaching` lists `{employee, coach, department}` by id, `group_discovery` maps each department to
    /// `{consider: [{group, share, members}], reconsider: [group]}`, `shared_groups` lists
    /// `{group, departments: {department: members}}` and `training` maps each department to
    /// `[{rule, category, gain, share, employees}]`. An anonymised report has `ambassador_counts`
    /// (department → number) in place of `ambassadors` and `coaching`, which name people.
    static func nextSteps(_ report: WorkforceReport, language: ReportLanguage) -> [(String, JSONOutput)] {
        let steps = report.nextSteps
        var members: [(String, JSONOutput)] = []
        if report.isAnonymised {
            members.append(("ambassador_counts", .object(steps.ambassadors.map { ($0.department, .int($0.qualifying)) })))
        } else {
            let reasons = AmbassadorReasons(language: language)
            members.append(("ambassadors", .object(steps.ambassadors.map { department in
                (department.department, .array(department.ambassadors.map { ambassador in
                    .object([
                        ("id", .string(ambassador.id)), ("name", .optional(ambassador.name)), ("score", .int(ambassador.score)),
                        ("level", .string(ambassador.level.rawValue)), ("connections", .int(ambassador.connections)),
                        ("group", .string(ambassador.group)), ("reason", .string(reasons.reason(ambassador))),
                    ])
                }))
            })))
            members.append(("coaching", .array(steps.coaching.map { pair in
                .object([("employee", .string(pair.employee.id)), ("coach", .string(pair.coach.id)),
                         ("department", .optional(pair.employee.department))])
            })))
        }
        members.append(("group_discovery", .object(steps.groupDiscovery.map { department in
            (department.department, .object([
                ("consider", .array(department.consider.map {
                    .object([("group", .string($0.group)), ("share", share($0.share)), ("members", .int($0.members))])
                })),
                ("reconsider", .array(department.reconsider.map { .string($0) })),
            ]))
        })))
        members.append(("shared_groups", .array(steps.sharedGroups.map { group in
            .object([("group", .string(group.group)), ("departments", .object(group.departments.map { ($0.name, .int($0.count)) }))])
        })))
        members.append(("training", .object(steps.training.map { department in
            (department.department, .array(department.topics.map { topic in
                .object([("rule", .string(topic.rule)), ("category", .string(topic.category.rawValue)), ("gain", .int(topic.gain)),
                         ("share", share(topic.share)), ("employees", .int(topic.employees))])
            }))
        })))
        return members
    }
}

/// Ambassadors' reasons in one language: "all-star, names Acme Logistics, in Dutch Data Engineers, 129 connections".
struct AmbassadorReasons {
    let catalog: MessageCatalog
    let strings: ReportStrings

    init(language: ReportLanguage) {
        catalog = language.catalog
        strings = ReportStrings(language)
    }

    func reason(_ ambassador: Ambassador) -> String {
        catalog.text(.ambassadorReason, [
            "level": strings.level(ambassador.level), "employer": ambassador.employer, "group": ambassador.group,
            "connections": catalog.text(one: .connectionsOne, other: .connectionsOther, count: ambassador.connections),
        ])
    }
}
