import Foundation
import JobMatchCore
import JobMatchResources

/// The schema and municipality list shipped with the program, and where the repository's
/// own files are, for tests and benchmarks that work on real reference data.
public enum Bundled {
    /// The repository root, found from this file's path (tests and benchmarks run from a
    /// build of this checkout, so the path is valid while they run).
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A private copy of `data/demo`, the committed demo data directory, made once per test
    /// process. A checkout is world-readable (git records no read bits) and jobmatch refuses
    /// personal data that every user can read, so tests load this copy, as a user would after
    /// `chmod -R o-rwx data/demo`. Never written to.
    public static let demoDirectory: URL = {
        let source = repositoryRoot.appendingPathComponent("data/demo")
        let copy = FileManager.default.temporaryDirectory
            .appendingPathComponent("jobmatch-demo-\(getpid())-\(UUID().uuidString)")
        do {
            try FileManager.default.copyItem(at: source, to: copy)
            chmod(copy.path, 0o700)
            for name in try FileManager.default.contentsOfDirectory(atPath: copy.path) {
                chmod(copy.appendingPathComponent(name).path, 0o600)
            }
        } catch {
            fatalError("cannot make a private copy of \(source.path): \(error)")
        }
        return copy
    }()

    /// A file of the repository, as text (`docs/matching.md`).
    public static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// The bundled `schema.json`, decoded once.
    public static let schema: Schema = decode(Schema.self, BundledData.schemaURL, "schema.json")

    /// The bundled `municipalities.json`, decoded once.
    public static let registry: MunicipalityRegistry =
        decode(MunicipalityRegistry.self, BundledData.municipalitiesURL, "municipalities.json")

    /// Without this no test can run meaningfully, so a broken bundle stops the run with
    /// the file and the decoding error.
    private static func decode<T: Decodable>(_ type: T.Type, _ url: URL?, _ name: String) -> T {
        guard let url else { fatalError("the bundled \(name) is missing from JobMatchResources") }
        do {
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot decode the bundled \(name) (\(url.path)): \(error)")
        }
    }
}
