import JobMatchCore
import Testing

/// The follow-up call queue: who is due, who is overdue, and "no answer — call again".
@Suite("Call queue")
struct CallQueueTests {
    let today = Day("2026-11-24")!  // a Tuesday

    func vacancy(_ id: String, expires: String, municipality: String = "0813", status: VacancyStatus = .open,
                 company: String = "11111111") -> Vacancy {
        Vacancy(id: id, company: company, occupation: "occ.cook", title: "Kok", requirements: [], licences: [],
                certificates: [], languages: [], jobType: "ordinary", hoursPerWeek: 37, positions: 1,
                startDate: Day("2026-12-01")!, postedDate: Day("2026-11-01")!, expiryDate: Day(expires)!,
                municipality: municipality, publicEmployer: false, status: status)
    }

    let companies = [Company(id: "11111111", name: "Kro ApS", industryGroup: "07", municipalities: ["0813"],
                             contactName: "Lis Berg", contactPhone: "+45 12 34 56 78", contactEmail: "lis@example.dk")]

    func state(_ entries: [(String, String, JournalPayload)]) throws -> JournalState {
        var s = JournalState()
        for (i, e) in entries.enumerated() {
            try s.apply(JournalEntry(sequence: i + 1, time: e.1, user: e.0, payload: e.2))
        }
        return s
    }

    @Test("weekdays: 1970-01-01 was a Thursday, 2026-11-28 a Saturday")
    func weekdays() {
        #expect(Day("1970-01-01")!.weekday == 3)
        #expect(Day("2026-11-28")!.isWeekend && Day("2026-11-29")!.isWeekend && !Day("2026-11-30")!.isWeekend)
        #expect(CallQueue.nextWorkingDay(after: Day("2026-11-27")!) == Day("2026-11-30")!)  // Friday → Monday
        #expect(CallQueue.nextWorkingDay(after: Day("2026-11-24")!) == Day("2026-11-25")!)
    }

    @Test("only the cooperation's open vacancies expiring within 5 days; overdue first, with contact and shortlist")
    func queue() throws {
        let vacancies = [
            vacancy("V1", expires: "2026-11-29"),                          // due today (24th)
            vacancy("V2", expires: "2026-11-26"),                          // due the 21st: overdue
            vacancy("V3", expires: "2026-12-10"),                          // not yet
            vacancy("V4", expires: "2026-11-25", municipality: "0101"),    // outside the cooperation
            vacancy("V5", expires: "2026-11-25", status: .filled),         // not open
            vacancy("V6", expires: "2026-11-23"),                          // the ad has run out
        ]
        let work = try state([("mette.frh", "2026-11-20T09:00:00.000Z",
                               .shortlistChange(vacancy: "V2", basedOn: 0, change: .add(candidate: "K1", note: "")))])
        let items = CallQueue.items(vacancies: vacancies, companies: companies, work: work, participating: ["0813", "0860"], today: today)
        #expect(items.map(\.vacancy.id) == ["V2", "V1"])
        #expect(items.map(\.status) == [.overdue, .due])
        #expect(items[0].due == Day("2026-11-21") && items[0].shortlisted == 1 && items[1].shortlisted == 0)
        #expect(items[0].contactName == "Lis Berg" && items[0].contactPhone == "+45 12 34 56 78" && items[0].companyName == "Kro ApS")
    }

    @Test("no answer: due again the next working day; any other outcome settles the call")
    func outcomes() throws {
        let vacancies = [vacancy("V1", expires: "2026-11-27"), vacancy("V2", expires: "2026-11-27")]
        let work = try state([
            ("mette.frh", "2026-11-20T15:00:00.000Z", .callOutcome(vacancy: "V1", outcome: .noAnswer, note: "", day: Day("2026-11-20")!)),  // a Friday
            ("mette.frh", "2026-11-23T10:00:00.000Z",
             .callOutcome(vacancy: "V2", outcome: .stillNeedsHelp, note: "ring i morgen", day: Day("2026-11-23")!)),
        ])
        let items = CallQueue.items(vacancies: vacancies, companies: companies, work: work, participating: ["0813"], today: today)
        let v1 = try #require(items.first { $0.vacancy.id == "V1" }), v2 = try #require(items.first { $0.vacancy.id == "V2" })
        #expect(v1.due == Day("2026-11-23") && v1.status == .overdue)   // Monday after the Friday, passed
        #expect(v1.lastCall?.outcome == .noAnswer && v1.lastCall?.user == "mette.frh")
        #expect(v2.due == nil && v2.status == .done && v2.lastCall?.note == "ring i morgen")
        #expect(items.map(\.vacancy.id) == ["V1", "V2"])
        let log = CallQueue.log(company: "11111111", vacancies: vacancies, work: work)
        #expect(log.map { $0.call.outcome } == [.noAnswer, .stillNeedsHelp])
    }

    @Test("no answer: due again the working day after the caller's day (--today), not after the day the entry was written")
    func noAnswerCountsFromTheCallersDay() throws {
        let vacancies = [vacancy("V1", expires: "2026-11-27")]
        // Recorded on Tuesday 2026-12-01 by the clock, in a session run as of Friday 2026-11-20.
        let work = try state([("mette.frh", "2026-12-01T15:00:00.000Z",
                               .callOutcome(vacancy: "V1", outcome: .noAnswer, note: "", day: Day("2026-11-20")!))])
        let v1 = try #require(CallQueue.items(vacancies: vacancies, companies: companies, work: work, participating: [], today: today).first)
        #expect(v1.due == Day("2026-11-23") && v1.status == .overdue, "\(v1)")
        #expect(v1.lastCall?.day == Day("2026-11-20"))
    }
}
