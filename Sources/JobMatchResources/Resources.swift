import Foundation

/// The schema and municipality list shipped with the program, so a new data directory can
/// be set up from any working directory (the canonical copies are `data/schema.json` and
/// `data/municipalities.json`, which link here).
public enum BundledData {
    public static var schemaURL: URL? { Bundle.module.url(forResource: "schema", withExtension: "json") }
    public static var municipalitiesURL: URL? { Bundle.module.url(forResource: "municipalities", withExtension: "json") }
}
