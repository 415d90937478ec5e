import Foundation
import JobMatchCore
import MatchEngine
import TerminalUI

extension CandidatesScreen {
    struct Layout {
        var query: Rect
        var table: Rect
    }

    /// Four lines for the query (the line, the caret or suggestion, the summary, the counts
    /// per municipality), the table below.
    static func layout(_ size: TerminalSize) -> Layout {
        let (query, table) = WorkbenchView.body(size).splitTop(4)
        return Layout(query: query, table: table)
    }

    /// One hit as a row of the table.
    struct Row {
        var hit: SearchOutcome.Hit
        var candidate: Candidate?
        var data: WorkbenchData
        var user: NameAccess
    }

    static let columns: [ListColumn<Row>] = [
        ListColumn("Candidate", width: 24, min: 14, flexible: true, weight: 2, priority: 10) { r in
            r.candidate.map { RankingScreen.label($0, user: r.user) } ?? r.hit.candidateID
        },
        ListColumn("Lives in", width: 13, min: 10, priority: 9) { r in r.candidate.map { r.data.municipalityName($0.municipality) } ?? "?" },
        ListColumn("Commute", width: 7, priority: 6, alignRight: true) { $0.hit.commuteMinutes.map { "\($0) min" } ?? "–" },
        ListColumn("Available", width: 10, priority: 7) { r in r.candidate.map { "\($0.availableFrom)" } ?? "" },
        ListColumn("Matched", width: 24, min: 10, flexible: true, weight: 3, priority: 8) { r in
            r.hit.competences.isEmpty ? "—" : r.hit.competences.joined(separator: ", ")
        },
    ]

    package func render(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv, usesColor: Bool) {
        let l = Self.layout(env.size)
        renderQuery(into: &buffer, rect: l.query, env: env)
        if focus == .saved { renderPicker(into: &buffer, env: env); return }
        let table = ListTable(Self.columns, width: l.table.width - 1)
        guard let outcome else {
            table.drawHeader(into: &buffer, x: l.table.x + 1, y: l.table.y)
            let lines = env.engine == .indexing ? ["Building the matching index… the search starts as soon as it is ready."] : Self.examples
            for (i, line) in lines.enumerated() where l.table.y + 2 + i < l.table.maxY {
                buffer.put(line, x: l.table.x + 2, y: l.table.y + 2 + i, style: .dim, maxWidth: l.table.width - 3)
            }
            return
        }
        let data = env.data, user = nameAccess(env), hits = outcome.hits
        let needles = Self.highlightNeedles(outcome.query)
        let shown = ListView.draw(table, into: &buffer, rect: l.table, count: hits.count, cursor: list, focused: focus == .results,
                                  empty: "No candidate matches — change the query.") { i in
            Row(hit: hits[i], candidate: data.candidate(id: hits[i].candidateID), data: data, user: user)
        }
        guard !needles.isEmpty, !hits.isEmpty else { return }
        // Matched terms: the free-text words in the name, the queried competences in "Matched".
        let visible = ListView.visibleRows(height: l.table.height, count: hits.count)
        for line in 0..<visible {
            let i = shown.top + line
            guard i < hits.count else { break }
            let row = Row(hit: hits[i], candidate: data.candidate(id: hits[i].candidateID), data: data, user: user)
            let selected = i == shown.selected
            let base: Style = selected ? (focus == .results ? .selected : .selectedInactive) : .accent
            var x = l.table.x + 1
            for (c, width) in table.widths.enumerated() {
                guard let width else { continue }
                if ["Candidate", "Matched"].contains(table.columns[c].title) {
                    let text = DisplayWidth.truncate(table.columns[c].text(row, width), toWidth: width)
                    Highlight.draw(text, needles: needles, into: &buffer, x: x, y: l.table.y + 1 + line,
                                   style: Style(base.role, bold: true, underline: true))
                }
                x += width + 1
            }
        }
    }

    static let examples = [
        "Type a query; the results follow as you type. Every term must hold:",
        "  comp:svejsning>=3  lic:B,CE  cert:truck  lang:de>=B1  near:Hjørring/45",
        "  avail:<=2026-12-15  jobtype:løntilskud  muni:0813,0810  occ:svejser",
        "  status:any  and free text: a name or a competence (\"søren\", truckkørsel)",
        "Sorted by distance with near:, by date with avail:, else by competence level.",
    ]

