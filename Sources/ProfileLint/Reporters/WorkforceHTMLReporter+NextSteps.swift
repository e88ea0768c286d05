/// The HTML report's next steps: the second heat map (groups the departments chose themselves), internal
/// ambassadors and coaching pairs, and the training focus.
extension WorkforceHTMLReporter {
    /// The sections the navigation links to.
    func nextStepLinks(_ report: WorkforceReport) -> [(String, String)] {
        var links: [(String, String)] = []
        if !report.nextSteps.ambassadors.isEmpty { links.append(("ambassadors", message(.ambassadorsHeading))) }
        if report.nextSteps.training.contains(where: { !$0.topics.isEmpty }) { links.append(("training", message(.trainingHeading))) }
        return links
    }

    /// The key of a department × group cell.
    static func cellKey(_ department: String, _ group: String) -> String {
        department + "\u{0}" + EmployerName.normaliseGroup(group)
    }

    /// The second, marked block under the recommended groups' heat map.
    func groupDiscoveryBlock(_ report: WorkforceReport) -> String {
        let steps = report.nextSteps
        guard !steps.groupDiscovery.isEmpty else { return "" }
        let share = catalog.percent(steps.groupMinShare)
        var html = "<div class=\"second-map\" id=\"group-discovery\"><h3><span class=\"tag marker\">\(Self.escape(message(.secondMap)))</span>"
            + "\(Self.escape(message(.groupDiscoveryHeading)))</h3>"
            + "<p class=\"hint\">\(Self.escape(message(.groupDiscoveryCriteria, ["share": share])))</p>"
        if !steps.discoveryMap.isEmpty {
            let consider = Set(steps.groupDiscovery.flatMap { department in department.consider.map { Self.cellKey(department.department, $0.group) } })
            let listed = Set(report.coverage.groups.map { Self.cellKey($0.department, $0.group) })
            html += "<figure>" + scrolling(heatMap(steps.discoveryMap, id: "chart-group-discovery", title: message(.groupDiscoveryMapTitle),
                                                    consider: consider, listed: listed))
                + "<figcaption><ul class=\"legend\"><li><span class=\"ramp\"></span>0% – 100%</li>"
                + "<li><span class=\"swatch consider-cell\"></span>\(Self.escape(message(.legendConsider, ["share": share])))</li>"
                + "<li>\(Self.escape(message(.legendListed)))</li></ul>"
                + Self.escape(message(.groupDiscoveryMapCaption)) + "</figcaption></figure>"
        }
        let rows = steps.groupDiscovery.map { department -> [Cell] in
            let consider = department.consider.map { "\(Self.escape($0.group)) <b>\(Self.escape(catalog.percent($0.share)))</b> (\($0.members)/\($0.known))" }
            return [Cell(text: department.department),
                    consider.isEmpty ? Cell(text: "–", muted: true) : Cell(html: consider.joined(separator: "<br>"), prose: true),
                    department.reconsider.isEmpty ? Cell(text: "–", muted: true)
                        : Cell(html: department.reconsider.map { Self.escape($0) }.joined(separator: "<br>"), prose: true)]
        }
        html += table([Cell(text: message(.departmentHeading)), Cell(text: message(.considerRecommending), prose: true),
                       Cell(text: message(.reconsiderGroups), prose: true)], rows)
        if !steps.sharedGroups.isEmpty {
            html += "<h3>\(Self.escape(message(.sharedGroups)))</h3>"
            html += table([Cell(text: message(.group)), Cell(text: message(.departmentsHeading), prose: true), Cell(text: message(.members), numeric: true)],
                          steps.sharedGroups.map { group in
                              [Cell(text: group.group),
                               Cell(text: group.departments.map { "\($0.name) " + catalog.integer($0.count) }.joined(separator: " · "), prose: true),
                               Cell(text: catalog.integer(group.members), numeric: true)]
                          })
        }
        return html + "</div>"
    }

