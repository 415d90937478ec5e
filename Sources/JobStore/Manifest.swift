import Foundation
import JobMatchCore

/// `<data>/manifest.json`: the generation number and the size and SHA-256 of every data
/// file, which makes a write of several files one unit (see `ManifestCommit`).
///
/// The manifest is renamed into place after every new file is durable under a staged name
/// and before any is renamed over the old one, so it is the commit point: before it, the
/// old manifest describes the old files, which are untouched; after it, the new manifest
/// describes files that are either in place or still waiting under their staged names,
/// where readers find them and the next writer renames them. Written pretty-printed with
/// sorted keys, so the same files always give the same bytes.
struct Manifest: Codable, Equatable, Sendable {
    static let fileName = "manifest.json"
    static let currentFormat = 1

    struct Entry: Codable, Equatable, Sendable {
        var size: Int
        var sha256: String
    }

    var format: Int = Manifest.currentFormat
    var generation: Int
    var files: [String: Entry]

    /// The files a complete data directory has, every one listed in its manifest.
    static var dataFiles: [String] {
        [DataStore.schemaFile, DataStore.municipalitiesFile] + RecordKind.allCases.map(\.fileName)
    }

    /// Files a data directory may have; when present they are listed in the manifest and
    /// checked like the others (`users.json`: directories from before users have none).
    static var optionalFiles: [String] { [DataStore.usersFile, JournalSnapshot.fileName] }

    /// Where generation `generation`'s new copy of `name` waits until it is renamed into place.
    static func stagedName(_ name: String, generation: Int) -> String { ".\(name).staged-\(generation)" }

    /// Reads the manifest; nil when there is none (a directory written before manifests).
    static func read(from dir: DirectoryHandle) throws(StoreError) -> Manifest? {
        guard let bytes = try dir.read(fileName) else { return nil }
        do {
            let m = try JSONDecoder().decode(Manifest.self, from: Data(bytes))
            guard m.format == currentFormat else {
                throw StoreError.unreadable(LoadError(problems: [Problem(
                    file: fileName, line: 0, field: "format",
                    message: "format \(m.format) is not one this jobmatch knows (\(currentFormat)); use a newer jobmatch")]))
            }
            return m
        } catch let error as StoreError {
            throw error
        } catch let error as DecodingError {
            throw .unreadable(LoadError(problems: [DataStore.problem(from: error, file: fileName)]))
        } catch {
            throw .unreadable(LoadError(problems: [Problem(file: fileName, line: 0, field: "", message: "\(error)")]))
        }
    }

    func encoded() throws(StoreError) -> [UInt8] { try DataStore.encodeJSON(self, file: Self.fileName) }

    /// Size and digest of bytes about to be written or just read.
    static func entry(for chunks: [[UInt8]]) -> Entry {
        var hasher = SHA256Stream()
        var size = 0
        for c in chunks {
            c.withUnsafeBytes { hasher.update($0) }
            size += c.count
        }
        return Entry(size: size, sha256: hasher.finalize())
    }
}
