import Foundation
import ProfileLintGenerator

// Writes every generated file of the repository (the embedded default rules, Rules/README.md and
// README.md's generated sections), like swift-format's generate-swift-format.
//
//     swift run profilelint-generate [REPOSITORY]
//     swift run profilelint-generate --quality-table [REPOSITORY]
//
// REPOSITORY defaults to the one this executable was built from. `--quality-table` writes nothing:
// it prints the quality rules' figures on the labelled set (the README's table) and the ids of the
// texts behind each false positive, miss and unknown.
var arguments = Array(CommandLine.arguments.dropFirst())
let qualityTable = arguments.first == "--quality-table"
if qualityTable { arguments.removeFirst() }
let root = arguments.first.map { URL(fileURLWithPath: $0) } ?? GeneratedFiles.repositoryRoot
do {
    if qualityTable {
        print(try QualityMeasurement.measure(root: root).report, terminator: "")
        exit(0)
    }
    for file in try GeneratedFiles.all(root: root) {
        guard GeneratedFiles.current(file.path, root: root) != file.contents else {
            print("\(file.path) is up to date")
            continue
        }
        try file.contents.write(to: root.appendingPathComponent(file.path), atomically: true, encoding: .utf8)
        print("wrote \(file.path)")
    }
} catch {
    FileHandle.standardError.write(Data("profilelint-generate: \(error)\n".utf8))
    exit(1)
}
