import JobMatchCore
import MatchEngine
import TerminalUI

/// Everything that can happen to the app: a named key action, text typed into a prompt,
/// a resize, or a result arriving from background work.
///
/// Key actions have stable names (`Action.named`), so the key table can be listed in help
/// and later be made configurable without touching the reducer.
package enum Action: Sendable, Equatable {
    // Movement
    case moveUp, moveDown, pageUp, pageDown, halfPageUp, halfPageDown, moveToTop, moveToBottom
    case nextPane, previousPane
    case open, back, quit
    case showHelp
    /// Ctrl-L: the run loop repaints; the reducer only closes transient messages.
    case redraw
    /// Ctrl-Z: the run loop suspends; listed in help, nothing to reduce.
    case suspend
    // Search, filter, command line
    case startSearch, searchNext, searchPrevious
    case startFilter, clearFilter, startCommand
    // Vacancies and Ranking filters
    case cycleMunicipality, cycleJobType, cycleIndustryGroup, toggleExpiring
    case cycleSort, reverseSort
    case goToDashboard, goToVacancies, goToCandidates
    // Typing into a prompt
    case insertText(String)
    case deleteBackward, deleteForward, cursorLeft, cursorRight, cursorHome, cursorEnd, clearLine
    case submitInput, cancelInput
    /// A key action only one screen knows (its key table names it; `Action.named` does not).
    /// A new screen's own keys arrive like this, so adding a screen does not touch this enum.
    case screen(ActionName)
    /// A command line as typed after `:` (also usable from tests and a future script mode).
    case command(String)
    // From the host and background work
    case resize(TerminalSize)
    case engineReady
    case engineFailed(String)
    case rankingFinished(requestID: Int, RankingOutcome)
    case explanationFinished(requestID: Int, CandidateScore?)
    case searchFinished(requestID: Int, SearchOutcome)
    /// The host's answer to `.audit`: nil when the entry was written, else why not.
    case auditFinished(requestID: Int, failure: String?)
    /// The host's answer to `.journal`; `AppState.work` already holds the journal after it.
    case journalFinished(requestID: Int, JournalResult)
    /// Another user (another process) appended to the journal; `AppState.work` holds it now.
    case journalChanged
    /// Sent to a screen that `goTo` (a `:` command, `v`, `d`) has just opened, so it can ask
    /// for what it shows (the Review queue logs the names it lists); nothing else sends it.
    case opened
    /// The answer to `.allocate`: nil when the engine cannot allocate.
    case allocationFinished(requestID: Int, Allocation?)
    /// The answer to `.suggestVisit`: nil when the company has no open vacancy (or the
    /// engine cannot suggest).
    case visitSuggestionFinished(requestID: Int, VisitSuggestion?)
    /// The answer to `.countSavedSearches`, one count per probe asked for.
    case savedSearchesCounted(requestID: Int, [SavedSearchCount])
    /// The answer to `.recruitments`: nil when the engine cannot compute them.
    case recruitmentsFinished(requestID: Int, [RecruitmentStatus]?)

    /// Key actions by name, for `KeyMap` (and a future configuration file).
    package static let named: [ActionName: Action] = [
        "moveUp": .moveUp, "moveDown": .moveDown, "pageUp": .pageUp, "pageDown": .pageDown,
        "halfPageUp": .halfPageUp, "halfPageDown": .halfPageDown, "suspend": .suspend,
        "moveToTop": .moveToTop, "moveToBottom": .moveToBottom, "nextPane": .nextPane, "previousPane": .previousPane,
        "open": .open, "back": .back, "quit": .quit, "showHelp": .showHelp, "redraw": .redraw,
        "startSearch": .startSearch, "searchNext": .searchNext, "searchPrevious": .searchPrevious,
        "startFilter": .startFilter, "clearFilter": .clearFilter, "startCommand": .startCommand,
        "cycleMunicipality": .cycleMunicipality, "cycleJobType": .cycleJobType, "cycleIndustryGroup": .cycleIndustryGroup,
        "toggleExpiring": .toggleExpiring, "cycleSort": .cycleSort, "reverseSort": .reverseSort,
        "goToDashboard": .goToDashboard, "goToVacancies": .goToVacancies, "goToCandidates": .goToCandidates,
        "deleteBackward": .deleteBackward, "deleteForward": .deleteForward, "cursorLeft": .cursorLeft,
        "cursorRight": .cursorRight, "cursorHome": .cursorHome, "cursorEnd": .cursorEnd, "clearLine": .clearLine,
        "submitInput": .submitInput, "cancelInput": .cancelInput,
        // The Ranking's shortlist keys (Screens/Shortlist/RankingShortlist.swift).
        "addToShortlist": .screen("addToShortlist"), "openShortlist": .screen("openShortlist"),
        // The Dashboard's call queue (its own actions, named so a key map can rebind them).
        "callFilled": .screen("callFilled"), "callStillNeedsHelp": .screen("callStillNeedsHelp"),
        "callExtendAd": .screen("callExtendAd"), "callCancelled": .screen("callCancelled"),
        "callNoAnswer": .screen("callNoAnswer"), "callLog": .screen("callLog"),
    ]
}

/// Work the reducer asks the host to do; the reducer itself never blocks or does I/O.
package enum Effect: Sendable, Equatable {
    /// Rank a vacancy in the background; the result comes back as `.rankingFinished`.
    case rank(requestID: Int, vacancyID: String, top: Int, municipalities: [String])
    /// Explain one candidate for one vacancy; the result comes back as `.explanationFinished`.
    case explain(requestID: Int, vacancyID: String, candidateID: String)
    /// Search candidates in the background; the result comes back as `.searchFinished`.
    case search(requestID: Int, query: String, top: Int, sort: SearchSort, viewer: UserContext)
    /// Write an audit entry; the details it covers are drawn only after `.auditFinished`
    /// reports it written.
    case audit(AuditEvent, requestID: Int)
    /// Append an edit to the journal (durable and audited when it returns); the host answers
    /// with `.journalFinished` before anything is drawn, so the next card shows the decision.
    case journal(JournalPayload, requestID: Int)
    /// Allocate every open vacancy in `municipalities` (empty: all) at once; the result
    /// comes back as `.allocationFinished`.
    case allocate(requestID: Int, factor: Int, perCandidate: Int, municipalities: [String])
    /// Rank the job centres for a visit to `company`; answered by `.visitSuggestionFinished`.
    case suggestVisit(requestID: Int, company: String)
    /// Count each saved search's matches and new matches (the Dashboard); answered by
    /// `.savedSearchesCounted`.
    case countSavedSearches(requestID: Int, [SavedSearchProbe], viewer: UserContext)
    /// Where the recruitment projects stand with the journal `work`; answered by `.recruitmentsFinished`.
    case recruitments(requestID: Int, projects: [RecruitmentProject], work: JournalState, courses: [Course])
}
