import Foundation
import JobMatchCore

/// How the rest of the program reaches storage. The JSON Lines directory (`DataStore`) is
/// the embedded default; a database-backed store can implement the same calls, so nothing
/// above JobStore assumes files.
public protocol RecordStore: Sendable {
    func load() throws(LoadError) -> Dataset
    func save(candidate: Candidate, expectedVersion: Int) throws(StoreError) -> Candidate
    func save(vacancy: Vacancy, expectedVersion: Int) throws(StoreError) -> Vacancy
    func save(company: Company, expectedVersion: Int) throws(StoreError) -> Company
}

/// A data directory of JSON and JSON Lines files (see docs/data-format.md).
///
/// Loading validates everything and returns all problems or a whole `Dataset`; writing
/// replaces files atomically under the directory's writer lock; saving one record checks
/// its version against the stored one so two consultants never silently overwrite each
/// other.
public struct DataStore: RecordStore {
    public static let schemaFile = "schema.json"
    public static let municipalitiesFile = "municipalities.json"
    /// Optional: who may act on the directory (see `UsersFile`).
    public static let usersFile = "users.json"

    public let directory: URL
    /// How long a writer waits for another writer to finish before giving up.
    public var lockTimeout: Duration = .seconds(2)
    /// Called as `load()` starts and finishes each file (the workbench's loading screen).
    public var onLoadStep: (@Sendable (LoadStep) -> Void)?
    /// Test hook: runs after the temp files are durable, before they are renamed into place.
    var beforeRename: (@Sendable (String) throws(StoreError) -> Void)?

    public init(directory: URL) { self.directory = directory }

    var path: String { directory.path }

    func atomicWriter(_ dir: DirectoryHandle) -> AtomicWriter {
        AtomicWriter(dir: dir, beforeRename: beforeRename)
    }

    // MARK: Conveniences for the CLI

    public static func load(from directory: URL) throws(LoadError) -> Dataset {
        try DataStore(directory: directory).load()
    }

    public static func write(_ dataset: Dataset, to directory: URL) throws(StoreError) {
        try DataStore(directory: directory).write(dataset)
    }

    @discardableResult
    public static func save(candidate: Candidate, expectedVersion: Int, in directory: URL) throws(StoreError) -> Candidate {
        try DataStore(directory: directory).save(candidate: candidate, expectedVersion: expectedVersion)
    }

    @discardableResult
    public static func save(vacancy: Vacancy, expectedVersion: Int, in directory: URL) throws(StoreError) -> Vacancy {
        try DataStore(directory: directory).save(vacancy: vacancy, expectedVersion: expectedVersion)
    }

    @discardableResult
    public static func save(company: Company, expectedVersion: Int, in directory: URL) throws(StoreError) -> Company {
        try DataStore(directory: directory).save(company: company, expectedVersion: expectedVersion)
    }
}