    /// The query line, the caret under a faulty token (or a suggestion), the summary and
    /// the counts per municipality.
    private func renderQuery(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv) {
        let prompt = "Query: "
        let x0 = rect.x + 1, width = rect.width - 2
        let px = x0 + DisplayWidth.of(prompt)
        buffer.put(prompt, x: x0, y: rect.y, style: Style.normal.bolded)
        let fieldWidth = max(1, rect.maxX - 1 - px)
        buffer.fill(Rect(x: px, y: rect.y, width: fieldWidth, height: 1), style: focus == .query ? .input : .normal)
        // Scrolls sideways so the cursor stays in view.
        let chars = Array(query.text)
        let before = DisplayWidth.of(String(chars.prefix(query.cursor)))
        let scroll = max(0, before - fieldWidth + 1)
        let skip = Self.charactersWithin(chars, width: scroll)
        let visible = String(chars.dropFirst(skip))
        buffer.put(visible, x: px, y: rect.y, style: focus == .query ? .input : .normal, maxWidth: fieldWidth)
        if let problem {
            Highlight.underline(chars, from: skip, offset: problem.offset, length: problem.length, into: &buffer, x: px, y: rect.y,
                                maxX: px + fieldWidth)
        }
        if focus == .query && saved.naming == nil {
            let cx = px + before - DisplayWidth.of(String(chars.prefix(skip)))
            if cx < px + fieldWidth {
                let under = buffer[cx, rect.y].text
                buffer.put(under.isEmpty || under == " " ? " " : under, x: cx, y: rect.y, style: Style(.input, reverse: true))
            }
        }

        // Line 2: a caret under the token at fault and what is wrong; else a suggestion.
        var y = rect.y + 1
        if let naming = saved.naming {
            renderNaming(naming, into: &buffer, x: x0, y: y, width: width)
        } else if let problem {
            let caretX = px + DisplayWidth.of(String(chars.dropFirst(skip).prefix(max(0, problem.offset - skip))))
            let caretWidth = max(1, DisplayWidth.of(String(chars.dropFirst(problem.offset).prefix(problem.length))))
            let carets = String(repeating: "^", count: caretWidth)
            var message = carets + " " + problem.message
            if let suggestion { message += " — did you mean \(suggestion.label)? Tab accepts" }
            let room = rect.maxX - 1 - caretX
            if caretX < rect.maxX - 1, DisplayWidth.of(message) <= room {
                buffer.put(message, x: caretX, y: y, style: .bad, maxWidth: room)
            } else {
                // Too long after the caret: the caret, and the message from the left edge.
                buffer.put(carets, x: min(caretX, rect.maxX - 2), y: y, style: .bad, maxWidth: max(1, rect.maxX - 1 - caretX))
                buffer.put(message.dropFirst(carets.count + 1).description, x: x0, y: y + 1, style: .bad, maxWidth: width)
                y += 1
            }
        } else if let incomplete {
            buffer.put("\(incomplete)…? The results stay for the last complete query until the word is finished.",
                       x: px, y: y, style: .dim, maxWidth: rect.maxX - 1 - px)
        } else if let suggestion {
            buffer.put("Did you mean \(suggestion.label)? Tab accepts", x: px, y: y, style: .warn, maxWidth: rect.maxX - 1 - px)
        } else if focus == .results, let outcome, list.selected < outcome.hits.count,
                  let c = env.data.candidate(id: outcome.hits[list.selected].candidateID),
                  !PersonalDetails.visible(c, to: env.context.user) {
            // The selected candidate is shown by pseudonym: say whom to ask.
            buffer.put("\(c.id): details hidden — " + env.data.ownerContact(c).text, x: x0, y: y, style: .dim, maxWidth: width)
        }
        y += 1
        guard y < rect.maxY else { return }
        // Line 3: how many match, the order, and whether the list is for an older query.
        guard let outcome else {
            let note = pending != nil ? "searching…" : query.text.isEmpty ? "No query yet." : ""
            buffer.put(note, x: x0, y: y, style: .dim, maxWidth: width)
            return
        }
        var summary = "\(Format.plural(outcome.matched, "candidate")) match"
        if outcome.hits.count < outcome.matched { summary += " (first \(Format.count(outcome.hits.count)) listed)" }
        summary += " · " + Self.sortNote(outcome.query)
        let current = Self.same(outcome.query, query.text)
        if !current { summary += " · showing “\(outcome.query.trimmingCharacters(in: .whitespaces))”" }
        if let notice = names.withheldNotice, names != .shown { summary += " · \(notice)" }
        buffer.put(summary, x: x0, y: y, style: current ? .dim : .warn, maxWidth: width)
        y += 1
        guard y < rect.maxY else { return }
        // Line 4: everyone found, per home municipality, most first.
        let counts = outcome.byMunicipality.sorted { ($1.value, env.data.municipalityName($0.key)) < ($0.value, env.data.municipalityName($1.key)) }
        let line = counts.map { "\(env.data.municipalityName($0.key)) \(Format.count($0.value))" }.joined(separator: " · ")
        buffer.put(line.isEmpty ? "—" : line, x: x0, y: y, style: .normal, maxWidth: width)
    }

