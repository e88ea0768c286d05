// Times each phase of batch scoring on one thread, to find where the time goes:
//   swift run -c release profilelint-phases FILE.jsonl [PHASE]
// Prints the wall time and throughput of reading, parsing, importing, linting and rendering; with
// PHASE (a prefix of a phase's name, e.g. "parse + import + lint") only the phases that start with it.
import Foundation
import ProfileLint

let arguments = CommandLine.arguments
guard (2...3).contains(arguments.count), let data = FileManager.default.contents(atPath: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: profilelint-phases FILE.jsonl [PHASE]\n".utf8))
    exit(2)
}
let bytes = [UInt8](data)
let rules = try RuleLoader().loadDefaultRules()
let linter = Linter(rules: rules)
let reader = JSONLinesReader(detail: .rulesOnly)
var ranges: [(Range<Int>, Int)] = []
reader.forEachRecord(bytes, firstLine: 1) { ranges.append(($0, $1)) }

let only = arguments.count == 3 ? arguments[2] : nil

@MainActor func measure(_ name: String, _ body: () -> Int) {
    if let only, !name.hasPrefix(only) { return }
    let start = DispatchTime.now().uptimeNanoseconds
    let checksum = body()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let perProfile = seconds / Double(ranges.count) * 1e6
    print(String(format: "%-28@ %7.3f s  %6.2f µs/profile  %7.1f MB/s  (%d)", name as NSString, seconds, perProfile,
                 Double(bytes.count) / seconds / 1e6, checksum))
}

measure("split lines") {
    var count = 0
    reader.forEachRecord(bytes, firstLine: 1) { _, _ in count += 1 }
    return count
}
measure("parse") {
    var nodes = 0
    for (range, line) in ranges {
        if let document = try? JSONParser().parse(bytes, range: range, firstLine: line) { nodes += document.root.count }
    }
    return nodes
}
measure("parse + import") {
    var known = 0
    for (range, line) in ranges {
        if case .success(let input) = reader.readRecord(bytes, range: range, line: line, display: "x") { known += input.profile.skills.isKnown ? 1 : 0 }
    }
    return known
}
measure("parse + import + lint") {
    var total = 0
    for (range, line) in ranges {
        if case .success(let input) = reader.readRecord(bytes, range: range, line: line, display: "x") {
            total += linter.lint(input.profile, source: input.source, format: input.format, detail: .rulesOnly).score
        }
    }
    return total
}
measure("… + record + JSON line") {
    var total = 0
    let json = WorkforceJSONReporter()
    for (range, line) in ranges {
        if case .success(let input) = reader.readRecord(bytes, range: range, line: line, display: "x") {
            let report = linter.lint(input.profile, source: input.source, format: input.format, detail: .rulesOnly)
            total += json.employee(.scored(report, profile: input.profile, id: input.source, name: input.profile.name.value, department: nil)).utf8.count
        }
    }
    return total
}
measure("… + aggregate") {
    var aggregate = WorkforceAggregator(rules: rules, organisation: nil)
    let json = WorkforceJSONReporter()
    var total = 0
    for (range, line) in ranges {
        if case .success(let input) = reader.readRecord(bytes, range: range, line: line, display: "x") {
            let report = linter.lint(input.profile, source: input.source, format: input.format, detail: .rulesOnly)
            let record = EmployeeRecord.scored(report, profile: input.profile, id: input.source, name: input.profile.name.value, department: nil)
            total += json.employee(record).utf8.count
            aggregate.add(record)
        }
    }
    return total + aggregate.report().summary.scored
}
