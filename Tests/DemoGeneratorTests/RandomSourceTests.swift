@testable import DemoGenerator
import Testing

@Suite struct RandomSourceTests {
    @Test func splitMixMatchesTheReferenceSequence() {
        // Reference values of SplitMix64 seeded with 1234567 (Vigna's splitmix64.c).
        var s = SplitMix64(state: 1_234_567)
        #expect([s.next(), s.next(), s.next()] == [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423])
    }

    @Test func streamsAreIndependentAndRepeatable() {
        var a = RandomSource(seed: 1, stream: "candidates", index: 0)
        var b = RandomSource(seed: 1, stream: "candidates", index: 0)
        var c = RandomSource(seed: 1, stream: "candidates", index: 1)
        let xs = (0..<5).map { _ in a.next() }
        #expect(xs == (0..<5).map { _ in b.next() })
        #expect(xs != (0..<5).map { _ in c.next() })
    }

    @Test func drawsStayInRangeAndFollowWeights() {
        var rng = RandomSource(seed: 9, stream: "test")
        var hits = [0, 0, 0]
        let table = WeightedTable([1, 0, 3])
        for _ in 0..<20_000 {
            let n = rng.int(3...7)
            #expect((3...7).contains(n))
            hits[table.draw(&rng)] += 1
        }
        #expect(hits[1] == 0)
        #expect((0.72...0.78).contains(Double(hits[2]) / 20_000))
    }

    @Test func namesFoldToAsciiForEmailAddresses() {
        #expect(asciiFold("Søren Østergaard") == "soerenoestergaard")
        #expect(asciiFold("Åse Bækgaard") == "aasebaekgaard")
        #expect(asciiFold("Łukasz") == "lukasz")
        #expect(asciiFold("Ștefan Țurcanu") == "stefanturcanu")
        #expect(asciiFold("Nguyễn Thảo") == "nguyenthao")
        #expect(asciiFold("Yılmaz Çelik") == "yilmazcelik")
    }
}
