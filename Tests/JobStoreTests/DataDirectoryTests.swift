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

    @Test func setUpInstallsTheBundledFilesAndNeverOverwrites() throws {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("jobmatch-setup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(DataDirectory.isEmpty(dir))
        #expect(DataDirectory.needsSetUp(dir))
        try DataDirectory.setUp(at: dir)
        #expect(!DataDirectory.needsSetUp(dir))
        #expect(!DataDirectory.isEmpty(dir))
        let schema = dir.appendingPathComponent("schema.json")
        try Data("{\"mine\":1}".utf8).write(to: schema)
        try DataDirectory.setUp(at: dir)
        #expect(try Data(contentsOf: schema) == Data("{\"mine\":1}".utf8))
    }
}
