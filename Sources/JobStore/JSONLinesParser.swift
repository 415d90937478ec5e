import Dispatch
import JobMatchCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hands a value the compiler cannot prove thread-safe to `concurrentPerform`, where the
/// caller guarantees that every iteration touches disjoint memory.
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// The records of one JSON Lines file, with the line each came from, and every problem.
struct ParsedLines<Record> {
    var records: [Record] = []
    /// 1-based line of each record, for "duplicate id (first on line 12)".
    var lines: [Int32] = []
    /// Byte range of each record's line, newline included (used to replace one line).
    var spans: [Range<Int>] = []
    /// The first `cap` problems in file order.
    var problems: [Problem] = []
    /// All problems found, including those beyond the cap.
    var problemCount = 0
}

/// Parses JSON Lines in parallel: the bytes are cut into chunks at line boundaries, each
/// chunk is decoded and checked on its own core, and the results are joined in file order
/// (line numbers are fixed up from each chunk's line count). Blank lines are skipped.
enum JSONLinesParser {
    /// Chunks are at least this big, so small files are parsed on one thread without
    /// dispatch overhead.
    static let minimumChunkBytes = 256 * 1024

    static func parse<Record: Sendable>(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, cap: Int, parallel: Bool = true,
        decode: @escaping @Sendable (inout LineDecoder) throws(SyntaxError) -> Record?,
        check: @escaping @Sendable (Record) -> [FieldProblem]
    ) -> ParsedLines<Record> {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return ParsedLines() }
        let ranges = parallel ? chunkRanges(base: base, count: bytes.count) : [0..<bytes.count]
        let keys = RecordKeys.shared
        var parts = [ParsedLines<Record>](repeating: ParsedLines(), count: ranges.count)
        var lineCounts = [Int](repeating: 0, count: ranges.count)
        let endsWithNewline = base[bytes.count - 1] == UInt8(ascii: "\n")
        parts.withUnsafeMutableBufferPointer { partsOut in
            lineCounts.withUnsafeMutableBufferPointer { countsOut in
                // Each iteration writes only its own slot, so sharing the pointers is safe.
                let shared = UncheckedSendable((base, partsOut, countsOut))
                let work: @Sendable (Int) -> Void = { k in
                    let (base, partsOut, countsOut) = shared.value
                    let isLast = k == ranges.count - 1
                    (partsOut[k], countsOut[k]) = parseChunk(
                        base: base, range: ranges[k], truncatedTail: isLast && !endsWithNewline, file: file,
                        cap: cap, keys: keys, decode: decode, check: check)
                }
                if ranges.count == 1 { work(0) } else {
                    DispatchQueue.concurrentPerform(iterations: ranges.count, execute: work)
                }
            }
        }
        var result = ParsedLines<Record>()
        result.records.reserveCapacity(parts.reduce(0) { $0 + $1.records.count })
        result.lines.reserveCapacity(result.records.capacity)
        result.spans.reserveCapacity(result.records.capacity)
        var lineOffset = 0
        for (k, part) in parts.enumerated() {
            result.records.append(contentsOf: part.records)
            result.lines.append(contentsOf: part.lines.map { $0 + Int32(lineOffset) })
            result.spans.append(contentsOf: part.spans)
            for var p in part.problems where result.problems.count < cap {
                p.line += lineOffset
                result.problems.append(p)
            }
            result.problemCount += part.problemCount
            lineOffset += lineCounts[k]
        }
        return result
    }

    /// Splits `count` bytes into about 4 chunks per core, each ending after a newline.
    static func chunkRanges(base: UnsafePointer<UInt8>, count: Int) -> [Range<Int>] {
        let cores = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        let wanted = max(1, min(cores * 4, count / minimumChunkBytes))
        var ranges: [Range<Int>] = []
        var start = 0
        for k in 1...wanted {
            guard start < count else { break }
            var cut = k == wanted ? count : max(start, count * k / wanted)
            if cut < count {
                if let nl = memchr(base + cut, Int32(UInt8(ascii: "\n")), count - cut) {
                    cut = base.distance(to: nl.assumingMemoryBound(to: UInt8.self)) + 1
                } else { cut = count }
            }
            ranges.append(start..<cut)
            start = cut
        }
        return ranges
    }

    /// Parses the lines of one chunk; line numbers are 1-based within the chunk.
    private static func parseChunk<Record>(
        base: UnsafePointer<UInt8>, range: Range<Int>, truncatedTail: Bool, file: String, cap: Int, keys: RecordKeys,
        decode: (inout LineDecoder) throws(SyntaxError) -> Record?, check: (Record) -> [FieldProblem]
    ) -> (ParsedLines<Record>, Int) {
        var out = ParsedLines<Record>()
        var line = 0
        var start = range.lowerBound
        func add(_ line: Int, _ field: String, _ message: String) {
            out.problemCount += 1
            if out.problems.count < cap { out.problems.append(Problem(file: file, line: line, field: field, message: message)) }
        }
        while start < range.upperBound {
            line += 1
            var end = range.upperBound
            var hasNewline = false
            if let nl = memchr(base + start, Int32(UInt8(ascii: "\n")), range.upperBound - start) {
                end = base.distance(to: nl.assumingMemoryBound(to: UInt8.self))
                hasNewline = true
            }
            defer { start = end + 1 }
            var decoder = LineDecoder(cursor: JSONCursor(base: base, start: start, end: end), keys: keys)
            decoder.cursor.skipWhitespace()
            if decoder.cursor.pos == end { continue }  // blank line
            do {
                let record = try decode(&decoder)
                decoder.cursor.skipWhitespace()
                if decoder.cursor.pos < end {
                    let col = JSONCursor.column(base: base, lineStart: start, offset: decoder.cursor.pos - start)
                    add(line, "", "unexpected text after the end of the record at column \(col) (one record per line)")
                }
                for p in decoder.problems { add(line, p.field, p.message) }
                guard let record, decoder.problems.isEmpty, decoder.cursor.pos == end else { continue }
                let found = check(record)
                if found.isEmpty {
                    out.records.append(record)
                    out.lines.append(Int32(line))
                    out.spans.append(start..<min(end + 1, range.upperBound))
                } else {
                    for p in found { add(line, p.field, p.message) }
                }
            } catch {
                for p in decoder.problems { add(line, p.field, p.message) }
                if error.atEnd && !hasNewline && truncatedTail {
                    add(line, "", "line is truncated (file ends mid-record)")
                } else {
                    let col = JSONCursor.column(base: base, lineStart: start, offset: error.offset)
                    add(line, "", "malformed JSON at column \(col): \(error.message)")
                }
            }
        }
        return (out, line)
    }
}
