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
        var chunks = parallel ? chunkRanges(base: base, count: bytes.count) : [0..<bytes.count]
        // A leading byte order mark (what Windows editors write) is not part of line 1. Its
        // bytes stay in the file: a save that replaces line 1 keeps them before the line.
        if hasByteOrderMark(bytes) { chunks[0] = min(3, chunks[0].upperBound)..<chunks[0].upperBound }
        let ranges = chunks
        let keys = RecordKeys.shared
        let endsWithNewline = base[bytes.count - 1] == UInt8(ascii: "\n")
        // Pass 1: count the lines of each chunk, so each chunk knows where its records go.
        var lineCounts = [Int](repeating: 0, count: ranges.count)
        lineCounts.withUnsafeMutableBufferPointer { counts in
            let shared = UncheckedSendable((base, counts))
            perform(ranges.count) { k in shared.value.1[k] = countLines(shared.value.0, ranges[k]) }
        }
        var slotStarts = [Int](repeating: 0, count: ranges.count)
        for k in ranges.indices.dropFirst() { slotStarts[k] = slotStarts[k - 1] + lineCounts[k - 1] }
        let firstSlot = slotStarts
        let slots = (firstSlot.last ?? 0) + (lineCounts.last ?? 0)

        // Pass 2: each chunk decodes its lines straight into its slots of the result
        // (no per-chunk arrays to copy and retain afterwards), then the gaps left by blank
        // or bad lines are closed by moving records down.
        var parts = [ParsedLines<Record>](repeating: ParsedLines(), count: ranges.count)
        var recordCounts = [Int](repeating: 0, count: ranges.count)
        let records = [Record](unsafeUninitializedCapacity: slots) { buffer, initialized in
            parts.withUnsafeMutableBufferPointer { partsOut in
                recordCounts.withUnsafeMutableBufferPointer { countsOut in
                    // Each iteration writes only its own slots, so sharing the pointers is safe.
                    let shared = UncheckedSendable((base, partsOut, countsOut, buffer))
                    perform(ranges.count) { k in
                        let (base, partsOut, countsOut, buffer) = shared.value
                        (partsOut[k], countsOut[k]) = parseChunk(
                            base: base, range: ranges[k], truncatedTail: k == ranges.count - 1 && !endsWithNewline,
                            file: file, cap: cap, keys: keys, out: buffer.baseAddress! + firstSlot[k],
                            decode: decode, check: check)
                    }
                }
            }
            var filled = 0
            for k in ranges.indices {
                if firstSlot[k] != filled {
                    (buffer.baseAddress! + filled).moveInitialize(from: buffer.baseAddress! + firstSlot[k], count: recordCounts[k])
                }
                filled += recordCounts[k]
            }
            initialized = filled
        }
        var result = ParsedLines<Record>()
        result.records = records
        result.lines.reserveCapacity(records.count)
        result.spans.reserveCapacity(records.count)
        var lineOffset = 0
        for (k, part) in parts.enumerated() {
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

    /// True when the bytes start with the UTF-8 byte order mark EF BB BF.
    static func hasByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    private static func perform(_ count: Int, _ work: @Sendable (Int) -> Void) {
        if count == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: count, execute: work) }
    }

    /// Lines in a chunk as `parseChunk` counts them: one per newline, plus an unterminated tail.
    static func countLines(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) -> Int {
        var n = 0
        var p = range.lowerBound
        while p < range.upperBound {
            n += 1
            guard let nl = memchr(base + p, Int32(UInt8(ascii: "\n")), range.upperBound - p) else { break }
            p = base.distance(to: nl.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return n
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

    /// Parses the lines of one chunk into `records` (in order, without gaps); line numbers
    /// are 1-based within the chunk. Returns the problems and how many records were written.
    private static func parseChunk<Record>(
        base: UnsafePointer<UInt8>, range: Range<Int>, truncatedTail: Bool, file: String, cap: Int, keys: RecordKeys,
        out records: UnsafeMutablePointer<Record>,
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
                out.problemCount += decoder.droppedProblems
                guard let record, decoder.problems.isEmpty, decoder.droppedProblems == 0, decoder.cursor.pos == end else { continue }
                let found = check(record)
                if found.isEmpty {
                    (records + out.lines.count).initialize(to: record)
                    out.lines.append(Int32(line))
                    out.spans.append(start..<min(end + 1, range.upperBound))
                } else {
                    for p in found { add(line, p.field, p.message) }
                }
            } catch {
                for p in decoder.problems { add(line, p.field, p.message) }
                out.problemCount += decoder.droppedProblems
                if error.atEnd && !hasNewline && truncatedTail {
                    add(line, "", "line is truncated (file ends mid-record)")
                } else {
                    let col = JSONCursor.column(base: base, lineStart: start, offset: error.offset)
                    add(line, "", "malformed JSON at column \(col): \(error.message)")
                }
            }
        }
        return (out, out.lines.count)
    }
}
