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
        #expect(html.contains("Ingen svar i denne branchegruppe."))
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
        #expect(html.contains("for få svar"))
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

    /// The report goes to Danish companies and the municipal board: Danish words, and
    /// numbers written the Danish way ("1.500", "33,3 %"), with no English left in the page.
    @Test func theReportIsDanishWithDanishNumbers() throws {
        var data = BarometerEngineTests.dataset
        data.barometer = [
            BarometerEngineTests.answer("D1", "c1", "0813", "02", [LabourNeed(occupation: "occ.welder", in3Months: 1500, in12Months: 2647)]),
            BarometerEngineTests.answer("D2", "c2", "0813", "02", [LabourNeed(occupation: "occ.welder", in3Months: 0, in12Months: 0)]),
            BarometerEngineTests.answer("D3", "c3", "0813", "02", [LabourNeed(occupation: "occ.packer", in3Months: -1, in12Months: 0)]),
        ]
        let page = try BarometerReport.html(Barometer(dataset: data), generated: Day("2026-11-24")!)
        #expect(page.contains("<h1>Jobbarometer 2. halvår 2026</h1>"))
        #expect(page.contains("Udarbejdet 24. november 2026."))
        // Joint summary, 3 months: 3 answers, 1.500 hires, net +1.499, 1 of 3 growing.
        #expect(page.contains("<tr><td>3 måneder</td><td>3 <span class=\"few\">for få svar</span></td><td>1.500</td><td>+1.499</td>"
                              + "<td>33,3 %</td><td>33,3 %</td><td>33,3 %</td><td>0</td></tr>"), "\(page)")
        #expect(page.contains("<td>12 måneder</td><td>3 <span class=\"few\">for få svar</span></td><td>2.647</td><td>+2.647</td>"))
        #expect(page.contains("3 svar · forventede ansættelser: 1.500 om 3 måneder, 2.647 om 12 måneder · vækst 33,3 %"))
        #expect(page.contains("Virksomhedsstørrelse: 1–9 ansatte: 0 · 10–49 ansatte: 3"))
        // The bar's label is Danish, its machine value stays a plain integer.
        #expect(page.contains("data-value=\"1500\"") && page.contains(">1.500</text>"))
        #expect(page.contains("Forventede ansættelser pr. stilling,") && page.contains("<th>I alt</th>"))
        // Nothing English in the running text (labels from the data are Danish).
        let text = Self.visibleText(page)
        for english in ["answers", "Expected", "expected", "hires", "months", "Growth", "Decline", "too few", "Joint",
                        "Municipalities", "employees", "Generated", "Industry group", "No answers"] {
            #expect(!text.contains(english), "\(english)")
        }
        // No English grouping or decimal point in a number.
        #expect(!text.contains("1,500") && !text.contains("33.3"))
    }

    /// The page's text without tags, CSS or attribute values.
    static func visibleText(_ page: String) -> String {
        let body = page.components(separatedBy: "</style>").last ?? page
        var out = "", inTag = false
        for c in body {
            if c == "<" { inTag = true; out.append(" ") } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
        }
        return out
    }
}
