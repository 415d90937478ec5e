import Foundation
import JobMatchCore
import Testing

/// The committed reference files, located from this source file so the tests run from any
/// working directory: the repository root is three levels up.
enum CommittedReferenceFiles {
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let resources = repoRoot.appendingPathComponent("Sources/JobMatchResources")
    static let schemaURL = resources.appendingPathComponent("schema.json")
    static let municipalitiesURL = resources.appendingPathComponent("municipalities.json")
    static let generator = repoRoot.appendingPathComponent("tools/make_reference_data.py")
    /// The read-only ESCO and municipality sources the generator reads (`../shared`).
    static let shared = repoRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static func schema() throws -> Schema {
        try JSONDecoder().decode(Schema.self, from: Data(contentsOf: schemaURL))
    }

    static func registry() throws -> MunicipalityRegistry {
        try JSONDecoder().decode(MunicipalityRegistry.self, from: Data(contentsOf: municipalitiesURL))
    }

    /// `python3` on PATH, if any.
    static var python3: URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").lazy
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("python3") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static var canRegenerate: Bool {
        python3 != nil && FileManager.default.fileExists(atPath: shared.appendingPathComponent("esco/v1.1.1/skills_en.csv").path)
            && FileManager.default.fileExists(atPath: shared.appendingPathComponent("dk/municipalities.csv").path)
    }
}

@Suite("Committed schema and municipality files")
struct SchemaFileTests {
    @Test func schemaIsBigEnoughToMatchOn() throws {
        let schema = try CommittedReferenceFiles.schema()
        #expect(schema.version == "2026.1")
        #expect(schema.competences.count >= 240)
        #expect(schema.occupations.count >= 80)
        #expect(schema.levels.map(\.level) == [1, 2, 3, 4])
        #expect(schema.cefrLevels == ["A1", "A2", "B1", "B2", "C1", "C2"])
    }

    @Test func everyIndustryGroupHasCompetencesAndOccupations() throws {
        let schema = try CommittedReferenceFiles.schema()
        #expect(schema.industryGroups.map(\.code) == (1...16).map { $0 < 10 ? "0\($0)" : "\($0)" })
        for group in schema.industryGroups {
            let competences = schema.competences.filter { $0.groups.contains(group.code) }.count
            let occupations = schema.occupations.filter { $0.group == group.code }.count
            #expect(competences >= 5, "group \(group.code) \(group.en) has \(competences) competences")
            #expect(occupations >= 2, "group \(group.code) \(group.en) has \(occupations) occupations")
        }
    }

    @Test func schemaIsConsistent() throws {
        let problems = try CommittedReferenceFiles.schema().problems(file: "schema.json")
        #expect(problems.isEmpty, "\(problems.prefix(10).map(\.description).joined(separator: "\n"))")
    }

    @Test func schemaFollowsTheCurationRules() throws {
        let problems = try CommittedReferenceFiles.schema().curationProblems(file: "schema.json")
        #expect(problems.isEmpty, "\(problems.prefix(10).map(\.description).joined(separator: "\n"))")
    }

    @Test func competencesCarryEscoUrisAndAliases() throws {
        let schema = try CommittedReferenceFiles.schema()
        let withUri = schema.competences.filter { $0.escoUri?.hasPrefix("http://data.europa.eu/esco/skill/") == true }
        #expect(withUri.count * 10 >= schema.competences.count * 9, "most competences should have an ESCO skill URI")
        #expect(schema.competences.allSatisfy { (1...4).contains($0.aliases.count) })
        #expect(schema.occupations.allSatisfy { $0.escoUri?.hasPrefix("http://data.europa.eu/esco/occupation/") == true })
        #expect(schema.occupations.allSatisfy { $0.isco.count == 4 && $0.isco.allSatisfy(\.isNumber) })
        let welding = try #require(schema.competences.first { $0.id == "weld.mig" })
        #expect(welding.related.contains { $0.id == "weld.mag" && $0.similarity == 0.8 })
    }

    @Test("job rotation cannot be used from 1 February 2026 (lov nr. 1750 af 29. december 2025)")
    func jobRotationEndsWithTheReform() throws {
        let schema = try CommittedReferenceFiles.schema()
        let rotation = try #require(schema.jobTypes.first { $0.id == "job-rotation" })
        #expect(rotation.rule(on: Day("2026-01-31")!) != nil)
        #expect(rotation.rule(on: Day("2026-02-01")!) == nil)
        let wageSubsidy = try #require(schema.jobTypes.first { $0.id == "wage-subsidy" }?.rule(on: Day("2026-06-01")!))
        #expect(wageSubsidy.minWeeksUnemployed == 26 && wageSubsidy.waiveWaitFromAge == 50)
        #expect(wageSubsidy.benefitTypes == ["dagpenge", "kontanthjaelp"], "no uddannelseshjælp after 30 June 2025")
    }

