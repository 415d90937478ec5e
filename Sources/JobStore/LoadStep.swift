import Foundation
import JobMatchCore

/// One step of loading a data directory, for a progress display: a file is being read,
/// or has been read with so many records.
public struct LoadStep: Sendable, Equatable {
    public enum Stage: Sendable, Equatable {
        case reading
        case done(records: Int)
    }
    public var file: String
    public var stage: Stage
    public init(file: String, stage: Stage) { self.file = file; self.stage = stage }
}

extension DataStore {
    /// The files `load()` reads, in the order it reads them, with their sizes in bytes
    /// (0 for a missing record file), so a progress display can show them all at once.
    public func loadPlan() -> [(file: String, bytes: Int)] {
        let files = [Self.schemaFile, Self.municipalitiesFile] + [RecordKind.candidate, .company, .vacancy, .barometer].map(\.fileName)
        return files.map { file in
            let attributes = try? FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(file).path)
            return (file, (attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }
    }
}
