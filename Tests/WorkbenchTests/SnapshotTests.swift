import Testing
import TerminalUI
@testable import Workbench

/// Whole screens at 80×24, as text, after a key sequence. The ranking and the breakdown
/// come from `FakeProvider`, so only the workbench decides what these look like.
@Suite struct SnapshotTests {
    func expectScreen(_ h: Harness, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = h.lines
        let wanted = expected.components(separatedBy: "\n")
        #expect(actual.count == wanted.count, sourceLocation: sourceLocation)
        for (i, (a, w)) in zip(actual, wanted).enumerated() where a != w {
            Issue.record("line \(i):\n  got  «\(a)»\n  want «\(w)»", sourceLocation: sourceLocation)
        }
    }

    @Test func dashboard() {
        expectScreen(Harness(provider: FakeProvider()), """
         jobmatch │ Dashboard │ Vendsyssel                                   2026-03-02
         Cooperation: Vendsyssel (Frederikshavn, Brønderslev, Hjørring, Jammerbugt; par…
        ▸ Municipalities (5 participating) ─────────────────────────────────────────────
         Municipality              Code Candidates  Sharing Vacancies Positions Expiring
         Aalborg                   0851          0        0         0         0        0
         Brønderslev               0810          1        0         0         0        0
         Frederikshavn             0813          1        1         1         1        0
         Hjørring                  0860          2        0         2         3        1
         Jammerbugt                0849          1        1         1         1        1
         All                                     5        2         4         5        2
          Pending work ─────────────────────────────────────────────────────────────────
         • 2 follow-up calls to make, 1 overdue (1 in Hjørring)
         • 2 vacancies posted in the last 7 days
         • Ready: Enter on a vacancy ranks candidates from 5 municipalities
          Expiring within 5 days — 2 calls, 1 overdue ──────────────────────────────────
         Call       Expires  Vacancy Company    Contact    Phone         SL Last call
         OVERDUE 2d in 3 d   V000101 Hansen St… Per Hansen 98 00 00 01    0 –
         today      in 5 d   V000103 Nordjysk … Ole Bak    98 00 00 03    0 –
         V000101 Hansen Stål A/S · Per Hansen 98 00 00 01 · 0 shortlisted · last: not
           called yet


         /home/anna/jobdata │ anna@Hjørring │ 5 candidates
         ? help · j/k move · Tab pane · Enter open · F/H/E/X/A call outcome · v vacanci…
        """)
    }

    @Test func vacancies() {
        expectScreen(Harness(provider: FakeProvider()).press(.char("v")), """
         jobmatch │ Dashboard › Vacancies │ Vendsyssel                       2026-03-02
         4 open vacancies · sorted by expiry ↑
         Vacancy Title                    Company      Municip.   Job type   Pos Expires
         V000101 Svejser                  Hansen Stål… Hjørring   Ordinært …   2 in 3 d
         V000103 Klejnsmed til montage    Nordjysk Ma… Jammerbugt Ordinært …   1 in 5 d
         V000102 Social- og sundhedshjæl… Plejecenter… Frederiks… Løntilskud   1 in 20 d
         V000104 Svejser – nattehold      Hansen Stål… Hjørring   Ordinært …   1 in 40 d








          Details ──────────────────────────────────────────────────────────────────────
         V000101  Svejser
         Hansen Stål A/S · Industri
         Hjørring · Ordinært job · 37 h/week · 2 positions
         Starts 2026-03-16 · posted 2026-02-20 · expires 2026-03-05 (in 3 d)
         Essential: MIG-svejsning (level 3), Tegningslæsning (level 2)
         Optional: TIG-svejsning (level 2), Truckkørsel (level 1)
         /home/anna/jobdata │ anna@Hjørring │ 5 candidates
         ? help · Enter rank · f filter · m/t/i/e quick filters · x clear · s sort · / …
        """)
    }

