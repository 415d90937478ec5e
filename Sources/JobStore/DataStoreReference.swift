import Foundation
import JobMatchCore

extension DataStore {
    /// Loads only the schema and the municipality list (what `generate` and first-time
    /// set-up need before any records exist), checked for internal consistency.
    public static func loadReference(from directory: URL) throws(LoadError) -> (Schema, MunicipalityRegistry) {
        try DataStore(directory: directory).loadReference()
    }

    public func loadReference() throws(LoadError) -> (Schema, MunicipalityRegistry) {
        var problems: [Problem] = []
        let collect: ([Problem], Int?) -> Void = { list, _ in problems += list }
        let schema = decodeJSON(Schema.self, file: Self.schemaFile, collect)
        let registry = decodeJSON(MunicipalityRegistry.self, file: Self.municipalitiesFile, collect)
        if let schema, let registry { problems += schemaContentProblems(schema, registry) }
        guard problems.isEmpty, let schema, let registry else { throw LoadError(problems: problems) }
        return (schema, registry)
    }
}
