import Yams

/// Reads YAML (rule files, configuration, profile templates) into a ``JSONDocument``.
///
/// Parsing is Yams' (libyaml); the resulting node tree is laid onto the same tape the JSON parser
/// builds, with each node placed at its YAML line and column. Everything downstream (importers, the
/// rule loader) then has one tree API with source positions, whichever syntax the file was written in.
package enum YAMLDocumentReader {
    /// Parses `text`; `file` is the path shown in errors.
    package static func read(_ text: String, file: String, maximumDepth: Int = Limits.default.maximumDepth) throws -> JSONDocument {
        try guardDepth(text, file: file, maximumDepth: maximumDepth)
        let root: Node?
        // Nodes hold their anchors weakly and the parser owns them: it lives until the tape is built,
        // so the builder can tell an alias (an anchored node met again) from the anchor itself.
        let parser: Parser
        do {
            parser = try Parser(yaml: text)
            root = try parser.singleRoot()
        } catch let error as YamlError {
            throw describe(error, file: file)
        } catch {
            throw ProfileLintError.malformedInput(location: SourceLocation(file: file), reason: CatalogMessage(.errorInvalidYAML, ["detail": .message(.detail("\(error)"))]))
        }
        let bytes = Array(text.utf8)
        var builder = Builder(bytes: bytes, file: file)
        if let root {
            try withExtendedLifetime(parser) { try builder.append(root, depth: 0, maximumDepth: maximumDepth) }
        } else {
            builder.nodes.append(.init(kind: .null, start: 0, end: 0, next: 1, count: 0))
        }
        return JSONDocument(bytes: bytes, base: 0, limit: bytes.count, nodes: builder.nodes, table: builder.table, firstLine: 1, isTableBacked: true)
    }

    /// libyaml recurses per nesting level; refuse absurd flow nesting before handing it over.
    private static func guardDepth(_ text: String, file: String, maximumDepth: Int) throws {
        var depth = 0
        var line = 1
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maximumDepth {
                    throw ProfileLintError.limitExceeded(path: "\(file):\(line)", reason: CatalogMessage(.errorNestingTooDeep, ["depth": .text(String(maximumDepth))]))
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
            case UInt8(ascii: "\n"):
                line += 1
            default:
                break
            }
        }
    }

    private static func describe(_ error: YamlError, file: String) -> ProfileLintError {
        switch error {
        case .parser(_, let problem, let mark, _) where problem.hasPrefix("Maximum nesting level reached"):
            // libyaml's own bound (1,000 levels of block or flow nesting), whatever limits.max_depth says.
            return .limitExceeded(path: "\(file):\(mark.line)", reason: CatalogMessage(.errorYAMLNestingTooDeep, ["depth": "1000"]))
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return .malformedInput(location: SourceLocation(file: file, line: mark.line, column: mark.column), reason: CatalogMessage(.errorInvalidYAML, ["detail": .message(YAMLProblem.message(problem))]))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .malformedInput(location: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                                   reason: CatalogMessage(.errorDuplicateKey, ["key": .text(duplicates.joined(separator: "', '"))]))
        case .reader(let problem, _, _, _):
            return .malformedInput(location: SourceLocation(file: file), reason: CatalogMessage(.errorInvalidYAML, ["detail": .message(YAMLProblem.message(problem))]))
        default:
            return .malformedInput(location: SourceLocation(file: file), reason: CatalogMessage(.errorInvalidYAML, ["detail": .message(.detail("\(error)"))]))
        }
    }

    private struct Builder {
        let bytes: [UInt8]
        let file: String
        var lineStarts: [Int]
        var nodes: [JSONDocument.Node] = []
        var table: [String] = []
        /// The anchors met so far. Yams resolves an alias to the anchored node itself, so meeting an
        /// anchor a second time means an alias: refused before "billion laughs" (nine aliases nine
        /// levels deep) expands to 10^9 nodes.
        var anchors: Set<ObjectIdentifier> = []

        init(bytes: [UInt8], file: String) {
            self.bytes = bytes
            self.file = file
            var starts = [0]
            for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
            lineStarts = starts
        }

        /// The byte offset of a 1-based line and scalar column.
        func offset(of mark: Mark?) -> UInt32 {
            guard let mark, mark.line >= 1, mark.line <= lineStarts.count else { return 0 }
            var offset = lineStarts[mark.line - 1]
            var column = 1
            while column < mark.column, offset < bytes.count, bytes[offset] != 0x0A {
                offset += 1
                while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
                column += 1
            }
            return UInt32(offset)
        }

        mutating func append(_ node: Node, depth: Int, maximumDepth: Int) throws {
            // Yams resolves aliases by reference; laid out on the tape they would be copied. Without
            // aliases there is at most about one value per byte, so more means an alias bomb.
            guard nodes.count <= bytes.count + 1024 else {
                throw ProfileLintError.limitExceeded(path: file, reason: CatalogMessage(.errorYAMLAliasBomb))
            }
            let start = offset(of: node.mark)
            if let anchor = node.anchor, !anchors.insert(ObjectIdentifier(anchor)).inserted {
                throw ProfileLintError.malformedInput(location: SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column),
                                                      reason: CatalogMessage(.errorYAMLAliasAnchor, ["anchor": .text(anchor.rawValue)]))
            }
            switch node {
            case .scalar(let scalar):
                let kind: JSONDocument.Kind
                if node.null != nil {
                    kind = .null
                } else if let flag = node.bool {
                    kind = flag ? .true : .false
                } else if scalar.string.contains(":") {
                    // Yams converts colon-separated digits as YAML 1.1 base-60 numbers (`1:30:00`) with
                    // trapping arithmetic, whatever the scalar's tag or quotes, so a long run of them crashed
                    // the process (found by FuzzRules). Such a scalar is a number only when the resolver
                    // tagged it one, and it is never converted here.
                    let tag = node.tag.rawValue
                    kind = tag == Tag.Name.int.rawValue || tag == Tag.Name.float.rawValue ? .number : .tableString
                } else if node.int != nil || node.float != nil {
                    kind = .number
                } else {
                    kind = .tableString
                }
                table.append(scalar.string)
                nodes.append(.init(kind: kind, start: start, end: UInt32(table.count - 1), next: UInt32(nodes.count + 1), count: 0))
            case .sequence(let sequence):
                guard depth < maximumDepth else {
                    throw ProfileLintError.limitExceeded(path: file, reason: CatalogMessage(.errorNestingTooDeep, ["depth": .text(String(maximumDepth))]))
                }
                let index = nodes.count
                nodes.append(.init(kind: .array, start: start, end: 0, next: 0, count: UInt32(sequence.count)))
                for element in sequence { try append(element, depth: depth + 1, maximumDepth: maximumDepth) }
                nodes[index].next = UInt32(nodes.count)
            case .mapping(let mapping):
                guard depth < maximumDepth else {
                    throw ProfileLintError.limitExceeded(path: file, reason: CatalogMessage(.errorNestingTooDeep, ["depth": .text(String(maximumDepth))]))
                }
                let index = nodes.count
                nodes.append(.init(kind: .object, start: start, end: 0, next: 0, count: UInt32(mapping.count)))
                for (key, value) in mapping {
                    guard case .scalar(let keyScalar) = key else {
                        let mark = key.mark
                        throw ProfileLintError.malformedInput(location: SourceLocation(file: file, line: mark?.line, column: mark?.column), reason: CatalogMessage(.errorYAMLKeyNotText))
                    }
                    table.append(keyScalar.string)
                    nodes.append(.init(kind: .tableString, start: offset(of: key.mark), end: UInt32(table.count - 1), next: UInt32(nodes.count + 1), count: 0))
                    try append(value, depth: depth + 1, maximumDepth: maximumDepth)
                }
                nodes[index].next = UInt32(nodes.count)
            case .alias:
                let mark = node.mark
                throw ProfileLintError.malformedInput(location: SourceLocation(file: file, line: mark?.line, column: mark?.column), reason: CatalogMessage(.errorYAMLAlias))
            }
        }
    }
}
