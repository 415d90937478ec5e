import Foundation
import JobMatchCore
import MatchEngine
import Testing
import TerminalUI
@testable import Workbench

/// One language per screen (issue #11, docs/language.md): the workbench speaks English and
/// Danish appears only as data. Every screen is walked at two terminal sizes and its text is
/// searched for Danish grammar words standing on their own.
///
/// Data cannot trip the check: every word of every string in the dataset (labels, names,
/// titles, notes — gathered by reflection, whatever field they sit in) is exempt, so
/// "Social- og sundhedshjælper" on screen is fine, while "og" produced by the program is
/// only caught when no data uses it. `exemptions` says which words the data took out, and
/// the core words of the old Danish gap strings must stay checked.
@Suite struct LanguageTests {
    /// Danish words that English program text never contains as a word of its own.
    static let danishWords: Set<String> = [
        // the old gap strings: "mangler X niv. 3 (har 2)", "pendler 52 min (maks. 45, 7 min for langt)",
        // "ledig fra 2026-12-10, 5 dage for sent", "ønsker 20 t/uge, jobbet har 28 t"
        "mangler", "niv", "har", "pendler", "maks", "langt", "ledig", "fra", "dage", "dag", "sent", "ønsker", "uge", "jobbet",
        // counts and common function words
        "kandidater", "kandidat", "ledige", "stillinger", "virksomheder", "svar", "måneder", "mdr", "timer", "uger",
        "og", "ikke", "eller", "ingen", "til", "med", "uden", "skal", "kan", "af", "på", "udløbet", "forventede", "ansættelser", "mangel", "jobmuligheder",
    ]
    /// Must stay checked whatever the data holds, or the test has lost its point.
    static let core: Set<String> = ["mangler", "niv", "har", "pendler", "maks", "ledig", "dage", "ønsker", "uge", "jobbet"]

    /// Every string stored anywhere in `value`, found by reflection.
    static func strings(in value: Any, into out: inout Set<String>, depth: Int = 0) {
        if let s = value as? String { out.insert(s); return }
        if value is Int || value is Int32 || value is Double || value is Bool || value is UInt8 || depth > 40 { return }
        for child in Mirror(reflecting: value).children { strings(in: child.value, into: &out, depth: depth + 1) }
    }

    /// "MIG-svejsning niv. 3 (har 2)" → ["mig", "svejsning", "niv", "har"].
    static func words(_ s: String) -> [String] {
        s.lowercased().split { !$0.isLetter }.map(String.init)
    }

    /// The words the data uses; the screens may show them.
    static func dataWords(_ dataset: Dataset, _ context: WorkbenchContext) -> Set<String> {
        var all = Set<String>()
        strings(in: dataset, into: &all)
        strings(in: context, into: &all)
        return Set(all.flatMap(words))
    }

    /// Each Danish grammar word on the screen that no data string explains, with its line.
    static func violations(_ screen: String, checked: Set<String>) -> [String] {
        screen.split(separator: "\n").compactMap { line in
            let found = words(String(line)).filter(checked.contains)
            return found.isEmpty ? nil : "\(found) in «\(line)»"
        }
    }

