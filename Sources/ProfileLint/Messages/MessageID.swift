/// The id of every text in a ``MessageCatalog``: report labels, the CLI's own lines and the
/// placeholders' fallbacks.
///
/// Every catalog has every id (checked by a test); a text's placeholders are the same in every language.
public enum MessageID: String, Sendable, CaseIterable {
    /// The score label of a profile.
    case score
    /// Heads the suggestions of a profile.
    case suggestionsHeading
    /// When every rule passes.
    case noSuggestions
    /// A gain of one point.
    case pointsOne
    /// A gain of several points.
    case pointsOther
    /// How many rules passed, failed and could not be checked: the three counts below.
    case tally
    /// “{count} passed”
    case passedOne
    /// “{count} passed”
    case passedOther
    /// “{count} failed”
    case failedOne
    /// “{count} failed”
    case failedOther
    /// “{count} unknown”
    case unknownOne
    /// “{count} unknown”
    case unknownOther
    /// The lowest level.
    case levelBeginner
    /// The second level.
    case levelIntermediate
    /// The third level.
    case levelAdvanced
    /// LinkedIn's All-Star level.
    case levelAllStar
    /// One profile, in the summary of several.
    case profilesOne
    /// Several profiles, in the summary of several.
    case profilesOther
    /// Follows the number of profiles in the summary.
    case summaryAverage
    /// One input that could not be read.
    case inputErrorsOne
    /// Several inputs that could not be read.
    case inputErrorsOther
    /// A suggestion after its gain, as in "+11 points: Add a photo."
    case suggestionLine
    /// A rule that the input cannot tell; {field} is the field or rule id.
    case unknownResult
    /// One phrase a text check found, quoted, in a rule message's `{found}` (`"gedreven"`); `{phrase}`.
    case foundPhrase
    /// {organisation} when no organisation is configured.
    case fallbackOrganisation
    /// {department} when the profile's department is not known.
    case fallbackDepartment
    /// {recommended_groups} when the department recommends none.
    case fallbackRecommendedGroups
    /// A choice among the recommended groups: “one of {groups}” (“'A', 'B' or 'C'”).
    case oneOfGroups
    /// Before the last item of a list of alternatives: “ or ”.
    case listOr
    /// A report's date: “{day} {month} {year}”.
    case reportDate
    /// The first day of a month in a date: “1” (French “1er”).
    case firstDayOfMonth
    /// “January” in a date.
    case monthJanuary
    /// “February” in a date.
    case monthFebruary
    /// “March” in a date.
    case monthMarch
    /// “April” in a date.
    case monthApril
    /// “May” in a date.
    case monthMay
    /// “June” in a date.
    case monthJune
    /// “July” in a date.
    case monthJuly
    /// “August” in a date.
    case monthAugust
    /// “September” in a date.
    case monthSeptember
    /// “October” in a date.
    case monthOctober
    /// “November” in a date.
    case monthNovember
    /// “December” in a date.
    case monthDecember
    /// Under a workforce report's title: “generated on {date}”.
    case generatedOn
    /// The employee's department on their page.
    case pageDepartment
    /// An employee on the roster without an export.
    case pageMissingProfile
    /// An employee whose profile could not be read.
    case pageUnreadable
    /// The score line of a page; {score} is the score and level.
    case pageScore
    /// Heads the suggestions on a page.
    case pageSuggestionsHeading
    /// “Nothing in your profile could be checked from this source ({unknown} rules unknown).”
    case pageNothingChecked
    /// The title of the workforce report.
    case workforceReport
    /// “Overview”
    case overview
    /// “Scores”
    case scores
    /// “Rules”
    case rulesHeading
    /// “Departments”
    case departmentsHeading
    /// “Network coverage”
    case networkCoverage
    /// “Employees”
    case employeesHeading
    /// “Change”
    case change
    /// Followed by the version.
    case generatedByPrefix
    /// “Sections”
    case sections
    /// “Scored”
    case scoredHeading
    /// Follows a percentage.
    case ofEmployeesSuffix
    /// “Missing profiles”
    case missingProfiles
    /// “Errors”
    case errorsHeading
    /// “inputs that could not be read”
    case inputsNotReadNote
    /// “Average score”
    case averageScore
    /// “out of 100”
    case outOf100
    /// “Median score”
    case medianScore
    /// “Levels”
    case levels
    /// “below 50 · beginner”
    case legendBandLow
    /// “50–79 · intermediate”
    case legendBandMid
    /// “80–100 · advanced or all-star”
    case legendBandHigh
    /// “Score distribution”
    case scoreDistribution
    /// “Scored profiles per band of ten points.”
    case scoresCaption
    /// “No rules were applied.”
    case noRules
    /// “pass”
    case legendPass
    /// “fail”
    case legendFail
    /// “unknown”
    case legendUnknown
    /// “Each bar is the pass rate among the profiles where the rule could be checked; the profiles where it is unknown are counted apart.”
    case rulesCaption
    /// “Biggest improvements across the organisation”
    case biggestImprovements
    /// “Points gained if every employee who fails the rule fixed it.”
    case improvementsHint
    /// “Rule”
    case rule
    /// “Points”
    case pointsHeading
    /// “Employees failing”
    case employeesFailing
    /// “No departments are known.”
    case noDepartments
    /// “Department”
    case departmentHeading
    /// “Scored / employees”
    case scoredEmployees
    /// “Missing”
    case missingHeading
    /// “Most joined groups”
    case mostJoinedGroups
    /// “Groups with the most members across the workforce.”
    case topGroupsHint
    /// “Group”
    case group
    /// “Members”
    case members
    /// “Recommended groups (share of each department)”
    case recommendedGroupsShare
    /// “No recommended groups are configured.”
    case noRecommendedGroups
    /// “unknown: no member's groups are known”
    case heatMapUnknown
    /// “not recommended for the department”
    case heatMapNotRecommended
    /// “Each cell: members of the group among the department's employees whose groups are known.”
    case heatMapCaption
    /// “Key accounts”
    case keyAccounts
    /// “No key accounts are configured.”
    case noKeyAccounts
    /// “Distinct connections working at each key account (its aliases included), and the departments that reach them; …”
    case keyAccountsCaption
    /// “Employer named”
    case employerNamed
    /// “Scored employees whose current position names the organisation.”
    case employerNamedHint
    /// “Spelling”
    case spelling
    /// “Possible misspellings”
    case possibleMisspellings
    /// “Employer as written”
    case employerAsWritten
    /// “Reach”
    case reach
    /// “distinct connections”
    case distinctConnections
    /// “Companies reached most”
    case companiesReachedMost
    /// “Connections”
    case connections
    /// “Employees to help first”
    case employeesToHelpFirst
    /// “Nobody needs help right now.”
    case nobodyNeedsHelp
    /// “Employee”
    case employee
    /// “Score”
    case scoreHeading
    /// “Level”
    case levelHeading
    /// “Best next step”
    case bestNextStep
    /// “Potential”
    case potential
    /// “Every employee on the roster has a profile.”
    case noMissingProfiles
    /// “Inputs that could not be read”
    case inputsNotReadHeading
    /// “Every input could be read.”
    case noInputErrors
    /// “Input”
    case input
    /// “Problem”
    case problem
    /// Above the trend: “Compared with the report of {date}.”
    case comparedWithReport
    /// “Average score”
    case averageScorePrefix
    /// “Before”
    case before
    /// “After”
    case after
    /// “Rule (pass rate)”
    case rulePassRate
    /// “Change since the previous report”
    case changeSinceTheBaseline
    /// “employees”
    case employeesLower
    /// “Employees per score band:”
    case histogramDescriptionPrefix
    /// “Pass rate per rule”
    case passRatePerRule
    /// “Pass rate per rule (pass / fail / unknown):”
    case rulesChartDescriptionPrefix
    /// “rule”
    case ruleLower
    /// “profiles”
    case profiles
    /// “pass rate”
    case passRateAxis
    /// “pass / fail / unknown”
    case passFailUnknownAxis
    /// “checked profiles”, above the rule bars, whose length is the pass rate among them
    case checkedProfilesAxis
    /// “pass rate”
    case passRateLowerPrefix
    /// “Recommended groups per department”
    case recommendedGroupsPerDepartment
    /// “not recommended”
    case notRecommended
    /// “white spot: no department reaches it”
    case whiteSpot
    /// “Key-account reach”
    case keyAccountReach
    /// “scored”
    case scoredLower
    /// “missing profiles”
    case missingProfilesLower
    /// “errors”
    case errorsLower
    /// “average score”
    case averageScoreLower
    /// “median”
    case median
    /// “Score distribution:”
    case scoreDistributionColon
    /// “Rules (pass / fail / unknown, pass rate)”
    case rulesTallyHeading
    /// “average”
    case averagePrefix
    /// “scored”
    case scoredPrefix
    /// “missing”
    case missingPrefix
    /// “errors”
    case errorsPrefix
    /// “Employer named:”
    case employerNamedColon
    /// “spellings:”
    case spellingsColon
    /// “possible misspellings:”
    case possibleMisspellingsColon
    /// “Recommended groups (share of each department):”
    case recommendedGroupsShareColon
    /// “Most joined groups:”
    case mostJoinedGroupsColon
    /// “Reach:”
    case reachColon
    /// “companies reached most:”
    case companiesReachedMostColon
    /// “Key accounts (distinct connections; a connection shared by two departments counts in both):”
    case keyAccountsColon
    /// Heads the trend in text: “Change since the report of {date}”
    case changeSinceReport
    /// “average score”
    case averageScoreLowerPrefix
    /// “White spot: {count} (no department reaches it).”
    case whiteSpotsOne
    /// “White spots: {count} (no department reaches them).”
    case whiteSpotsOther
    /// “From {count} employee whose export lists their connections.”
    case reachHintOne
    /// “From {count} employees whose export lists their connections.”
    case reachHintOther
    /// “Generated by profilelint {version}. This report contains personal data of employees: share it only with the people who need it.”
    case footer
    /// “{count} connection”
    case connectionsOne
    /// “{count} connections”
    case connectionsOther
    /// “… and {count} more; the JSON and CSV reports list everyone.”
    case moreRows
    /// “{count} employee”
    case employeesOne
    /// “{count} employees”
    case employeesOther
    /// “{connections} distinct connections from {count} employee”
    case reachSummaryOne
    /// “{connections} distinct connections from {count} employees”
    case reachSummaryOther
    /// “RULE”
    case columnRule
    /// “SEVERITY”
    case columnSeverity
    /// “WEIGHT”
    case columnWeight
    /// “ALL-STAR”
    case columnAllStar
    /// “DESCRIPTION”
    case columnDescription
    /// “yes”
    case yes
    /// “no”
    case no
    /// “error”
    case severityError
    /// “warning”
    case severityWarning
    /// “info”
    case severityInfo
    /// “{count} rule, total weight {weight}. Run 'profilelint explain <rule>' for its details.”
    case rulesFooterOne
    /// “{count} rules, total weight {weight}. Run 'profilelint explain <rule>' for the details of one.”
    case rulesFooterOther
    /// “Why it matters:”
    case explainWhy
    /// “Severity:”
    case explainSeverity
    /// “Weight:”
    case explainWeight
    /// “All-Star:”
    case explainAllStar
    /// “Help:”
    case explainHelp
    /// The weight of a rule worth one point.
    case weightOne
    /// The weight of a rule worth several points.
    case weightOther
    /// “yes, one of LinkedIn's All-Star criteria”
    case explainAllStarYes
    /// “Check:”
    case explainCheck
    /// “Message ({language}):”
    case explainMessage
    /// “Suggestion ({language}):”
    case explainSuggestion
    /// “Examples:”
    case explainExamples
    /// “passes:”
    case explainPasses
    /// “fails:”
    case explainFails
    /// “unknown:”
    case explainUnknown
    /// “wrote {path} ({count} employee)”
    case cliWroteBatchOne
    /// “wrote {path} ({count} employees)”
    case cliWroteBatchOther
    /// “wrote {path}: set your organisation, departments and key accounts, then run 'profilelint batch'”
    case cliWroteConfiguration
    /// “{path} already exists; use --force to overwrite it”
    case cliAlreadyExists
    /// “{done}/{total} inputs · {profiles} profiles · {rate}/s · {eta} left”
    case cliProgress
    /// “wrote {path} ({count} profile)”
    case cliWroteCheckOne
    /// “wrote {path} ({count} profiles)”
    case cliWroteCheckOther
    /// “using configuration {path}”
    case cliConfigurationUsed
    /// “no configuration found; employer and groups checked loosely”
    case cliNoConfiguration
    /// “no profiles found in {path}”
    case cliNoProfilesFound
    /// “unknown command '{typed}'; did you mean '{meant}'?”
    case cliUnknownCommand
    /// “{source} scores {score}, below the minimum {minimum}”
    case cliBelowMinimumScore
    /// “Help per department (anonymised)”
    case helpByDepartment
    /// “No names or ids: each department's employees who would gain points, and the points their suggestions would add.”
    case helpByDepartmentNote
    /// “To help”
    case toHelpHeading
    /// “Points in all”
    case pointsInAllHeading
    /// “{department}: {count} employee to help, {points} in all”
    case helpLineOne
    /// “{department}: {count} employees to help, {points} in all”
    case helpLineOther
    /// “{checked} of {total} rules checked ({percent} of the weight)”
    case coverageChecked
    /// “no level: {checked} of {total} rules could be checked ({percent} of the weight; {minimum} needed)”
    case noLevelPartly
    /// “nothing could be checked: {unknown} rules unknown”
    case nothingChecked
    /// “Nothing to improve in what could be checked; the rest is not known from this source.”
    case nothingToImproveInChecked
    /// “partly assessable”
    case partlyAssessable
    /// “not assessable”
    case notAssessable
    /// “no level: too little of the profile could be checked; not in the averages”
    case partlyAssessableNote
    /// “nothing could be checked; not in the averages”
    case notAssessableNote
    /// The completeness category: “completeness”
    case categoryCompleteness
    /// The quality category: “quality”
    case categoryQuality
    /// The organisation category: “organisation”
    case categoryOrganisation
    /// The category column of `rules`: “CATEGORY”
    case columnCategory
    /// The category label of `explain`: “Category:”
    case explainCategory
    /// One category's score: “{category} {score}/100”
    case categoryScore
    /// A category of which nothing could be checked: “{category} not checked”
    case categoryNotChecked
    /// Heads the scores per category: “Scores per category”
    case categoriesHeading
    /// Before the average scores per category in text: “Average per category:”
    case categoriesColon
    /// A department's example text quoted after a suggestion: “Example from {organisation} for {department}: “{example}””
    case departmentExample
}
