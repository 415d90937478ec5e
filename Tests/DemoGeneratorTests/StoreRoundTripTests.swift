import DemoGenerator
import Foundation
import JobMatchCore
import JobStore
import Testing

@Suite struct StoreRoundTripTests {
    @Test func aGeneratedSetIsWrittenAndLoadsBackUnchanged() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("demogen-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let generated = Generated.demo
        try DataStore.write(generated, to: directory)
        let loaded = try DataStore.load(from: directory)
        #expect(loaded.candidates == generated.candidates)
        #expect(loaded.vacancies == generated.vacancies)
        #expect(loaded.companies == generated.companies)
        #expect(loaded.barometer == generated.barometer)
    }
}
