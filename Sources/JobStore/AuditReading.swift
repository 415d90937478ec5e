import Foundation
import JobMatchCore

/// One entry read back from `audit.jsonl`.
public struct AuditEntry: Sendable, Equatable, Codable {
    /// 1-based line in the file.
    public var line: Int
    public var time: String
    public var user: String
    public var userMunicipality: String
    public var action: String
    public var recordKind: String
    public var recordID: String
    public var detail: String

    enum CodingKeys: String, CodingKey {
        case line, time, user, userMunicipality, action, recordKind, recordID = "recordId", detail
    }

    /// True when the entry is about candidate `id`: a view or change of her record, or a
    /// list that showed her name (`detail` then names her id).
    public func concerns(candidate id: String) -> Bool {
        (recordKind == "candidate" && recordID == id)
            || (recordKind != "candidate" && detail.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ":" }).contains { $0 == id })
    }
}

/// What `AuditLog.check()` found: the chain's state and where it first breaks.
public struct AuditReport: Sendable, Equatable {
    /// Complete lines in the log.
    public var entryCount: Int
    /// The last complete entry's hash (what the next entry's `prev` will be), nil when empty.
    public var head: String?
    /// First bad line first (`audit.jsonl:LINE: field: what`); empty when the log is intact.
    public var problems: [Problem]
    /// Facts worth knowing that are not damage (an entry written after the last checkpoint).
    public var notes: [String]

    public var isIntact: Bool { problems.isEmpty }
}

extension AuditLog {
    /// Checks every line's own hash, each line's link to the one before, the last line's
    /// completeness, and the checkpoint. An unkeyed chain shows accidental damage and
    /// careless edits; it cannot stop someone who rewrites the whole file and checkpoint.
    public func check() throws(AuditError) -> AuditReport {
        let bytes = try AuditFiles.read(directory.appendingPathComponent(Self.fileName).path, name: Self.fileName) ?? []
        var problems: [Problem] = []
        var identities: [String] = []
        func problem(_ line: Int, _ field: String, _ message: String) {
            problems.append(Problem(file: Self.fileName, line: line, field: field, message: message))
        }
        var start = 0
        var expectedPrev = ""
        while let nl = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            let line = bytes[start..<nl]
            let number = identities.count + 1
            start = nl + 1
            if let (hash, body) = Self.hashField(line) {
                if SHA256.hex(body) != hash { problem(number, "hash", "the entry was changed after it was written") }
            }
            switch Self.prevField(line) {
            case nil:
                problem(number, "prev", "not an audit entry (no hash of the previous entry)")
            case let prev? where prev != expectedPrev:
                problem(number, "prev", number == 1
                        ? "the first entry names a previous one: entries before it were removed"
                        : "does not follow line \(number - 1): an entry was removed or moved here, or line \(number - 1) was rewritten")
            default:
                break
            }
            let identity = Self.identity(line)
            identities.append(identity)
            expectedPrev = identity
        }
        if start < bytes.count {
            problem(identities.count + 1, "", "the last entry is incomplete (a write was interrupted); nothing is appended after it "
                    + "until it is cut off with `truncate -s \(start) audit.jsonl`")
        }
        var notes: [String] = []
        let count = identities.count
        switch try AuditCheckpoint.read(directory: directory.path) {
        case nil where count > 0:
            problems.append(Problem(file: Self.checkpointFileName, line: 0, field: "", message:
                "missing, so entries removed from the end of audit.jsonl cannot be noticed (a log written before "
                + "jobmatch kept checkpoints gets one with its next entry)"))
        case nil:
            break
        case .failure(let p)?:
            problems.append(p)
        case .success(let c)?:
            if c.entries > count {
                let missing = c.entries - count
                problem(count + 1, "", "audit.checkpoint recorded \(c.entries) entries but the log has \(count): "
                        + "\(missing) entr\(missing == 1 ? "y was" : "ies were") removed (from the end, unless a line above is reported)")
            } else if c.entries > 0, identities[c.entries - 1] != c.head {
                problem(c.entries, "hash", "differs from the hash audit.checkpoint recorded for entry \(c.entries): "
                        + "the log was rewritten at or before this line")
            } else if count > c.entries {
                notes.append("\(count - c.entries) entr\(count - c.entries == 1 ? "y" : "ies") after the checkpoint "
                             + "(a crash between writing an entry and the checkpoint leaves one)")
            }
        }
        problems.sort { a, b in
            (a.file == Self.fileName ? a.line : .max) < (b.file == Self.fileName ? b.line : .max)
        }
        return AuditReport(entryCount: count, head: identities.last, problems: problems, notes: notes)
    }

    /// The chain's problems (`audit.jsonl:LINE: field: …`), empty when intact.
    public func verify() throws(AuditError) -> [Problem] { try check().problems }

    /// Every complete entry, in file order; lines that are not entries are skipped (`check`
    /// reports them).
    public func entries() throws(AuditError) -> [AuditEntry] {
        let bytes = try AuditFiles.read(directory.appendingPathComponent(Self.fileName).path, name: Self.fileName) ?? []
        var out: [AuditEntry] = []
        var number = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast() {
            number += 1
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { continue }
            func s(_ key: String) -> String { object[key] as? String ?? "" }
            out.append(AuditEntry(line: number, time: s("time"), user: s("user"), userMunicipality: s("userMunicipality"),
                                  action: s("action"), recordKind: s("recordKind"), recordID: s("recordId"), detail: s("detail")))
        }
        return out
    }

    /// The `prev` value: read from its fixed place before the hash in lines this version
    /// writes, else searched for (older lines).
    static func prevField(_ line: ArraySlice<UInt8>) -> String? {
        let body = hashField(line)?.body ?? line
        let marker = Array(",\"prev\":\"".utf8)
        guard body.count >= marker.count + 1 else { return nil }
        // `prev` is the last field of the body: `,"prev":"` + value + `"`.
        if hashField(line) != nil, body.last == UInt8(ascii: "\"") {
            let valueEnd = body.endIndex - 1
            var i = valueEnd
            while i > body.startIndex, body[i - 1] != UInt8(ascii: "\"") { i -= 1 }
            let markerStart = i - marker.count
            guard markerStart >= body.startIndex, body[markerStart..<i].elementsEqual(marker) else { return nil }
            return String(decoding: body[i..<valueEnd], as: UTF8.self)
        }
        let text = String(decoding: body, as: UTF8.self)
        guard let r = text.range(of: "\"prev\":\""), let end = text[r.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(text[r.upperBound..<end])
    }
}

extension AuditLog {
    /// The status-line warning the workbench shows at start when the log is damaged or
    /// cannot be read, nil when it is intact.
    public func openingWarning() -> String? {
        do {
            let report = try check()
            guard let first = report.problems.first else { return nil }
            let more = report.problems.count > 1 ? " (+\(report.problems.count - 1) more)" : ""
            return "Audit log damaged: \(first)\(more) — run `jobmatch audit verify`"
        } catch {
            return "Audit log unreadable: \(error)"
        }
    }
}
