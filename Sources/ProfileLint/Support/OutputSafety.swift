import Foundation

/// Keeps a report from overwriting what it was made from.
///
/// Inputs are only ever read: `check jan.json --output jan.json` or
/// `batch profiles/ --output profiles/report.json` would replace a profile by its report, or leave a
/// report where the next run reads it as a profile. Paths are compared after resolving symbolic links,
/// and files by device and inode, so a link or a second name for the same file is caught too.
public enum OutputSafety {
    /// Throws ``ProfileLintError/cannotWrite(path:reason:)`` when `output` is one of `inputs` (files
    /// read, such as profiles, a roster or a baseline), or lies inside an input folder with an
    /// extension that folder reads profiles from (`report.json` there would be read by the next run;
    /// `report.html` would not). `-` (standard input or output) is never a file.
    public static func check(output: String, inputs: [String]) throws {
        guard output != "-" else { return }
        let target = resolved(output)
        let readFromFolders = BatchPlanner.profileExtensions.contains((output as NSString).pathExtension.lowercased())
        for input in inputs where input != "-" {
            let source = resolved(input)
            var status = stat()
            guard stat(source, &status) == 0 else { continue }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                if readFromFolders, target.hasPrefix(source.hasSuffix("/") ? source : source + "/") {
                    throw ProfileLintError.cannotWrite(path: output, reason: CatalogMessage(.errorOutputInsideInputFolder, ["input": .text(input)]))
                }
            } else if isSameFile(target, status) {
                throw ProfileLintError.cannotWrite(path: output, reason: CatalogMessage(.errorOutputIsInput, ["input": .text(input)]))
            }
        }
    }

    private static func isSameFile(_ path: String, _ input: stat) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        return status.st_dev == input.st_dev && status.st_ino == input.st_ino
    }

    /// `path` absolute with symbolic links resolved; for a file that does not exist yet, its folder's.
    static func resolved(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        if let real = realpath(absolute, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        let url = URL(fileURLWithPath: absolute)
        let folder = url.deletingLastPathComponent().path
        guard folder != absolute, let real = realpath(folder, nil) else { return url.standardizedFileURL.path }
        defer { free(real) }
        let base = String(cString: real)
        return (base.hasSuffix("/") ? base : base + "/") + url.lastPathComponent
    }
}
