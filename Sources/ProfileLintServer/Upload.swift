import Foundation
import MultipartKit
import NIOCore

/// A `multipart/form-data` form as the upload page posts it: its text fields and at most one file, in memory.
struct UploadedForm: Sendable {
    var fields: [String: String] = [:]
    var fileName: String?
    var fileBytes: [UInt8]?

    /// The boundary of a `multipart/form-data` content type, if it is one.
    static func boundary(of contentType: String?) -> String? {
        guard let contentType else { return nil }
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for part in parts.dropFirst() where part.lowercased().hasPrefix("boundary=") {
            var value = String(part.dropFirst("boundary=".count))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value.isEmpty || value.count > 70 ? nil : value
        }
        return nil
    }

    /// Parses `body`; `nil` when it is not a well-formed form.
    static func parse(_ body: ByteBuffer, boundary: String) -> UploadedForm? {
        final class Collector {
            var form = UploadedForm()
            var headers: [(String, String)] = []
            var body = ByteBuffer()
            var parts = 0
        }
        let collector = Collector()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in collector.headers.append((name, value)) }
        parser.onBody = { chunk in collector.body.writeBuffer(&chunk) }
        parser.onPartComplete = {
            collector.parts += 1
            let disposition = collector.headers.first { $0.0.lowercased() == "content-disposition" }?.1 ?? ""
            let parameters = Self.dispositionParameters(disposition)
            let bytes = collector.body.readBytes(length: collector.body.readableBytes) ?? []
            if let name = parameters["name"] {
                if let fileName = parameters["filename"] {
                    if name == "profile", collector.form.fileBytes == nil {
                        collector.form.fileName = Self.safeName(fileName)
                        collector.form.fileBytes = bytes
                    }
                } else if collector.form.fields[name] == nil, bytes.count <= 4096 {
                    collector.form.fields[name] = String(decoding: bytes, as: UTF8.self)
                }
            }
            collector.headers = []
            collector.body.clear()
        }
        do {
            try parser.execute(body)
        } catch {
            return nil
        }
        return collector.parts > 0 ? collector.form : nil
    }

    /// The parameters of a `Content-Disposition` header (`form-data; name="profile"; filename="Profile.pdf"`).
    static func dispositionParameters(_ header: String) -> [String: String] {
        var parameters: [String: String] = [:]
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            var value = pair[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            parameters[pair[0].lowercased()] = value
        }
        return parameters
    }

    /// The last path component of a browser-sent file name, without control characters, at most 120 characters:
    /// the name is only ever shown (`../../etc/passwd` becomes `passwd`), never used as a path.
    static func safeName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.map(Character.init))
        let trimmed = clean.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed == "." || trimmed == ".." ? "upload" : String(trimmed.prefix(120))
    }
}

/// A URL-encoded form (`application/x-www-form-urlencoded`), as the login and share forms post it.
enum URLEncodedForm {
    static func parse(_ body: ByteBuffer) -> [String: String] {
        let text = String(buffer: body)
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard let key = parts.first.flatMap(decode) else { continue }
            fields[key] = parts.count > 1 ? decode(parts[1]) ?? "" : ""
        }
        return fields
    }

    static func decode(_ text: String) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
