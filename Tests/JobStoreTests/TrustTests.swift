import Foundation
import Testing
@testable import JobStore
import JobMatchCore
#if canImport(Glibc)
import Glibc
#endif

private func mode(_ path: String) -> mode_t {
    var st = stat()
    lstat(path, &st)
    return st.st_mode & 0o7777
}

private func problemText(_ body: () throws(LoadError) -> Dataset) -> String {
    do { _ = try body(); return "" } catch { return error.description }
}

/// Issue 7: the store never loads a mix of two writes, never follows a planted link, and
/// never serves a directory that every user can read or write.
@Suite struct TrustTests {
    // MARK: 3. An interrupted first setup leaves nothing that looks valid

    @Test func interruptedSetupOfANewDirectoryLeavesNoDirectory() throws {
        let root = try TempDataDirectory(records: false)
        let target = root.url.appendingPathComponent("new")
        var store = DataStore(directory: target)
        store.beforeRename = { _ throws(StoreError) in throw StoreError.io(file: "x", operation: "crash", errno: EIO) }
        #expect(throws: StoreError.self) { try store.create(Fixture.dataset()) }
        #expect(DataDirectory.state(of: target) == .missing)
        try DataStore(directory: target).create(Fixture.dataset())
        #expect(try DataStore(directory: target).load().candidates.count == 1)
    }

    @Test func interruptedSetupOfAnEmptyDirectoryLeavesItEmpty() throws {
        let root = try TempDataDirectory(records: false)
        let target = root.url.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        chmod(target.path, 0o700)
        var store = DataStore(directory: target)
        store.beforeRename = { _ throws(StoreError) in throw StoreError.io(file: "x", operation: "crash", errno: EIO) }
        #expect(throws: StoreError.self) { try store.create(Fixture.dataset()) }
        #expect(DataDirectory.state(of: target) == .empty)
        #expect(problemText { () throws(LoadError) in try DataStore(directory: target).load() }.contains("is empty"))
    }

    @Test func setupNeverWritesIntoADirectoryThatHoldsAnything() throws {
        let dir = try TempDataDirectory()
        let before = try dir.bytes("candidates.jsonl")
        try FileManager.default.removeItem(at: dir.url.appendingPathComponent("schema.json"))
        #expect(throws: StoreError.notEmpty(path: dir.url.path)) { try dir.store.create(Fixture.dataset(candidates: [])) }
        #expect(try dir.bytes("candidates.jsonl") == before)
    }

    // MARK: 4. Several files are one unit

    @Test func aFileFromAnotherWriteIsReportedNotLoaded() throws {
        let dir = try TempDataDirectory()
        let old = try dir.bytes("candidates.jsonl")
        var c = Fixture.candidate()
        c.name = "Ny"
        try dir.store.save(candidate: c, expectedVersion: 1)
        // A half-finished multi-file write by something else: the old candidates are back.
        try old.write(to: dir.url.appendingPathComponent("candidates.jsonl"))
        let text = problemText { () throws(LoadError) in try dir.store.load() }
        #expect(text.contains("candidates.jsonl: is not what the last jobmatch write left"), "\(text)")
        #expect(text.contains("jobmatch init --accept-changes"))
    }

    @Test func anEditInPlaceThatKeepsTheSizeIsStillNoticed() throws {
        let dir = try TempDataDirectory()
        try dir.store.save(candidate: Fixture.candidate(), expectedVersion: 1)   // writes .manifest-stat too
        #expect(try dir.store.load().candidates.count == 1)
        let handle = try FileHandle(forUpdating: dir.url.appendingPathComponent("candidates.jsonl"))
        try handle.seek(toOffset: 20)
        try handle.write(contentsOf: Data("X".utf8))
        try handle.close()
        let text = problemText { () throws(LoadError) in try dir.store.load() }
        #expect(text.contains("candidates.jsonl: is not what the last jobmatch write left"), "\(text)")
    }

