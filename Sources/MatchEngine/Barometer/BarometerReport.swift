import JobMatchCore

/// The barometer as one self-contained HTML page a supervisor can mail to companies and the
/// municipal board: inline CSS, inline SVG horizontal bar charts, no scripts, no fonts or
/// images from elsewhere. The joint overview comes first, then the municipalities side by
/// side, then one section per municipality; every scope has a chart per industry group
/// (expected hires per occupation at 3 and 12 months), also for groups without answers.
///
/// Every chart is `<svg class="chart" data-scope="joint|CODE" data-group="CODE">` and every
/// bar carries its number in `data-value`, so tests and scripts can check the figures.
///
/// The page is **Danish** by purpose: its readers are Danish companies and the municipal
/// board, and the labels it shows (industry groups, occupations) are Danish already. So
/// every word is Danish and every number is written the Danish way through `DanishFormat`
/// ("2.647", "34,7 %", "2. halvår 2026"); `data-value` keeps the plain integer for machines.
/// docs/language.md records the choice.
public enum BarometerReport {
    /// Occupations drawn per chart (the ones with most expected hires in 3 months).
    public static let occupationsPerChart = 8

    /// The page for `round` (the newest when nil); `generated`, when given, is printed as the
    /// day the report was made ("Udarbejdet 24. november 2026").
    public static func html(_ barometer: Barometer, round: String? = nil, generated: Day? = nil) throws(BarometerError) -> String {
        let joint = try barometer.overview(round: round)
        let side = try barometer.sideBySide(round: joint.round)
        let roundName = BarometerRound(joint.round).map { DanishFormat.round($0) } ?? joint.round
        var h = HTML()
        h.raw("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n")
        h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        h.raw("<title>"); h.text("Jobbarometer \(roundName) — \(joint.scopeName)"); h.raw("</title>\n")
        h.raw("<style>\n\(css)</style>\n</head>\n<body>\n")
        h.raw("<h1>"); h.text("Jobbarometer \(roundName)"); h.raw("</h1>\n<p class=\"lead\">")
        let answers = joint.total.in3Months.answers
        h.text("\(joint.scopeName): \(DanishFormat.count(answers)) \(answers == 1 ? "virksomhed har" : "virksomheder har") svaret. "
               + "Forventede ansættelser er de stillinger, virksomhederne regner med at besætte om 3 og 12 måneder; "
               + "nettoændringen trækker de forventede nedskæringer fra. Tal bag færre end \(Barometer.minimumAnswers) svar "
               + "er mærket »for få svar« og bør ikke stå alene.")
        if let generated { h.text(" Udarbejdet \(DanishFormat.date(generated)).") }
        h.raw("</p>\n")
        scope(joint, into: &h)
        sideBySide(side, into: &h)
        for m in barometer.municipalities {
            scope(try barometer.overview(round: joint.round, municipality: m), into: &h)
        }
        h.raw("<footer>Udarbejdet af jobmatch ud fra barometer.jsonl. Denne tjeneste anvender ESCO-klassifikationen fra Europa-Kommissionen.</footer>\n")
        h.raw("</body>\n</html>\n")
        return h.out
    }

