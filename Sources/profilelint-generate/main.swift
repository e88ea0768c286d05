import Foundation
import ProfileLintGenerator

// Writes every generated file of the repository (the embedded default rules, Rules/README.md and
// README.md's generated sections), like swift-format's generate-swift-format.
//
//     swift run profilelint-generate [REPOSITORY]
//
// REPOSITORY defaults to the one this executable was built from.
let arguments = CommandLine.arguments.dropFirst()
let root = arguments.first.map { URL(fileURLWithPath: $0) } ?? GeneratedFiles.repositoryRoot
do {
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
