import Testing
@testable import TerminalUI

@Suite("Gauge")
struct GaugeTests {
    @Test("colour bars use blocks with an eighth for the last cell; width is exact", arguments: [0.0, 33.0, 50.0, 87.5, 100.0])
    func colour(value: Double) {
        let text = Gauge(value: value).text(width: 10, monochrome: false)
        #expect(DisplayWidth.of(text) == 10)
        #expect(text.filter { $0 == "█" }.count == Int(value / 10))
    }

    @Test("exact bars for round values, and a monochrome fallback")
    func examples() {
        #expect(Gauge(value: 55).text(width: 10, monochrome: false) == "█████▌░░░░")
        #expect(Gauge(value: 50).text(width: 10, monochrome: true) == "#####-----")
        #expect(Gauge(value: 100).text(width: 4, monochrome: true) == "####")
        #expect(Gauge(value: -5).text(width: 4, monochrome: true) == "----")
    }

    @Test("the role follows the score, and rendering picks monochrome from the theme")
    func render() {
        #expect(Gauge(value: 80).style == .good && Gauge(value: 50).style == .warn && Gauge(value: 10).style == .bad)
        var buffer = ScreenBuffer(width: 10, height: 2)
        Gauge(value: 30).render(into: &buffer, x: 0, y: 0, width: 10, theme: .monochrome)
        Gauge(value: 30).render(into: &buffer, x: 0, y: 1, width: 10, theme: .color256)
        #expect(buffer.text() == ["###-------", "███░░░░░░░"])
        #expect(buffer[0, 0].style == .bad)
    }
}