    private static let css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;max-width:60em;color:#1d1d1f;padding:0 1em}
        h1{font-size:1.6em}h2{border-bottom:2px solid #0b5394;padding-bottom:.2em;margin-top:2em}h3{margin:1.2em 0 .3em;font-size:1.05em}
        table{border-collapse:collapse;margin:.5em 0}th,td{padding:.2em .6em;text-align:right;border-bottom:1px solid #ddd}
        td{white-space:nowrap}th:first-child,td:first-child{text-align:left}.few{color:#a61c00;font-weight:600}.lead{color:#444}
        svg.chart{display:block;max-width:100%;height:auto}.legend span{display:inline-block;margin-right:1em}
        .k3{color:#0b5394}.k12{color:#93c47d}footer{margin-top:3em;color:#666;font-size:.85em}
        @media print{h2{page-break-before:always}}

        """

    private static func scope(_ o: BarometerOverview, into h: inout HTML) {
        h.raw("<section class=\"scope\" data-scope=\"\(o.scope)\">\n<h2>"); h.text(o.scope == "joint" ? "Samlet overblik — \(o.scopeName)" : o.scopeName); h.raw("</h2>\n")
        h.raw("<table class=\"summary\"><tr><th>Horisont</th><th>Svar</th><th>Forventede ansættelser</th><th>Nettoændring</th><th>Vækst</th><th>Uændret</th><th>Fald</th><th>Svært at rekruttere</th></tr>\n")
        for hz in BarometerHorizon.allCases {
            let f = o.total.figure(hz)
            h.raw("<tr><td>\(horizon(hz))</td><td>\(DanishFormat.count(f.answers))\(f.tooFew ? " <span class=\"few\">for få svar</span>" : "")</td>")
            h.raw("<td>\(DanishFormat.count(f.hires))</td><td>\(DanishFormat.signed(f.net))</td>")
            h.raw("<td>\(share(f.growing, f))</td><td>\(share(f.steady, f))</td><td>\(share(f.declining, f))</td><td>\(DanishFormat.count(f.hardToRecruit))</td></tr>\n")
        }
        h.raw("</table>\n<p>Virksomhedsstørrelse: ")
        h.text(SizeBand.allCases.map { "\(band($0)) ansatte: \(DanishFormat.count(o.sizeBands[$0.rawValue] ?? 0))" }.joined(separator: " · "))
        h.raw("</p>\n<p class=\"legend\"><span class=\"k3\">■ \(horizon(.threeMonths))</span><span class=\"k12\">■ \(horizon(.twelveMonths))</span></p>\n")
        for g in o.groups {
            h.raw("<h3>"); h.text("\(g.key) \(g.label)"); h.raw("</h3>\n<p>")
            let a = g.in3Months
            h.text("\(DanishFormat.count(a.answers)) svar · forventede ansættelser: \(DanishFormat.count(a.hires)) om 3 måneder, "
                   + "\(DanishFormat.count(g.in12Months.hires)) om 12 måneder · vækst \(share(a.growing, a)), "
                   + "uændret \(share(a.steady, a)), fald \(share(a.declining, a)) (3 måneder)")
            if a.tooFew { h.raw(" <span class=\"few\">for få svar</span>") }
            h.raw("</p>\n")
            chart(g, scope: o.scope, into: &h)
        }
        h.raw("</section>\n")
    }

    /// A horizontal bar chart: per occupation a 3-month and a 12-month bar of expected hires.
    private static func chart(_ g: BarometerRow, scope: String, into h: inout HTML) {
        let rows = Array(g.occupations.prefix(occupationsPerChart))
        let labelWidth = 260, barWidth = 300, rowHeight = 34, width = labelWidth + barWidth + 90
        let height = max(1, rows.count) * rowHeight + 10
        h.raw("<svg class=\"chart\" data-scope=\"\(scope)\" data-group=\"\(attr(g.key))\" xmlns=\"http://www.w3.org/2000/svg\" ")
        h.raw("width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"")
        h.text("Forventede ansættelser pr. stilling, \(g.label)"); h.raw("\">\n")
        if rows.isEmpty {
            h.raw("<text x=\"0\" y=\"24\" font-size=\"13\" fill=\"#666\">Ingen svar i denne branchegruppe.</text>\n")
        }
        let top = max(1, rows.map { max($0.in3Months.hires, $0.in12Months.hires) }.max() ?? 1)
        for (i, r) in rows.enumerated() {
            let y = i * rowHeight + 4
            // The occupation on one line, the answers behind it (and the flag) on the next, so
            // neither runs into the bars.
            let colour = r.in3Months.tooFew ? "#a61c00" : "#1d1d1f"
            h.raw("<text x=\"0\" y=\"\(y + 11)\" font-size=\"12\" fill=\"\(colour)\">"); h.text(clip(r.label, 38)); h.raw("</text>\n")
            h.raw("<text x=\"0\" y=\"\(y + 25)\" font-size=\"10\" fill=\"\(colour)\">")
            h.text("\(DanishFormat.count(r.in3Months.answers)) svar" + (r.in3Months.tooFew ? " · ⚠ for få svar til at stole på" : "")); h.raw("</text>\n")
            for (j, hz) in BarometerHorizon.allCases.enumerated() {
                let v = r.figure(hz).hires
                let w = v == 0 ? 0 : max(1, v * barWidth / top)
                let by = y + j * 14
                h.raw("<rect class=\"bar\" data-horizon=\"\(hz.rawValue)\" data-occupation=\"\(attr(r.key))\" data-value=\"\(v)\" ")
                h.raw("x=\"\(labelWidth)\" y=\"\(by)\" width=\"\(w)\" height=\"12\" fill=\"\(j == 0 ? "#0b5394" : "#93c47d")\"><title>")
                h.text("\(r.label): \(DanishFormat.count(v)) forventede ansættelser om \(horizon(hz))"); h.raw("</title></rect>\n")
                h.raw("<text x=\"\(labelWidth + w + 4)\" y=\"\(by + 10)\" font-size=\"11\" fill=\"#333\">\(DanishFormat.count(v))</text>\n")
            }
        }
        h.raw("</svg>\n")
    }

    private static func sideBySide(_ s: BarometerSideBySide, into h: inout HTML) {
        h.raw("<section class=\"side-by-side\">\n<h2>Kommunerne side om side — forventede ansættelser om 3 måneder (svar)</h2>\n<table>\n<tr><th>Branchegruppe</th>")
        for c in s.columns { h.raw("<th>"); h.text(c.name); h.raw("</th>") }
        h.raw("</tr>\n")
        func cell(_ f: BarometerFigure) -> String {
            "<td\(f.tooFew ? " class=\"few\" title=\"for få svar\"" : "")>\(DanishFormat.count(f.hires)) (\(DanishFormat.count(f.answers)))</td>"
        }
        for g in s.groups {
            h.raw("<tr><td>"); h.text("\(g.code) \(g.label)"); h.raw("</td>")
            for c in g.cells { h.raw(cell(c.in3Months)) }
            h.raw("</tr>\n")
        }
        h.raw("<tr><th>I alt</th>")
        for c in s.columns { h.raw(cell(c.total.in3Months)) }
        h.raw("</tr>\n</table>\n</section>\n")
    }

    /// "3 måneder", "12 måneder".
    private static func horizon(_ h: BarometerHorizon) -> String { h == .threeMonths ? "3 måneder" : "12 måneder" }
    /// "1–9", "250+": a range with an en dash, as Danish typesets it.
    private static func band(_ b: SizeBand) -> String { String(b.rawValue.map { $0 == "-" ? "–" : $0 }) }
    /// The share of the figure's companies, one decimal: "33,3 %".
    private static func share(_ count: Int, _ f: BarometerFigure) -> String { DanishFormat.percent(count, of: f.answers) }
    private static func clip(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }
    private static func attr(_ s: String) -> String { HTML.escape(s) }
}

/// A string builder that escapes text for HTML.
struct HTML {
    var out = ""
    mutating func raw(_ s: String) { out += s }
    mutating func text(_ s: String) { out += Self.escape(s) }

    static func escape(_ s: String) -> String {
        var r = ""
        r.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": r += "&amp;"
            case "<": r += "&lt;"
            case ">": r += "&gt;"
            case "\"": r += "&quot;"
            case "'": r += "&#39;"
            default: r.unicodeScalars.append(c)
            }
        }
        return r
    }
}