    /// Every screen: the ranking walk of the privacy tests, each `:command` screen with its
    /// detail pane, a profile, triage and the help overlay.
    static func walk(width: Int, height: Int, dataset: Dataset = Tiny.dataset, context: WorkbenchContext = Tiny.context,
                     vacancy: String = "V000101", candidate: String = "K000001") -> [String] {
        var screens = PrivacyTests().allScreens(Harness(width: width, height: height, dataset: dataset, context: context)
            .press(.escape))
        func fresh() -> Harness { Harness(width: width, height: height, dataset: dataset, context: context) }
        screens.append(fresh().text)
        for entry in ScreenTable.standard.entries {
            guard let command = entry.command else { continue }
            let h = fresh().press(.char(":")).type(command).press(.enter)
            screens.append(h.text)
            h.press(.char("j")); screens.append(h.text)
            h.press(.tab); screens.append(h.text)
            h.press(.char("?")); screens.append(h.text)
        }
        screens.append(fresh().press(.char(":")).type("open \(candidate)").press(.enter).text)
        let triage = fresh().press(.char(":")).type("triage \(vacancy)").press(.enter)
        screens.append(triage.text)
        screens.append(triage.press(.char("j")).text)
        screens.append(fresh().press(.char(":")).type("help").press(.enter).text)
        return screens
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func everyScreenSpeaksEnglish(size: (Int, Int)) {
        let exempt = Self.dataWords(Tiny.dataset, Tiny.context)
        let checked = Self.danishWords.subtracting(exempt)
        #expect(Self.core.isSubset(of: checked), "the fixture's data uses \(Self.core.subtracting(checked)); the check would miss them")
        let screens = Self.walk(width: size.0, height: size.1)
        #expect(screens.count > 40)
        for screen in screens {
            let bad = Self.violations(screen, checked: checked)
            #expect(bad.isEmpty, "\(bad)\n\(screen)")
        }
    }

    /// The engine's own gap strings on the demo: a vacancy nobody qualifies for lists its near
    /// misses, whose gap column and preview come from `NearMiss.gapText`.
    @Test func nearMissesOnTheDemoSpeakEnglish() throws {
        let (dataset, vacancy, ranking) = try NearMissScreenTests.deadEnd()
        let context = WorkbenchContext(dataDirectory: "~/.local/share/jobmatch", user: UserContext(user: "anna", municipality: "0860"),
                                       today: Day(year: 2026, month: 11, day: 24)!)
        let checked = Self.danishWords.subtracting(Self.dataWords(dataset, context))
        // The demo's free text (records, notes) uses "har" and "ledig" as data, so on its screens
        // those two are exempt; the gap strings themselves are checked for every word below.
        let demoCore = Self.core.subtracting(["har", "ledig"])
        #expect(demoCore.isSubset(of: checked), "the demo's data uses \(demoCore.subtracting(checked))")
        // The strings themselves, with the schema label (data) taken out.
        for near in ranking.nearMisses {
            var text = near.gapText
            for c in dataset.schema.competences where text.contains(c.da) { text = text.replacingOccurrences(of: c.da, with: "") }
            #expect(Self.violations(text, checked: Self.danishWords).isEmpty, "\(near.gapText)")
        }
        let h = Harness(width: 120, height: 30, dataset: dataset, context: context)
        h.press(.char(":")).type("open \(vacancy.id)").press(.enter)
        #expect(h.text.contains("near misses: missing one thing"))
        for screen in [h.text, h.press(.char("j")).text, h.press(.enter).text] {
            let bad = Self.violations(screen, checked: checked)
            #expect(bad.isEmpty, "\(bad)\n\(screen)")
        }
    }

    /// The check is not blind: the old Danish gap string, shown as the ranking's gap, is caught.
    @Test func theOldDanishGapStringsWouldBeCaught() {
        struct Danish: MatchProvider {
            func rank(vacancyID: String, top: Int, municipalities: [String], today: Day) -> RankingOutcome {
                RankingOutcome(vacancyID: vacancyID, rows: [
                    RankedRow(candidateID: "K000001", score: 80, essentialMet: 2, essentialTotal: 2, optionalMet: 1, optionalTotal: 2,
                              commuteMinutes: 10, gap: ["MIG-svejsning niv. 3 (har 2)"]),
                ], considered: 5, eligibleCount: 1, exclusions: [], milliseconds: 1)
            }
            func explain(vacancyID: String, candidateID: String, today: Day) -> CandidateScore? { nil }
        }
        let checked = Self.danishWords.subtracting(Self.dataWords(Tiny.dataset, Tiny.context))
        let h = Harness(width: 160, height: 48, provider: Danish())
        h.press(.char(":")).type("open V000101").press(.enter)
        #expect(Self.violations(h.text, checked: checked).contains { $0.contains("niv") && $0.contains("har") })
    }
}
