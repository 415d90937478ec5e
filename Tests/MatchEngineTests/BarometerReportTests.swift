import Foundation
import JobMatchCore
import MatchEngine
import Testing
import TestSupport

/// The HTML report: self-contained, a chart per industry group for the joint overview and
/// each municipality, and the figures in the bars are the engine's.
@Suite struct BarometerReportTests {
    let html = try! BarometerReport.html(Barometer(dataset: BarometerEngineTests.dataset))

    /// The value of `name="…"` in each tag that starts with `prefix`.
    func tags(_ prefix: String) -> [String] {
        var out: [String] = []
        var rest = html[...]
        while let start = rest.range(of: prefix) {
            let end = rest[start.lowerBound...].firstIndex(of: ">")!
            out.append(String(rest[start.lowerBound...end]))
            rest = rest[end...]
        }
        return out
    }

    func attribute(_ name: String, _ tag: String) -> String? {
        guard let r = tag.range(of: " \(name)=\"") else { return nil }
        return String(tag[r.upperBound...].prefix { $0 != "\"" })
    }

    @Test func everyScopeHasAChartPerIndustryGroup() {
        let charts = tags("<svg")
        let groups = Bundled.schema.industryGroups.map(\.code)
        for scope in ["joint", "0813", "0860"] {
            let inScope = charts.filter { attribute("data-scope", $0) == scope }
            #expect(inScope.compactMap { attribute("data-group", $0) } == groups, "\(scope)")
        }
        #expect(charts.count == 3 * 16)
        #expect(html.contains("<svg class=\"chart\" data-scope=\"joint\" data-group=\"10\""))
        #expect(html.contains("No answers in this industry group."))
    }

    @Test func theBarsCarryTheEnginesFigures() throws {
        let bars = tags("<rect class=\"bar\"")
        // Joint overview, industry 02: welder 3 in 3 months and 5 in 12; the first bars of the page.
        let first = try #require(bars.first)
        #expect(attribute("data-occupation", first) == "occ.welder" && attribute("data-horizon", first) == "3m" && attribute("data-value", first) == "3")
        #expect(attribute("data-value", bars[1]) == "5" && attribute("data-horizon", bars[1]) == "12m")
        // Every bar of the joint overview sums to the engine's expected hires per group.
        let o = try Barometer(dataset: BarometerEngineTests.dataset).overview()
        let jointHires3 = o.groups.flatMap(\.occupations).map(\.in3Months.hires).reduce(0, +)
        let jointBars = html.components(separatedBy: "data-scope=\"0813\"")[0]
        let values = jointBars.components(separatedBy: "data-horizon=\"3m\"").dropFirst().compactMap { part -> Int? in
            guard let r = part.range(of: "data-value=\"") else { return nil }
            return Int(part[r.upperBound...].prefix { $0 != "\"" })
        }
        #expect(values.reduce(0, +) == jointHires3)
        #expect(html.contains("too few"))
    }

    @Test func thePageIsSelfContained() {
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        for forbidden in ["<script", "<link", "src=", "href=", "url(", "@import", "<iframe", "<img"] {
            #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
        }
        #expect(html.components(separatedBy: "<svg").count == html.components(separatedBy: "</svg>").count)
        #expect(html.components(separatedBy: "<section").count == html.components(separatedBy: "</section>").count)
    }

    @Test func textFromTheDataIsEscaped() throws {
        var data = BarometerEngineTests.dataset
        data.registry.cooperations[0].name = "<b>A & B</b>"
        let page = try BarometerReport.html(Barometer(dataset: data))
        #expect(page.contains("&lt;b&gt;A &amp; B&lt;/b&gt;") && !page.contains("<b>A"))
    }
}
