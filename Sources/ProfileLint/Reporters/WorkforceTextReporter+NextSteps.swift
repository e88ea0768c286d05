/// The text report's next steps: ambassadors and coaching pairs, group discovery and training focus.
extension WorkforceTextReporter {
    func nextSteps(_ report: WorkforceReport, _ strings: ReportStrings) -> [String] {
        ambassadors(report) + coaching(report) + groupDiscovery(report) + training(report, strings)
    }

    func ambassadors(_ report: WorkforceReport) -> [String] {
        let steps = report.nextSteps
        guard !steps.ambassadors.isEmpty else { return [] }
        var lines = ["", message(.ambassadorsHeading)]
        lines.append("  " + message(.ambassadorsCriteria, ["organisation": report.organisation ?? message(.fallbackOrganisation),
                                                            "connections": catalog.integer(steps.minConnections)]))
        let departmentWidth = Self.width(steps.ambassadors.map(\.department), minimum: 22)
        if report.isAnonymised {
            lines.append("  " + message(.ambassadorsAnonymisedNote))
            for department in steps.ambassadors {
                lines.append("    " + Self.padded(department.department, departmentWidth)
                             + catalog.text(one: .ambassadorCountOne, other: .ambassadorCountOther, count: department.qualifying))
            }
            return lines
        }
        let reasons = AmbassadorReasons(language: language)
        let whoWidth = Self.width(steps.ambassadors.flatMap(\.ambassadors).map(Self.who), minimum: 0)
        for department in steps.ambassadors {
            lines.append("  " + department.department + (department.ambassadors.isEmpty ? ": " + message(.noAmbassadors) : ""))
            for ambassador in department.ambassadors {
                let score = "\(ambassador.score)"
                lines.append("    " + Self.padded(Self.who(ambassador), whoWidth) + String(repeating: " ", count: max(0, 3 - score.count)) + score
                             + "  " + reasons.reason(ambassador))
            }
            let more = department.qualifying - department.ambassadors.count
            if more > 0 { lines.append("    " + catalog.text(one: .ambassadorsMoreOne, other: .ambassadorsMoreOther, count: more)) }
            if department.excluded > 0 {
                lines.append("    " + catalog.text(one: .ambassadorsExcludedOne, other: .ambassadorsExcludedOther, count: department.excluded))
            }
        }
        return lines
    }

    func coaching(_ report: WorkforceReport) -> [String] {
        let steps = report.nextSteps
        guard !report.isAnonymised, !steps.coaching.isEmpty || !steps.withoutCoach.isEmpty else { return [] }
        var lines = ["", message(.coachingHeading), "  " + message(.coachingCriteria, ["count": catalog.integer(steps.maxPerCoach)])]
        let whoWidth = Self.width(steps.coaching.map { Self.who($0.employee) }, minimum: 0)
        let departmentWidth = Self.width(steps.coaching.map { $0.employee.department ?? "–" }, minimum: 0)
        for pair in steps.coaching {
            lines.append("  " + Self.padded(Self.who(pair.employee), whoWidth) + Self.padded(pair.employee.department ?? "–", departmentWidth)
                         + message(.coachedBy, ["coach": Self.who(pair.coach)]))
        }
        if !steps.withoutCoach.isEmpty {
            lines.append("  " + message(.withoutCoach, ["employees": steps.withoutCoach.map(Self.who).joined(separator: ", ")]))
        }
        return lines
    }

    func groupDiscovery(_ report: WorkforceReport) -> [String] {
        let steps = report.nextSteps
        guard !steps.groupDiscovery.isEmpty || !steps.sharedGroups.isEmpty else { return [] }
        var lines = ["", message(.groupDiscoveryHeading), "  " + message(.groupDiscoveryCriteria, ["share": catalog.percent(steps.groupMinShare)])]
        for department in steps.groupDiscovery {
            lines.append("  " + department.department + (department.consider.isEmpty && department.reconsider.isEmpty ? ": " + message(.nothingToChange) : ""))
            if !department.consider.isEmpty {
                lines.append("    " + message(.considerRecommending) + ": "
                             + department.consider.map { "\($0.group) \(catalog.percent($0.share)) (\($0.members)/\($0.known))" }.joined(separator: ", "))
            }
            if !department.reconsider.isEmpty {
                lines.append("    " + message(.reconsiderGroups) + ": " + department.reconsider.joined(separator: ", "))
            }
        }
        if !steps.sharedGroups.isEmpty {
            lines.append("  " + message(.sharedGroups) + ":")
            for group in steps.sharedGroups {
                lines.append("    " + group.group + " (" + group.departments.map { "\($0.name) " + catalog.integer($0.count) }.joined(separator: ", ") + ")")
            }
        }
        return lines
    }

    func training(_ report: WorkforceReport, _ strings: ReportStrings) -> [String] {
        let training = report.nextSteps.training.filter { !$0.topics.isEmpty }
        guard !training.isEmpty else { return [] }
        var lines = ["", message(.trainingHeading), "  " + message(.trainingCriteria)]
        let topics = training.flatMap(\.topics)
        let ruleWidth = Self.width(topics.map { rule($0) }, minimum: 18)
        let countWidth = Self.width(topics.map { catalog.text(one: .employeesOne, other: .employeesOther, count: $0.employees) + " (\(catalog.percent($0.share)))" },
                                    minimum: 0)
        for department in training {
            lines.append("  " + department.department + " (" + catalog.text(one: .profilesOne, other: .profilesOther, count: department.profiles) + ")")
            for topic in department.topics {
                let count = catalog.text(one: .employeesOne, other: .employeesOther, count: topic.employees) + " (\(catalog.percent(topic.share)))"
                lines.append("    " + Self.padded(rule(topic), ruleWidth) + Self.padded(count, countWidth) + strings.points(topic.gain))
            }
        }
        return lines
    }

    /// A topic's rule with its category: "headline [completeness]".
    func rule(_ topic: TrainingTopic) -> String {
        topic.rule + " [" + topic.category.name(in: language) + "]"
    }

    /// An ambassador's id and name.
    static func who(_ ambassador: Ambassador) -> String {
        ambassador.id + (ambassador.name.map { " \($0)" } ?? "")
    }
}
