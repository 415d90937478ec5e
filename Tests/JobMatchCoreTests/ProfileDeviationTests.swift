import Foundation
import Testing

/// The occupation profiles agree with ESCO (issue #11): every essential profile item is
/// ESCO-essential for the occupation or justified item by item in
/// data/reference/profile-deviations.tsv, and the generator refuses a justification that
/// is stale or names something that does not exist.
@Suite("Occupation profiles against ESCO")
struct ProfileDeviationTests {
    /// Runs tools/make_reference_data.py with `arguments`; returns (exit status, stdout, stderr).
    static func runGenerator(_ arguments: [String]) throws -> (Int32, String, String) {
        guard let python3 = CommittedReferenceFiles.python3 else { return (-1, "", "no python3") }
        let process = Process()
        process.executableURL = python3
        process.arguments = [CommittedReferenceFiles.generator.path, "--shared", CommittedReferenceFiles.shared.path] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("jobmatch-deviations-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test(.enabled(if: CommittedReferenceFiles.canRegenerate,
                   "needs python3 on PATH and the shared ESCO and municipality sources in ../shared"))
    func atLeastNinetyPercentOfEssentialsAreEscoEssentialOrJustified() throws {
        let out = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let (status, stdout, stderr) = try Self.runGenerator(["--out", out.path, "--report"])
        #expect(status == 0, "\(stderr)")
        let line = stdout.split(separator: "\n").first { $0.contains("ESCO-essential or justified:") }
        let numbers = line.map { $0.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) } } ?? []
        // "ESCO-essential or justified: 741 of 741 (100.0%; goal 90%)"
        try #require(numbers.count >= 2, "no agreement line in --report: \(stdout.suffix(300))")
        #expect(numbers[0] * 10 >= numbers[1] * 9, "\(line ?? "")")
        #expect(try CommittedReferenceFiles.schema().occupations.count >= 200)
    }

    @Test(.enabled(if: CommittedReferenceFiles.canRegenerate,
                   "needs python3 on PATH and the shared ESCO and municipality sources in ../shared"))
    func theGeneratorRefusesStaleAndUnknownJustifications() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let reference = dir.appendingPathComponent("reference")
        let source = CommittedReferenceFiles.repoRoot.appendingPathComponent("data/reference")
        try FileManager.default.copyItem(at: source, to: reference)
        let table = reference.appendingPathComponent("profile-deviations.tsv")
        var text = try String(contentsOf: table, encoding: .utf8)
        // weld.mag IS essential for ESCO's "welder": a justification for it is stale.
        text += "occ.welder\tweld.mag\tDanish welder ads ask for MAG welding of structural steel\n"
        text += "occ.no-such-job\tweld.mag\tDanish welder ads ask for MAG welding of structural steel\n"
        text += "occ.welder\tweld.no-such-skill\tDanish welder ads ask for MAG welding of structural steel\n"
        try text.write(to: table, atomically: true, encoding: .utf8)

        let (status, _, stderr) = try Self.runGenerator(["--reference", reference.path, "--out", dir.appendingPathComponent("out").path])
        #expect(status == 1)
        #expect(stderr.contains("stale justification: 'weld.mag' is ESCO-essential for occ.welder"), "\(stderr)")
        #expect(stderr.contains("unknown occupation 'occ.no-such-job'"), "\(stderr)")
        #expect(stderr.contains("unknown competence 'weld.no-such-skill'"), "\(stderr)")
    }
}
