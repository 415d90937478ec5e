import Foundation
import Testing
@testable import JobStore
import JobMatchCore
#if canImport(Glibc)
import Glibc
#endif

private func mode(_ url: URL) -> mode_t {
    var st = stat()
    stat(url.path, &st)
    return st.st_mode & 0o7777
}

private func tempFiles(_ url: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { AtomicWriter.isTempName($0) }
}

@Suite struct SaveTests {
    @Test func saveBumpsTheVersionAndIsLoadedBack() throws {
        let dir = try TempDataDirectory()
        var c = Fixture.candidate()
        c.name = "Ændret Navn"
        let saved = try DataStore.save(candidate: c, expectedVersion: 1, in: dir.url)
        #expect(saved.version == 2)
        #expect(try dir.store.load().candidates == [saved])
    }

    @Test func staleVersionIsRefusedAndNothingChanges() throws {
        let dir = try TempDataDirectory()
        try dir.store.save(candidate: Fixture.candidate(), expectedVersion: 1)  // someone else: now version 2
        let before = try dir.bytes("candidates.jsonl")
        var mine = Fixture.candidate()
        mine.name = "Mine"
        #expect(throws: StoreError.staleVersion(kind: .candidate, id: "K000001", stored: 2, yours: 1)) {
            try dir.store.save(candidate: mine, expectedVersion: 1)
        }
        #expect(try dir.bytes("candidates.jsonl") == before)
        #expect(StoreError.staleVersion(kind: .candidate, id: "K000123", stored: 4, yours: 3).description
            == "candidate K000123 was changed by someone else (stored version 4, yours 3); reload and try again")
    }

    @Test func createNeedsAFreshIdAndUpdateNeedsAnExistingOne() throws {
        let dir = try TempDataDirectory()
        let created = try dir.store.save(candidate: Fixture.candidate("K000002"), expectedVersion: 0)
        #expect(created.version == 1)
        #expect(try dir.store.load().candidates.map(\.id) == ["K000001", "K000002"])
        #expect(throws: StoreError.alreadyExists(kind: .candidate, id: "K000002", stored: 1)) {
            try dir.store.save(candidate: Fixture.candidate("K000002"), expectedVersion: 0)
        }
        #expect(throws: StoreError.notFound(kind: .candidate, id: "K000009", yours: 3)) {
            try dir.store.save(candidate: Fixture.candidate("K000009"), expectedVersion: 3)
        }
    }

    @Test func savingARecordTheSchemaRefusesWritesNothing() throws {
        let dir = try TempDataDirectory()
        let before = try dir.bytes("vacancies.jsonl")
        var v = Fixture.vacancy()
        v.company = "00000000"
        v.requirements[0].minLevel = 5
        do {
            try dir.store.save(vacancy: v, expectedVersion: 1)
            Issue.record("an invalid vacancy was saved")
        } catch {
            guard case .invalid(let problems) = error else { Issue.record("wrong error \(error)"); return }
            #expect(problems.map(\.field).sorted() == ["company", "requirements[0].minLevel"])
        }
        #expect(try dir.bytes("vacancies.jsonl") == before)
    }

    @Test func vacancyAndCompanySavesWork() throws {
        let dir = try TempDataDirectory()
        var company = Fixture.company()
        company.municipalities.append("0860")
        try dir.store.save(company: company, expectedVersion: 1)
        var v = Fixture.vacancy()
        v.positions = 5
        try dir.store.save(vacancy: v, expectedVersion: 1)
        let data = try dir.store.load()
        #expect(data.companies[0].municipalities == ["0813", "0860"] && data.companies[0].version == 2)
        #expect(data.vacancies[0].positions == 5 && data.vacancies[0].version == 2)
    }

    @Test func failedWriteBeforeRenameLeavesOldDataLoadableAndNoTempFile() throws {
        let dir = try TempDataDirectory()
        let before = try dir.bytes("candidates.jsonl")
        var store = dir.store
        store.beforeRename = { _ throws(StoreError) in throw StoreError.io(file: "candidates.jsonl", operation: "write", errno: ENOSPC) }
        var c = Fixture.candidate()
        c.name = "Never stored"
        #expect(throws: StoreError.io(file: "candidates.jsonl", operation: "write", errno: ENOSPC)) {
            try store.save(candidate: c, expectedVersion: 1)
        }
        #expect(try dir.bytes("candidates.jsonl") == before)
        #expect(tempFiles(dir.url).isEmpty)
        #expect(try dir.store.load().candidates == [Fixture.candidate()])
        #expect(StoreError.io(file: "candidates.jsonl", operation: "write", errno: ENOSPC).description
            .hasPrefix("could not write candidates.jsonl: No space left on device"))
    }

    @Test func crashBeforeRenameLeavesATempFileThatIsIgnoredThenCleanedUp() throws {
        let dir = try TempDataDirectory()
        var store = dir.store
        // The "crash": the temp file is complete and synced, but the process dies before rename.
        store.beforeRename = { temp throws(StoreError) in
            try? FileManager.default.copyItem(atPath: temp, toPath: temp + "-crashed")
            throw StoreError.io(file: "candidates.jsonl", operation: "replace", errno: EIO)
        }
        var c = Fixture.candidate()
        c.name = "Lost in the crash"
        _ = try? store.save(candidate: c, expectedVersion: 1)
        #expect(tempFiles(dir.url).count == 1)
        #expect(try dir.store.load().candidates == [Fixture.candidate()])
        try dir.store.save(candidate: c, expectedVersion: 1)
        #expect(tempFiles(dir.url).isEmpty)
        #expect(try dir.store.load().candidates[0].name == "Lost in the crash")
    }

    @Test func secondWriterIsRefusedWhileTheLockIsHeld() throws {
        let dir = try TempDataDirectory()
        let held = try DirectoryLock.acquire(directory: dir.url.path, sharing: .personal, timeout: .seconds(1))
        var store = dir.store
        store.lockTimeout = .milliseconds(60)
        #expect(throws: StoreError.locked(directory: dir.url.path, pid: getpid())) {
            try store.save(candidate: Fixture.candidate(), expectedVersion: 1)
        }
        #expect(StoreError.locked(directory: "/d", pid: 42).description.hasPrefix("another jobmatch is writing to /d (pid 42)"))
        held.release()
        #expect(try store.save(candidate: Fixture.candidate(), expectedVersion: 1).version == 2)
    }

    @Test func writeRefusesADatasetThatWouldNotLoad() throws {
        let dir = try TempDataDirectory()
        let before = try dir.bytes("candidates.jsonl")
        var data = Fixture.dataset(candidates: [Fixture.candidate("K1"), Fixture.candidate("K1")])
        data.candidates[0].competences[0].id = "weld.mog"
        do {
            try DataStore.write(data, to: dir.url)
            Issue.record("an invalid dataset was written")
        } catch {
            guard case .invalid(let p) = error else { Issue.record("wrong error \(error)"); return }
            expectProblem(p, "candidates.jsonl", line: 1, field: "competences[0].id", says: "did you mean 'weld.mig'?")
            expectProblem(p, "candidates.jsonl", line: 2, field: "id", says: "duplicate candidate id 'K1' (first on line 1)")
        }
        #expect(try dir.bytes("candidates.jsonl") == before)
    }

    @Test func personalDirectoryIs0700AndFiles0600() throws {
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("jobmatch-perm-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("a/b/jobmatch")
        let old = umask(0o022)
        defer { umask(old) }
        try DataStore.write(Fixture.dataset(), to: data)
        #expect(mode(data) == 0o700)
        #expect(mode(data.appendingPathComponent("schema.json")) == 0o600)
        #expect(mode(data.appendingPathComponent("municipalities.json")) == 0o600)
        try DataStore.write(Fixture.dataset(), to: data)
        for name in ["candidates.jsonl", "vacancies.jsonl", "schema.json", ".lock"] {
            #expect(mode(data.appendingPathComponent(name)) == 0o600, "\(name)")
        }
        try DataStore.save(candidate: Fixture.candidate(), expectedVersion: 1, in: data)
        #expect(mode(data.appendingPathComponent("candidates.jsonl")) == 0o600)
    }

    @Test func groupSharedDirectoryGetsGroupReadableFiles() throws {
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("jobmatch-shared-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        chmod(root.path, 0o2770)
        try DataStore.write(Fixture.dataset(), to: root)
        #expect(mode(root) == 0o2770)
        #expect(mode(root.appendingPathComponent("candidates.jsonl")) == 0o660)
        try DataStore.save(candidate: Fixture.candidate(), expectedVersion: 1, in: root)
        #expect(mode(root.appendingPathComponent("candidates.jsonl")) == 0o660)
    }
}
