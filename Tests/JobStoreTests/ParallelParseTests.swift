import Testing
@testable import JobStore
import JobMatchCore

/// Files big enough to be cut into several chunks parsed on different threads: records
/// must come back in file order and problems must carry the right line numbers.
@Suite struct ParallelParseTests {
    static let records = (0..<3_000).map { Fixture.candidate("K\($0)", name: "Kandidat \($0) æøå") }

    func lines(blankEvery: Int) -> [String] {
        var out: [String] = []
        for (i, c) in Self.records.enumerated() {
            if i % blankEvery == 0 { out.append("") }
            out.append(Fixture.line(c))
        }
        return out
    }

    @Test func manyChunksGiveTheRecordsInFileOrder() throws {
        let text = lines(blankEvery: 377).joined(separator: "\n") + "\n"
        let bytes = Array(text.utf8)
        #expect(JSONLinesParser.chunkRanges(base: bytes.withUnsafeBufferPointer { $0.baseAddress! }, count: bytes.count).count > 1)
        let parallel = try JSONLinesDecoding.candidates(bytes)
        #expect(parallel == Self.records)
        #expect(try JSONLinesDecoding.candidates(bytes, parallel: false) == Self.records)
    }

    @Test func problemsInLaterChunksHaveFileLineNumbers() throws {
        var all = lines(blankEvery: 1_000)  // blank lines at 1, 1002, 2003
        all[2_500] = all[2_500].replacingOccurrences(of: "weld.mig", with: "weld.mog")
        all[2_998] = "{oops"
        let bytes = Array((all.joined(separator: "\n") + "\n").utf8)
        let schema = Fixture.schema, registry = Fixture.registry
        do {
            _ = try JSONLinesDecoding.candidates(bytes, validator: RecordValidator(schema: schema, registry: registry))
            Issue.record("bad lines were accepted")
        } catch {
            #expect(error.problems.map(\.line) == [2_501, 2_999])
            #expect(error.problems.first?.field == "competences[0].id")
        }
    }

    @Test func encodeThenDecodeIsIdentity() throws {
        #expect(try JSONLinesDecoding.candidates(JSONLinesDecoding.encode(candidates: Self.records)) == Self.records)
    }
}