    @Test func acceptingChangesRecordsAValidEditAndRefusesABrokenOne() throws {
        let dir = try TempDataDirectory()
        let file = dir.url.appendingPathComponent("companies.jsonl")
        var company = Fixture.company()
        company.name = "Edited by hand"
        try Data((Fixture.line(company) + "\n").utf8).write(to: file)
        #expect(!problemText { () throws(LoadError) in try dir.store.load() }.isEmpty)
        try DataDirectory.acceptChanges(at: dir.url)
        #expect(try dir.store.load().companies.map(\.name) == ["Edited by hand"])
        try Data("{not json\n".utf8).write(to: file)
        #expect(throws: StoreError.self) { try DataDirectory.acceptChanges(at: dir.url) }
        #expect(problemText { () throws(LoadError) in try dir.store.load() }.contains("is not what the last jobmatch write left"))
    }

    @Test func aMissingRecordFileIsAnErrorNotAnEmptyList() throws {
        let dir = try TempDataDirectory()
        try FileManager.default.removeItem(at: dir.url.appendingPathComponent("barometer.jsonl"))
        let text = problemText { () throws(LoadError) in try dir.store.load() }
        #expect(text.contains("barometer.jsonl: missing from"), "\(text)")
    }

    @Test func aCommittedWriteInterruptedBeforeItsRenamesLoadsWholeAndIsFinishedByTheNextWriter() throws {
        let dir = try TempDataDirectory()
        let oldCandidates = try dir.bytes("candidates.jsonl")
        var c = Fixture.candidate()
        c.name = "Committed"
        try dir.store.save(candidate: c, expectedVersion: 1)
        // The state a crash right after the manifest commit leaves: new file still staged.
        let final = dir.url.appendingPathComponent("candidates.jsonl")
        let manifest = try JSONDecoder().decode(Manifest.self, from: try dir.bytes("manifest.json"))
        let staged = dir.url.appendingPathComponent(Manifest.stagedName("candidates.jsonl", generation: manifest.generation))
        try FileManager.default.moveItem(at: final, to: staged)
        try oldCandidates.write(to: final)
        chmod(final.path, 0o600)
        #expect(try dir.store.load().candidates.map(\.name) == ["Committed"])
        try dir.store.save(company: Fixture.company(), expectedVersion: 1)
        #expect(!FileManager.default.fileExists(atPath: staged.path))
        #expect(try dir.store.load().candidates.map(\.name) == ["Committed"])
    }

    @Test func aWriteThatFailsBeforeTheCommitLeavesTheOldData() throws {
        let dir = try TempDataDirectory()
        var store = dir.store
        store.beforeRename = { _ throws(StoreError) in throw StoreError.io(file: "x", operation: "crash", errno: EIO) }
        var data = Fixture.dataset(candidates: [Fixture.candidate("K000001"), Fixture.candidate("K000002")])
        data.vacancies = []
        #expect(throws: StoreError.self) { try store.write(data) }
        let loaded = try dir.store.load()
        #expect(loaded.candidates.count == 1 && loaded.vacancies.count == 1)
    }

    @Test func manifestDigestsMatchAnIndependentSHA256() {
        #expect(SHA256Stream.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = [UInt8](repeating: 0x61, count: 1_000_003)
        #expect(SHA256Stream.hex(long) == SHA256.hex(long))
        var s = SHA256Stream()
        for part in stride(from: 0, to: long.count, by: 7_777) {
            long[part..<min(part + 7_777, long.count)].withUnsafeBytes { s.update($0) }
        }
        #expect(s.finalize() == SHA256.hex(long))
    }

    // MARK: 6. Links are refused, foreign files keep their mode