    /// The order the list is in, as the query asked for it.
    static func sortNote(_ text: String) -> String {
        switch sort(text) {
        case .distance: return "nearest first"
        case .availability: return "earliest available first"
        case .relevance: return "highest level first"
        }
    }

    /// How many characters of `chars` fill `width` columns.
    static func charactersWithin(_ chars: [Character], width: Int) -> Int {
        var used = 0, n = 0
        while n < chars.count && used < width { used += DisplayWidth.of(chars[n]); n += 1 }
        return n
    }

    /// The folded words to highlight in the rows: free text, and the names of `comp:` terms.
    static func highlightNeedles(_ text: String) -> [[UInt8]] {
        guard let query = try? QueryParser.parse(text) else { return [] }
        var out: [[UInt8]] = []
        for term in query.terms {
            switch term.condition {
            case .text(let t): out.append(TextFolding.foldedUTF8(t))
            case .competence(let name, _): out.append(TextFolding.foldedUTF8(name))
            default: break
            }
        }
        return out.filter { !$0.isEmpty }
    }
}

/// Marks matched words in drawn text. Matching is on folded text (as the engine matches),
/// mapped back to the characters shown, so "soeren" highlights "Søren".
enum Highlight {
    /// Per character of `text`, whether it is inside a match of one of the needles.
    static func marks(_ text: String, needles: [[UInt8]]) -> [Bool] {
        let chars = Array(text)
        var folded: [UInt8] = [], owner: [Int] = []
        for (i, c) in chars.enumerated() {
            let f = TextFolding.foldedUTF8(String(c))
            folded += f
            owner += Array(repeating: i, count: f.count)
        }
        var marks = [Bool](repeating: false, count: chars.count)
        for needle in needles where !needle.isEmpty && needle.count <= folded.count {
            for start in 0...(folded.count - needle.count) where folded[start..<(start + needle.count)].elementsEqual(needle) {
                for k in start..<(start + needle.count) { marks[owner[k]] = true }
            }
        }
        return marks
    }

    /// Redraws the matched characters of `text` (already drawn at x, y) in `style`.
    static func draw(_ text: String, needles: [[UInt8]], into buffer: inout ScreenBuffer, x: Int, y: Int, style: Style) {
        let chars = Array(text)
        let marks = marks(text, needles: needles)
        var column = x
        for (i, c) in chars.enumerated() {
            if marks[i] { buffer.put(String(c), x: column, y: y, style: style) }
            column += DisplayWidth.of(c)
        }
    }

    /// Underlines (and marks as an error) the characters `offset ..< offset + length` of the
    /// query shown from character `from` at x.
    static func underline(_ chars: [Character], from: Int, offset: Int, length: Int, into buffer: inout ScreenBuffer,
                          x: Int, y: Int, maxX: Int) {
        var column = x
        for i in from..<chars.count {
            let w = DisplayWidth.of(chars[i])
            if column + w > maxX { break }
            if i >= offset && i < offset + length {
                buffer.put(String(chars[i]), x: column, y: y, style: Style(.bad, bold: true, underline: true))
            }
            column += w
        }
    }
}
