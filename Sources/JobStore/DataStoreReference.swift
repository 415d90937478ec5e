import Foundation
import JobMatchCore

extension DataStore {
    /// Loads only the schema and the municipality list (what `generate` needs before any
    /// records exist), checked against the manifest and for internal consistency.
    public static func loadReference(from directory: URL) throws(LoadError) -> (Schema, MunicipalityRegistry) {
        try DataStore(directory: directory).loadReference()
    }

    public func loadReference() throws(LoadError) -> (Schema, MunicipalityRegistry) {
        var problems: [Problem] = []
        let collect: ([Problem], Int?) -> Void = { list, _ in problems += list }
        var bytes: [String: [UInt8]] = [:]
        do throws(StoreError) {
            let dir = try DirectoryHandle.open(path)
            let manifest = try Manifest.read(from: dir)
            for name in [Self.schemaFile, Self.municipalitiesFile] {
                do throws(StoreError) { bytes[name] = try readVerified(dir, name, manifest: manifest) } catch {
                    problems.append(Self.problem(from: error, directory: path))
                }
            }
        } catch {
            throw LoadError(problems: [Self.problem(from: error, directory: path)])
        }
        guard problems.isEmpty else { throw LoadError(problems: problems) }
        let schema = decodeJSON(Schema.self, file: Self.schemaFile, bytes: bytes[Self.schemaFile], collect)
        let registry = decodeJSON(MunicipalityRegistry.self, file: Self.municipalitiesFile, bytes: bytes[Self.municipalitiesFile], collect)
        if let schema, let registry { problems += schemaContentProblems(schema, registry) }
        guard problems.isEmpty, let schema, let registry else { throw LoadError(problems: problems) }
        return (schema, registry)
    }

    /// The schema and municipality list shipped with the program, for a new data directory.
    public static func bundledReference() throws(LoadError) -> (Schema, MunicipalityRegistry) {
        let files: [(name: String, bytes: [UInt8])]
        do throws(StoreError) { files = try DataDirectory.bundledReferenceFiles() } catch {
            throw LoadError(problems: [Problem(file: "", line: 0, field: "", message: error.description)])
        }
        var problems: [Problem] = []
        let collect: ([Problem], Int?) -> Void = { list, _ in problems += list }
        let store = DataStore(directory: URL(fileURLWithPath: "/"))
        let schema = store.decodeJSON(Schema.self, file: schemaFile, bytes: files[0].bytes, collect)
        let registry = store.decodeJSON(MunicipalityRegistry.self, file: municipalitiesFile, bytes: files[1].bytes, collect)
        if let schema, let registry { problems += store.schemaContentProblems(schema, registry) }
        guard problems.isEmpty, let schema, let registry else { throw LoadError(problems: problems) }
        return (schema, registry)
    }
}
