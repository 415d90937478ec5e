import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `jobmatch shortlist` and `jobmatch review` through the built binary: the state flow and
/// its roles, the access rule in every output and export format, and two processes editing
/// one shortlist.
@Suite("CLI: shortlists and review")
struct CLIShortlistTests {
    private func run(_ data: URL, _ args: [String], as user: String = "mette.frh") throws -> Harness.Result {
        try Harness.run(args + ["--data", data.path], environment: ["JOBMATCH_USER": user])
    }

    private struct Person { var id, name, email, phone, owner: String; var consent: Bool }

    /// The demo's first candidates, with what the access rule looks at (consent: in force for
    /// Haderslev 0510, the viewer of these tests).
    private func people(_ data: URL, count: Int = 400) throws -> [Person] {
        try String(contentsOf: data.appendingPathComponent("candidates.jsonl"), encoding: .utf8)
            .split(separator: "\n").prefix(count).compactMap { line in
                guard let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
                return Person(id: o["id"] as! String, name: o["name"] as! String, email: o["email"] as! String,
                              phone: o["phone"] as! String, owner: o["ownerMunicipality"] as! String,
                              consent: consentInForce(o, covering: "0510"))
            }
    }

    @Test("draft → submitted → returned → submitted → approved → sent, with the roles of users.json and clear errors")
    func stateFlowAndRoles() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let empty = try run(data, ["shortlist", "submit", "V000003"])
        #expect(empty.status == 1 && empty.stderr.contains("is empty; add candidates"), "\(empty.stderr)")
        #expect(try run(data, ["shortlist", "add", "V000003", "K000010", "--note", "truckkort"]).status == 0)
        let bySupervisor = try run(data, ["shortlist", "add", "V000003", "K000011"], as: "grethe.vend")
        #expect(bySupervisor.status == 1 && bySupervisor.stderr.contains("only a consultant may edit a shortlist"), "\(bySupervisor.stderr)")
        #expect(try run(data, ["shortlist", "submit", "V000003"]).stdout.contains("set to submitted"))
        let locked = try run(data, ["shortlist", "add", "V000003", "K000011"])
        #expect(locked.status == 1 && locked.stderr.contains("is submitted and cannot be edited"), "\(locked.stderr)")
        let selfApprove = try run(data, ["shortlist", "approve", "V000003"])
        #expect(selfApprove.status == 1 && selfApprove.stderr.contains("only a supervisor may approve a shortlist; mette.frh (Mette Holm) is a consultant"))
        // V000003 is in Billund (Trekantområdet): Vendsyssel's supervisor does not review it.
        let otherCooperation = try run(data, ["shortlist", "approve", "V000003"], as: "grethe.vend")
        #expect(otherCooperation.status == 1 && otherCooperation.stderr.contains(
            "V000003 is in Billund, outside the cooperation grethe.vend reviews; its reviewer is asger.trek (Asger Frederiksen)"),
            "\(otherCooperation.stderr)")
        #expect(try run(data, ["review", "list"], as: "grethe.vend").stdout.contains("No shortlists are waiting for review."))
        let noComment = try run(data, ["shortlist", "return", "V000003", "--comment", " "], as: "asger.trek")
        #expect(noComment.status != 0 && noComment.stderr.contains("--comment must say"))
        let returned = try run(data, ["shortlist", "return", "V000003", "--comment", "Én mere, tak", "--json"], as: "asger.trek")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(returned.stdout.utf8)) as? [String: Any])
        let list = try #require(json["shortlist"] as? [String: Any])
        #expect(list["state"] as? String == "returned" && list["comment"] as? String == "Én mere, tak" && json["user"] as? String == "asger.trek")
        #expect(try run(data, ["shortlist", "add", "V000003", "K000011"]).status == 0, "a returned list can be edited again")
        #expect(try run(data, ["shortlist", "move", "V000003", "K000011", "1"]).status == 0)
        #expect(try run(data, ["shortlist", "submit", "V000003"]).status == 0)
        let queue = try run(data, ["review", "list", "--json"], as: "asger.trek")
        let q = try #require(try JSONSerialization.jsonObject(with: Data(queue.stdout.utf8)) as? [String: Any])
        let entries = try #require(q["queue"] as? [[String: Any]])
        #expect(entries.map { $0["vacancy"] as? String } == ["V000003"] && entries[0]["submittedBy"] as? String == "mette.frh")
        #expect((entries[0]["candidates"] as? [[String: Any]])?.map { $0["candidate"] as? String } == ["K000011", "K000010"])
        let sendEarly = try run(data, ["shortlist", "send", "V000003"])
        #expect(sendEarly.status == 1 && sendEarly.stderr.contains("is submitted; it cannot become sent"), "\(sendEarly.stderr)")
        #expect(try run(data, ["shortlist", "approve", "V000003"], as: "asger.trek").status == 0)
        let supervisorSends = try run(data, ["shortlist", "send", "V000003"], as: "asger.trek")
        #expect(supervisorSends.status == 1 && supervisorSends.stderr.contains("only a consultant may send"))
        #expect(try run(data, ["shortlist", "send", "V000003"]).stdout.contains("shortlist sent"))
        #expect(try run(data, ["review", "list"], as: "asger.trek").stdout.contains("No shortlists are waiting for review."))
        let audit = try String(contentsOf: data.appendingPathComponent("audit.jsonl"), encoding: .utf8)
        #expect(audit.contains("\"user\":\"asger.trek\"") && audit.contains("shortlist V000003 set to approved"))
        #expect(audit.contains("\"recordId\":\"K000010\",\"detail\":\"shortlist V000003: added K000010"))
    }

    @Test("as another municipality's consultant: no hidden name, e-mail or phone in show, review list or any export format")
    func accessEverywhere() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let everyone = try people(data)
        // Acting for 0510 (astrid.had): a few hidden from her, a few she may see.
        let hidden = Array(everyone.filter { $0.owner != "0510" && !$0.consent }.prefix(3))
        let visible = Array(everyone.filter { $0.owner == "0510" || $0.consent }.prefix(2))
        try #require(hidden.count == 3 && visible.count == 2)
        for p in hidden + visible { #expect(try run(data, ["shortlist", "add", "V000005", p.id]).status == 0) }
        #expect(try run(data, ["shortlist", "submit", "V000005"]).status == 0)

        var outputs: [(String, String)] = []
        for args in [["shortlist", "show", "V000005"], ["shortlist", "show", "V000005", "--json"],
                     ["review", "list"], ["review", "list", "--json"], ["shortlist", "list"], ["shortlist", "list", "--json"]] {
            let r = try run(data, args, as: "astrid.had")
            #expect(r.status == 0, "\(args): \(r.stderr)")
            outputs.append((args.joined(separator: " "), r.stdout + r.stderr))
        }
        let dir = data.deletingLastPathComponent()
        for format in ["csv", "md", "json"] {
            let printed = try run(data, ["shortlist", "export", "V000005", "--format", format], as: "astrid.had")
            #expect(printed.status == 0, "\(printed.stderr)")
            outputs.append(("export \(format)", printed.stdout))
            let file = dir.appendingPathComponent("export.\(format)")
            let written = try run(data, ["shortlist", "export", "V000005", "--format", format, "--out", file.path], as: "astrid.had")
            #expect(written.status == 0 && written.stdout.isEmpty, "\(written.stderr)")
            outputs.append(("export \(format) --out", try String(contentsOf: file, encoding: .utf8)))
            let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        for (what, text) in outputs {
            for p in hidden {
                #expect(!text.contains(p.name) && !text.contains(p.email) && !text.contains(p.phone), "\(what) shows \(p.id)")
            }
        }
        for (what, text) in outputs where what.hasPrefix("export") || what.hasPrefix("shortlist show") || what.hasPrefix("review list") {
            for p in hidden { #expect(text.contains(p.id), "\(what) lacks \(p.id)") }
            for p in visible { #expect(text.contains(p.name), "\(what) lacks \(p.name)") }
            #expect(what.hasPrefix("export") ? text.contains("contact: ") || text.contains("\"contact\"") : true, "\(what)")
        }
        // Every exported visible candidate has its own view entry; no hidden one has any view.
        let audit = try String(contentsOf: data.appendingPathComponent("audit.jsonl"), encoding: .utf8).split(separator: "\n")
        for p in visible {
            #expect(audit.filter { $0.contains("\"action\":\"view\"") && $0.contains("\"recordId\":\"\(p.id)\"")
                && $0.contains("exported on the shortlist for V000005") }.count == 6)
        }
        for p in hidden {
            #expect(!audit.contains { $0.contains("\"action\":\"view\"") && $0.contains(p.id) }, "\(p.id) logged as viewed")
        }
    }

    @Test("the export writes nothing when the audit log cannot take the view (fail closed)")
    func exportFailsClosed() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        #expect(try run(data, ["shortlist", "add", "V000005", "K000001"], as: "astrid.had").status == 0)
        // A directory where the log should be: every append fails.
        try? FileManager.default.removeItem(at: data.appendingPathComponent("audit.jsonl"))
        try FileManager.default.createDirectory(at: data.appendingPathComponent("audit.jsonl"), withIntermediateDirectories: false)
        let file = data.deletingLastPathComponent().appendingPathComponent("out.csv")
        for extra in [[], ["--out", file.path]] {
            let r = try run(data, ["shortlist", "export", "V000005", "--format", "csv"] + extra, as: "astrid.had")
            #expect(r.status == 1 && r.stdout.isEmpty && r.stderr.contains("nothing exported"), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test("two processes editing one shortlist: a stale --version is refused naming who changed what; concurrent adds both land")
    func twoProcesses() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        func start(_ args: [String], user: String) throws -> (Process, URL, URL) {
            let dir = data.deletingLastPathComponent()
            let out = dir.appendingPathComponent("out-\(UUID().uuidString)"), err = dir.appendingPathComponent("err-\(UUID().uuidString)")
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            let p = Process()
            p.executableURL = Harness.binary
            p.arguments = args + ["--data", data.path]
            var env = ProcessInfo.processInfo.environment
            env["JOBMATCH_USER"] = user
            env["JOBMATCH_DATA"] = nil
            p.environment = env
            p.standardOutput = try FileHandle(forWritingTo: out)
            p.standardError = try FileHandle(forWritingTo: err)
            p.standardInput = FileHandle.nullDevice
            try p.run()
            return (p, out, err)
        }
        func finish(_ r: (Process, URL, URL)) throws -> Harness.Result {
            r.0.waitUntilExit()
            return Harness.Result(status: r.0.terminationStatus, stdout: try String(contentsOf: r.1, encoding: .utf8),
                                  stderr: try String(contentsOf: r.2, encoding: .utf8))
        }
        // Both read version 0 and change it at once: one lands, the other is told who won.
        let a = try start(["shortlist", "add", "V000007", "K000020", "--version", "0"], user: "mette.frh")
        let b = try start(["shortlist", "add", "V000007", "K000021", "--version", "0"], user: "trine.aal")
        let results = [try finish(a), try finish(b)]
        let won = results.filter { $0.status == 0 }, lost = results.filter { $0.status != 0 }
        try #require(won.count == 1 && lost.count == 1, "\(results.map(\.stderr))")
        #expect(lost[0].status == 3)
        let winner = won[0].stdout.contains("mette.frh") ? ("mette.frh", "K000020") : ("trine.aal", "K000021")
        #expect(lost[0].stderr.contains("was changed meanwhile: \(winner.0) added \(winner.1)"), "\(lost[0].stderr)")
        #expect(lost[0].stderr.contains("now version 1, yours 0"))
        // Without --version a change is based on the latest state: concurrent adds both land.
        let c = try start(["shortlist", "add", "V000008", "K000030"], user: "mette.frh")
        let d = try start(["shortlist", "add", "V000008", "K000031"], user: "trine.aal")
        let both = [try finish(c), try finish(d)]
        let shown = try run(data, ["shortlist", "show", "V000008", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let ids = Set((json["candidates"] as? [[String: Any]] ?? []).compactMap { $0["candidate"] as? String })
        #expect(both.allSatisfy { $0.status == 0 }, "\(both.map(\.stderr))")
        #expect(ids == ["K000030", "K000031"])
    }
}