    @Test func ranking() {
        expectScreen(Harness(provider: FakeProvider()).press(.char("v"), .enter), """
         jobmatch │ Dashboard › Vacancies › Ranking V000101 │ Vendsyssel     2026-03-02
         V000101  Svejser · Hansen Stål A/S · Hjørring
         Ordinært job · 2 positions · expires 2026-03-05 (in 3 d) · needs MIG-svejsning…
         3 of 5 candidates in 5 municipalities qualify · 4 ms · 2 lack an essential com…
           # Score          Candidate           Lives in    Commute Ess · Opt Gap
           1 #########-  87 Søren Østergård     Hjørring     10 min 2/2 · 1/2 Truckkørs…
           2 #######---  73 K000003             Brønderslev  26 min 2/2 · 1/2 TIG-svejs…
           3 ####------  41 山田 太郎           Frederiksh…  40 min 2/2 · 0/2 TIG-svejs…








          Selected candidate ───────────────────────────────────────────────────────────
         Søren Østergård (K000001)
         Lives in Hjørring · 10 min to work · available 2026-03-02 · wants 37 h of 37
         Score 87 · essential 2/2 · optional 1/2
         Gap:
                                                                               ↓ 2 more
         /home/anna/jobdata │ anna@Hjørring │ 3 candidates
         ? help · Enter profile · t triage · Tab preview · f filter · m municipality · …
        """)
    }

    @Test func candidateScoreBreakdown() {
        expectScreen(Harness(provider: FakeProvider()).press(.char("v"), .enter, .char("j"), .enter, .tab), """
         jobmatch │ … › Vacancies › Ranking V000101 › Candidate K000003      2026-03-02
         K000003 · Brønderslev — for V000101 Svejser

          Profile │ ▸ Score for V000101 ────────────────────────────────────────────────
         Score 87 / 100  ##########################----
         Job-type rule ord-2020: no waiting period

         Essential competences                                               38.0 / 40.0
           ✓ MIG-svejsning: level 4 (needs 3)

         Commute                                                             15.0 / 15.0
           own municipality, 10 min










         /home/anna/jobdata │ anna@Hjørring │ 1 candidate
         ? help · j/k scroll · Tab profile/score · Esc back · : command
        """)
    }

    @Test func whyNotForACandidateWhoFailsAHardRequirement() {
        let h = Harness(width: 160, height: 30, provider: FakeProvider())
        h.press(.char("v"), .enter, .char(":")).type("open K000005").press(.enter)
        #expect(h.line(containing: "Not ranked for this vacancy") != nil)
        #expect(h.line(containing: "Why not — hard requirements not met:") != nil)
        #expect(h.line(containing: "✗ holds essential MIG-svejsning at level 2, level 3 required") != nil)
        #expect(h.line(containing: "Would otherwise score 52 / 100") != nil)
    }

    @Test func rankingAt160x48() {
        let h = Harness(width: 160, height: 48, provider: FakeProvider()).press(.char("v"), .enter)
        let top = """
         jobmatch │ Dashboard › Vacancies › Ranking V000101 │ Vendsyssel                                                                                     2026-03-02
         V000101  Svejser · Hansen Stål A/S · Hjørring
         Ordinært job · 2 positions · expires 2026-03-05 (in 3 d) · needs MIG-svejsning 3, Tegningslæsning 2
         3 of 5 candidates in 5 municipalities qualify · 4 ms · 2 lack an essential competence
            # Score          Candidate                  Lives in      Commute Hours Requirements      Gap                 │  Selected candidate ────────────────────────
            1 #########-  87 Søren Østergård            Hjørring       10 min  37 h 2/2 ess · 1/2 opt Truckkørsel level 1 │ Søren Østergård (K000001)
            2 #######---  73 K000003                    Brønderslev    26 min  37 h 2/2 ess · 1/2 opt TIG-svejsning leve… │ Lives in Hjørring · 10 min to work ·
            3 ####------  41 山田 太郎                  Frederikshavn  40 min  37 h 2/2 ess · 0/2 opt TIG-svejsning leve… │   available 2026-03-02 · wants 37 h of 37
                                                                                                                          │ Score 87 · essential 2/2 · optional 1/2
                                                                                                                          │ Gap:
                                                                                                                          │   • Truckkørsel level 1
                                                                                                                          │ Enter: profile and full score breakdown
                                                                                                                          │
        """
        let lines = h.lines
        #expect(lines.count == 48)
        for (i, want) in top.components(separatedBy: "\n").enumerated() where lines[i] != want {
            Issue.record("line \(i):\n  got  «\(lines[i])»\n  want «\(want)»")
        }
        // The preview pane's separator runs down to the status line; nothing else is drawn there.
        #expect(lines[13..<46].allSatisfy { $0.trimmingCharacters(in: .whitespaces) == "│" })
        #expect(lines[46] == " /home/anna/jobdata │ anna@Hjørring │ 3 candidates")
    }
}