    @Test("uddannelseshjælp ends 30 June 2025; kontanthjælp recipients are jobparat by default from 2027")
    func benefitsAndTargetGroupsAreDated() throws {
        let schema = try CommittedReferenceFiles.schema()
        let education = try #require(schema.benefitTypes.first { $0.id == "uddannelseshjaelp" })
        #expect(education.isValid(on: Day("2025-06-30")!) && !education.isValid(on: Day("2025-07-01")!))
        let cash = try #require(schema.benefitTypes.first { $0.id == "kontanthjaelp" })
        #expect(cash.categories(on: Day("2024-01-01")!) == ["jobparat", "aktivitetsparat"])
        #expect(cash.categories(on: Day("2026-11-24")!).contains("uddannelsesparat"))
        #expect(cash.defaultCategory(on: Day("2026-12-31")!) == nil)
        #expect(cash.defaultCategory(on: Day("2027-01-01")!) == "jobparat")
        let learning = schema.jobTypes.filter { $0.learningScheme == true }.map(\.id)
        #expect(learning == ["apprenticeship", "company-internship"])
    }

    @Test func scoringWeightsAreTheAgreedOnes() throws {
        let s = try CommittedReferenceFiles.schema().scoring
        #expect([s.essential, s.optional, s.experience, s.commute, s.desiredOccupation, s.availability] == [40, 15, 10, 15, 10, 10])
        #expect(s.availabilityGraceDays == 14 && s.substitutableOverlap == 0.5)
    }

    @Test func municipalitiesAreAllNinetyEight() throws {
        let registry = try CommittedReferenceFiles.registry()
        #expect(registry.municipalities.count == 98)
        #expect(registry.municipalities.map(\.code) == registry.municipalities.map(\.code).sorted())
        #expect(registry.municipality("0411") == nil, "Christiansø is not a municipality")
        let frederikshavn = try #require(registry.municipality("0813"))
        #expect(frederikshavn.name == "Frederikshavn")
        #expect(frederikshavn.postcodes.contains("9900") && frederikshavn.postcodes.contains("9990"))
        #expect(registry.municipality("0751")?.name == "Aarhus")
        #expect(registry.municipality("0810")?.name == "Brønderslev")
        #expect(registry.municipality("0101")?.seat == "København")
        #expect(registry.participating == ["0410", "0510", "0530", "0575", "0607", "0621", "0630",
                                           "0810", "0813", "0849", "0851", "0860"])
    }

    @Test("6070 Christiansfeld belongs to Kolding, and most postcodes are placed at their town")
    func postcodesBelongWhereTheTownIs() throws {
        let registry = try CommittedReferenceFiles.registry()
        let kolding = try #require(registry.municipality("0621"))
        #expect(kolding.postcodes.contains("6070"))
        #expect(registry.municipality("0510")?.postcodes.contains("6070") == false)
        let placed = registry.municipalities.reduce(0) { $0 + ($1.places?.count ?? 0) }
        let all = registry.municipalities.reduce(0) { $0 + $1.postcodes.count }
        #expect(placed * 10 >= all * 8, "\(placed) of \(all) postcodes placed")
        let skagen = try #require(registry.municipality("0813")?.places?.first { $0.postcode == "9990" })
        #expect(skagen.town == "Skagen" && skagen.lat > 57.7)
    }

    @Test func registryIsConsistent() throws {
        let problems = try CommittedReferenceFiles.registry().problems(file: "municipalities.json")
        #expect(problems.isEmpty, "\(problems.prefix(10).map(\.description).joined(separator: "\n"))")
    }

    @Test(.enabled(if: CommittedReferenceFiles.canRegenerate,
                   "needs python3 on PATH and the shared ESCO and municipality sources in ../shared"))
    func generatorReproducesTheCommittedFiles() throws {
        let out = FileManager.default.temporaryDirectory
            .appendingPathComponent("jobmatch-reference-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: out) }

        guard let python3 = CommittedReferenceFiles.python3 else { return }
        let process = Process()
        process.executableURL = python3
        process.arguments = [CommittedReferenceFiles.generator.path, "--shared", CommittedReferenceFiles.shared.path, "--out", out.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(String(decoding: stderr, as: UTF8.self))")

        for name in ["schema.json", "municipalities.json"] {
            let fresh = try Data(contentsOf: out.appendingPathComponent(name))
            let committed = try Data(contentsOf: CommittedReferenceFiles.resources.appendingPathComponent(name))
            #expect(fresh == committed, "\(name) differs from the generator's output; run python3 tools/make_reference_data.py")
        }
    }
}
