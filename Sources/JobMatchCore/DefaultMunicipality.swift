extension MunicipalityRegistry {
    /// The job centre assumed when the user names none (`--municipality`,
    /// `$JOBMATCH_MUNICIPALITY`): 0813 Frederikshavn when it participates (the demo's home
    /// job centre), else the first participating municipality, else "" (the caller reports it).
    public var defaultUserMunicipality: String {
        participating.contains("0813") ? "0813" : participating.first ?? ""
    }
}
