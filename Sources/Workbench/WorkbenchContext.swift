import JobMatchCore

/// Who runs the workbench, on which data, on which day: everything the host (the
/// `jobmatch` executable) knows that the screens show or depend on.
public struct WorkbenchContext: Sendable, Equatable {
    /// Shown in the status line so a consultant always knows which data she is looking at.
    public var dataDirectory: String
    public var user: UserContext
    /// "Today" for expiry and availability; injected so tests and captures are stable.
    public var today: Day
    /// A one-off message for the status line (e.g. "Set up ~/jobdata with demo data").
    public var notice: String?
    /// The course catalogue (`courses.jsonl`, read by the host apart from the records), for
    /// the Upskilling screen; empty when the directory has none.
    public var courses: [Course]
    /// The large recruitment projects (`recruitments.jsonl`, read by the host before the
    /// records), for the Recruitment screen; it checks them against the records it shows.
    public var recruitments: [RecruitmentProject]

    public init(dataDirectory: String, user: UserContext, today: Day, notice: String? = nil, courses: [Course] = [],
                recruitments: [RecruitmentProject] = []) {
        self.dataDirectory = dataDirectory; self.user = user; self.today = today; self.notice = notice
        self.courses = courses; self.recruitments = recruitments
    }
}
