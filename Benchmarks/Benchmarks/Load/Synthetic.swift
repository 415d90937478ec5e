import Foundation
import JobMatchCore
import TestSupport

/// A synthetic national-scale schema (2,000 competences, 400 occupations) and records,
/// used only when the bundled schema cannot drive the demo generator.
enum Synthetic {
    static func dataset(candidates count: Int) -> Dataset {
        let competences = (0..<2_000).map { "comp.\($0)" }
        let occupations = (0..<400).map { "occ.\($0)" }
        let codes = ["0813", "0810", "0860", "0849", "0851", "0410", "0607", "0621", "0630", "0530", "0575", "0510"]
        let schemaJSON = """
        {"version":"synthetic","levels":[\((1...4).map { #"{"level":\#($0),"da":"l","en":"l","meaning":"m"}"# }.joined(separator: ","))],
         "industryGroups":[{"code":"G1","da":"g","en":"g","db07":["C"]}],
         "competences":[\(competences.map { #"{"id":"\#($0)","da":"Kompetence æøå","en":"c","aliases":[],"groups":["G1"],"related":[]}"# }.joined(separator: ","))],
         "occupations":[\(occupations.map { #"{"id":"\#($0)","isco":"1234","da":"o","en":"o","group":"G1","essential":[],"optional":[]}"# }.joined(separator: ","))],
         "licences":[{"code":"B","da":"b","en":"b"},{"code":"C","da":"c","en":"c"},{"code":"CE","da":"ce","en":"ce"}],
         "certificates":[{"id":"truck","da":"t","en":"t"},{"id":"crane","da":"k","en":"k"}],
         "languages":[{"code":"da","da":"d","en":"d"},{"code":"en","da":"e","en":"e"},{"code":"de","da":"t","en":"g"},{"code":"uk","da":"u","en":"u"}],
         "cefrLevels":["A1","A2","B1","B2","C1","C2"],
         "educationLevels":[{"id":"none","da":"n","en":"n","upperSecondary":false},{"id":"vocational","da":"v","en":"v","upperSecondary":true}],
         "benefitTypes":[{"id":"kontanthjaelp","da":"k","en":"k","matchCategories":["jobparat","aktivitetsparat"]},{"id":"dagpenge","da":"d","en":"d","matchCategories":[]}],
         "jobTypes":[{"id":"ordinary","da":"o","en":"o","rules":[{"id":"r","validFrom":"2000-01-01","da":"d","en":"e"}]}],
         "scoring":{"essential":45,"optional":15,"experience":10,"commute":15,"desiredOccupation":10,"availability":5,
                    "experienceCapYears":10,"levelAboveMinimumBonus":0.1,"atMinimumShare":0.8,"availabilityGraceDays":14,
                    "availabilityFullPointsDays":0,"substitutableOverlap":0.5},
         "travel":{"roadFactor":1.3,"averageKmh":60,"sameMunicipalityMinutes":15}}
        """
        let registryJSON = """
        {"version":"synthetic","municipalities":[\(codes.map { #"{"code":"\#($0)","name":"Kommune","region":"R","lat":56,"lon":10,"population":1,"seat":"S","postcodes":["9800"]}"# }.joined(separator: ","))],
         "cooperations":[],"participating":[\(codes.map { "\"\($0)\"" }.joined(separator: ","))]}
        """
        let schema = try! JSONDecoder().decode(Schema.self, from: Data(schemaJSON.utf8))
        let registry = try! JSONDecoder().decode(MunicipalityRegistry.self, from: Data(registryJSON.utf8))
        var rng = SplitMix(seed: 42)
        let first = ["Søren", "Mette", "Jens", "Anne", "Åse", "Oleksandr", "Fatima", "Mikkel", "Ida", "Ærenfried"]
        let last = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Østergaard", "Kowalski", "Møller", "Kristensen"]
        let candidates = (0..<count).map { i -> Candidate in
            let n = 3 + rng.below(6)
            var held: [HeldCompetence] = []
            var used = Set<Int>()
            while held.count < n {
                let c = rng.below(competences.count)
                if used.insert(c).inserted {
                    held.append(HeldCompetence(id: competences[c], level: 1 + rng.below(4), years: Double(rng.below(40)) / 2))
                }
            }
            let name = "\(first[rng.below(first.count)]) \(last[rng.below(last.count)])"
            let home = codes[rng.below(codes.count)]
            return Candidate(
                id: String(format: "K%06d", i), version: 1 + rng.below(3), name: name,
                email: "\(name.lowercased().replacingOccurrences(of: " ", with: "."))@example.dk",
                phone: "+45 \(20_000_000 + rng.below(70_000_000))", municipality: home, postcode: "9800",
                competences: held, desiredOccupations: [occupations[rng.below(occupations.count)], occupations[rng.below(occupations.count)]],
                education: rng.below(2) == 0 ? "none" : "vocational", birthYear: 1960 + rng.below(45),
                singleProvider: rng.below(10) == 0, flexJobApproved: rng.below(20) == 0,
                licences: rng.below(2) == 0 ? ["B"] : ["B", "C"], certificates: rng.below(4) == 0 ? ["truck"] : [],
                languages: [LanguageSkill(code: "da", level: "C2"), LanguageSkill(code: "en", level: "B1")],
                availableFrom: Day(daysSinceEpoch: 20_400 + Int32(rng.below(120))), hoursPerWeek: 20 + rng.below(18),
                maxCommuteMinutes: 15 + rng.below(60), benefit: "kontanthjaelp", matchCategory: "jobparat",
                unemployedSince: Day(daysSinceEpoch: 19_800 + Int32(rng.below(600))), consentToShare: rng.below(3) > 0,
                ownerMunicipality: home, consultant: "Konsulent \(rng.below(40))", status: .active)
        }
        return Dataset(schema: schema, registry: registry, candidates: candidates, vacancies: [], companies: [], barometer: [])
    }
}