    /// Internal ambassadors and coaching pairs; in an anonymised report, the number of ambassadors per department.
    func ambassadorsSection(_ report: WorkforceReport) -> String {
        let steps = report.nextSteps
        guard !steps.ambassadors.isEmpty else { return "" }
        var html = "<p class=\"hint\">" + Self.escape(message(.ambassadorsCriteria, ["organisation": report.organisation ?? message(.fallbackOrganisation),
                                                                                     "connections": catalog.integer(steps.minConnections)])) + "</p>"
        if report.isAnonymised {
            html += "<p class=\"hint\">\(Self.escape(message(.ambassadorsAnonymisedNote)))</p>"
            html += table([Cell(text: message(.departmentHeading)), Cell(text: message(.ambassadorsHeading), numeric: true)],
                          steps.ambassadors.map { [Cell(text: $0.department), Cell(text: catalog.integer($0.qualifying), numeric: true)] })
            return section("ambassadors", message(.ambassadorsHeading), html)
        }
        let reasons = AmbassadorReasons(language: language)
        var rows: [[Cell]] = []
        for department in steps.ambassadors {
            var notes: [String] = []
            let more = department.qualifying - department.ambassadors.count
            if more > 0 { notes.append(catalog.text(one: .ambassadorsMoreOne, other: .ambassadorsMoreOther, count: more)) }
            if department.excluded > 0 { notes.append(catalog.text(one: .ambassadorsExcludedOne, other: .ambassadorsExcludedOther, count: department.excluded)) }
            if department.ambassadors.isEmpty {
                rows.append([Cell(text: department.department), Cell(text: message(.noAmbassadors), muted: true), Cell(text: "–", numeric: true, muted: true),
                             Cell(text: notes.joined(separator: " · "), muted: true, prose: true)])
            }
            for (index, ambassador) in department.ambassadors.enumerated() {
                let note = index == department.ambassadors.count - 1 && !notes.isEmpty
                    ? "<br><span class=\"muted\">\(Self.escape(notes.joined(separator: " · ")))</span>" : ""
                rows.append([Cell(text: index == 0 ? department.department : ""),
                             Cell(html: employee(EmployeeBrief(id: ambassador.id, name: ambassador.name, potentialGain: 0))),
                             Cell(text: "\(ambassador.score)", numeric: true),
                             Cell(html: Self.escape(reasons.reason(ambassador)) + note, prose: true)])
            }
        }
        html += table([Cell(text: message(.departmentHeading)), Cell(text: message(.employee)), Cell(text: message(.scoreHeading), numeric: true),
                       Cell(text: message(.reasonHeading), prose: true)], rows)

        html += "<h3>\(Self.escape(message(.coachingHeading)))</h3>"
        html += "<p class=\"hint\">\(Self.escape(message(.coachingCriteria, ["count": catalog.integer(steps.maxPerCoach)])))</p>"
        if steps.coaching.isEmpty && steps.withoutCoach.isEmpty {
            html += "<p class=\"empty\">\(Self.escape(message(.nobodyNeedsHelp)))</p>"
        } else {
            html += table([Cell(text: message(.employee)), Cell(text: message(.departmentHeading)), Cell(text: message(.coachHeading))],
                          steps.coaching.map { pair in
                              [Cell(html: employee(pair.employee)), Cell(text: pair.employee.department ?? "–"),
                               Cell(html: employee(EmployeeBrief(id: pair.coach.id, name: pair.coach.name, potentialGain: 0)))]
                          })
            if !steps.withoutCoach.isEmpty {
                html += "<p class=\"hint\">" + Self.escape(message(.withoutCoach, ["employees": steps.withoutCoach.map { brief in
                    brief.name.map { "\($0) (\(brief.id))" } ?? brief.id
                }.joined(separator: ", ")])) + "</p>"
            }
        }
        return section("ambassadors", message(.ambassadorsHeading), html)
    }

    /// Per department, the rules that fail most, as training topics.
    func trainingSection(_ report: WorkforceReport) -> String {
        let training = report.nextSteps.training.filter { !$0.topics.isEmpty }
        guard !training.isEmpty else { return "" }
        let strings = ReportStrings(language)
        var rows: [[Cell]] = []
        for department in training {
            for (index, topic) in department.topics.enumerated() {
                var rule = ruleLabel(topic.rule, rules: report.rules)
                rule.prose = true
                rows.append([Cell(text: index == 0 ? department.department : ""), rule,
                             Cell(text: topic.category.name(in: language)),
                             Cell(text: "\(topic.employees) / \(department.profiles)", numeric: true),
                             Cell(text: catalog.percent(topic.share), numeric: true),
                             Cell(text: strings.points(topic.gain), numeric: true)])
            }
        }
        let html = "<p class=\"hint\">\(Self.escape(message(.trainingCriteria)))</p>"
            + table([Cell(text: message(.departmentHeading)), Cell(text: message(.rule), prose: true), Cell(text: message(.categoryHeading)),
                     Cell(text: message(.employeesFailing), numeric: true), Cell(text: message(.shareHeading), numeric: true),
                     Cell(text: message(.gainHeading), numeric: true)], rows)
        return section("training", message(.trainingHeading), html)
    }
}
