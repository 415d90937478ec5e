import Foundation
import Testing
@testable import JobStore

@Suite struct DataDirectoryTests {
    let env = ["JOBMATCH_DATA": "/srv/jobcenter", "XDG_DATA_HOME": "/home/mj/.xdg", "HOME": "/home/mj"]

    @Test func explicitDataOptionWins() {
        #expect(DataDirectory.resolve(explicit: "/mnt/shared/jm", environment: env).path == "/mnt/shared/jm")
    }

    @Test func thenJobmatchData() {
        #expect(DataDirectory.resolve(explicit: nil, environment: env).path == "/srv/jobcenter")
    }

    @Test func thenXdgDataHome() {
        var e = env
        e["JOBMATCH_DATA"] = ""
        #expect(DataDirectory.resolve(explicit: nil, environment: e).path == "/home/mj/.xdg/jobmatch")
    }

    @Test func thenHomeLocalShare() {
        #expect(DataDirectory.resolve(explicit: nil, environment: ["HOME": "/home/mj"]).path == "/home/mj/.local/share/jobmatch")
        #expect(DataDirectory.resolve(explicit: "~/jm", environment: ["HOME": "/home/mj"]).path == "/home/mj/jm")
    }

    @Test func restoringReferenceFilesInstallsOnlyWhatIsMissingAndNeverOverwrites() throws {
        let dir = try TempDataDirectory()
        let schema = dir.url.appendingPathComponent("schema.json")
        let before = try dir.bytes("candidates.jsonl")
        try FileManager.default.removeItem(at: dir.url.appendingPathComponent("municipalities.json"))
        #expect(try DataDirectory.restoreReferenceFiles(at: dir.url) == ["municipalities.json"])
        #expect(try dir.bytes("schema.json") == Data(Fixture.schemaJSON.utf8) || FileManager.default.fileExists(atPath: schema.path))
        #expect(try dir.bytes("candidates.jsonl") == before)
        #expect(try DataDirectory.restoreReferenceFiles(at: dir.url).isEmpty)
    }
}
