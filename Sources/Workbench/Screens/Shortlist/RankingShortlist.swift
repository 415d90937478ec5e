import JobMatchCore

/// The Ranking's two shortlist keys: `a` adds the selected candidate (ranked or near miss)
/// to the vacancy's shortlist with one key, `s` opens the shortlist.
extension RankingScreen {
    static let shortlistKeys: [KeyTable.Triple] = [
        ([.char("a")], "addToShortlist", "Add the selected candidate to this vacancy's shortlist"),
        ([.char("s")], "openShortlist", "Open this vacancy's shortlist"),
    ]

    /// Handles the two keys; nil for any other action.
    mutating func shortlistAction(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        let vacancyID = env.data.dataset.vacancies[vacancyRow].id
        switch action {
        case .screen("openShortlist"):
            return ShortlistScreen.open(vacancy: vacancyID, &env)
        case .screen("addToShortlist"):
            guard outcome != nil, list.selected < entryCount, let row = rankedRow(entry(list.selected)) else {
                env.say("Select a candidate (not the line above the near misses) first")
                return []
            }
            if let why = ShortlistRole.editRefusal(by: env.context.user.user, users: env.users) {
                env.say(why, isError: true)
                return []
            }
            let list = env.work.work(for: vacancyID).shortlist
            let payload = JournalPayload.shortlistChange(vacancy: vacancyID, basedOn: list.version,
                                                         change: .add(candidate: row.candidateID, note: ""))
            do { try env.work.check(payload) } catch {
                env.say(error.description, isError: true)
                return []
            }
            let id = env.requestID()
            shortlistRequest = id
            return [.journal(payload, requestID: id)]
        default:
            return nil
        }
    }

    /// The journal's answer to an add.
    mutating func shortlistReceive(_ action: Action, _ env: inout ScreenEnv) {
        guard case .journalFinished(let id, let result) = action, id == shortlistRequest else { return }
        shortlistRequest = nil
        switch result {
        case .written(let e):
            let list = env.work.work(for: e.payload.vacancy).shortlist
            env.say("\(ShortlistScreen.summary(e.payload).capitalizedFirst) on the shortlist for \(e.payload.vacancy) "
                    + "(\(Format.plural(list.items.count, "candidate"))) — s opens it")
        case .refused(let why):
            env.say(why, isError: true)
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