    @Test func aLinkPlantedAsTheLockFileIsRefusedAndItsTargetUntouched() throws {
        let dir = try TempDataDirectory()
        let victim = dir.url.deletingLastPathComponent().appendingPathComponent("victim-\(UUID().uuidString)")
        try Data("precious\n".utf8).write(to: victim)
        defer { try? FileManager.default.removeItem(at: victim) }
        let lock = dir.url.appendingPathComponent(".lock")
        try? FileManager.default.removeItem(at: lock)
        try FileManager.default.createSymbolicLink(at: lock, withDestinationURL: victim)
        #expect(throws: StoreError.symlink(file: ".lock", directory: dir.url.path)) {
            try dir.store.save(candidate: Fixture.candidate(), expectedVersion: 1)
        }
        #expect(try Data(contentsOf: victim) == Data("precious\n".utf8))
    }

    @Test func aLinkedRecordFileIsRefusedOnLoad() throws {
        let dir = try TempDataDirectory()
        let real = dir.url.deletingLastPathComponent().appendingPathComponent("elsewhere-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: real) }
        let file = dir.url.appendingPathComponent("companies.jsonl")
        try FileManager.default.moveItem(at: file, to: real)
        try FileManager.default.createSymbolicLink(at: file, withDestinationURL: real)
        let text = problemText { () throws(LoadError) in try dir.store.load() }
        #expect(text.contains("companies.jsonl is a symbolic link"), "\(text)")
    }

    @Test func anExistingLockFileKeepsItsModeAndGroup() throws {
        let dir = try TempDataDirectory()
        let lock = dir.url.appendingPathComponent(".lock").path
        unlink(lock)
        let fd = open(lock, O_CREAT | O_WRONLY, 0o640)
        fchmod(fd, 0o640)
        close(fd)
        try dir.store.save(candidate: Fixture.candidate(), expectedVersion: 1)
        #expect(mode(lock) == 0o640)
    }

    // MARK: 7. Directories open to every user are refused

    @Test func aWorldWritableDirectoryIsRefusedWithTheChmodThatFixesIt() throws {
        let dir = try TempDataDirectory()
        chmod(dir.url.path, 0o777)
        defer { chmod(dir.url.path, 0o700) }
        let before = try dir.bytes("candidates.jsonl")
        let text = problemText { () throws(LoadError) in try dir.store.load() }
        #expect(text.contains("can be read or written by every user"), "\(text)")
        #expect(text.contains("chmod -R o-rwx \(dir.url.path)"))
        #expect(throws: StoreError.self) { try dir.store.save(candidate: Fixture.candidate(), expectedVersion: 1) }
        #expect(try dir.bytes("candidates.jsonl") == before)
        #expect(mode(dir.url.appendingPathComponent("candidates.jsonl").path) == 0o600)
    }

    @Test func aWorldWritableDirectoryIsNeverTakenAsGroupShared() {
        var st = stat()
        st.st_mode = S_IFDIR | 0o777
        #expect(FileSharing.of(st) == .personal)
        st.st_mode = S_IFDIR | 0o2770
        #expect(FileSharing.of(st).fileMode == 0o660)
        st.st_mode = S_IFDIR | 0o770
        #expect(FileSharing.of(st).fileMode == 0o660)
    }

    @Test func aWorldReadableFileIsRefused() throws {
        let dir = try TempDataDirectory()
        chmod(dir.url.appendingPathComponent("candidates.jsonl").path, 0o644)
        let text = problemText { () throws(LoadError) in try dir.store.load() }
        #expect(text.contains("candidates.jsonl can be read or written by every user"), "\(text)")
    }

    @Test func aGroupSharedDirectoryKeepsGroupAccess() throws {
        let dir = try TempDataDirectory()
        chmod(dir.url.path, 0o770)
        try dir.store.save(candidate: Fixture.candidate(), expectedVersion: 1)
        #expect(mode(dir.url.appendingPathComponent("candidates.jsonl").path) == 0o660)
        #expect(mode(dir.url.path) == 0o770)
        #expect(try dir.store.load().candidates[0].version == 2)
    }
}
