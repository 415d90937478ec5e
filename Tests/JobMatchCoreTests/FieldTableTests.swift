import JobMatchCore
import Testing

/// The field tables are the one list of each record kind's fields: the store writes, reads
/// and checks for missing fields from them. A stored property missing from its table would
/// never be written and would keep the blank value on load, so these tests compare each
/// table with the struct itself (its stored properties, found by reflection).
@Suite struct FieldTableTests {
    /// The names a table lists, and the struct's stored properties (JSON names are the
    /// Swift property names, except `Candidate.heldCertificates`, written as `certificates`
    /// so older code keeps reading `certificates` as a list of ids).
    private func names<R>(_ table: FieldTable<R>) -> (table: [String], properties: [String]) {
        let renamed = ["heldCertificates": "certificates"]
        return (table.fields.map(\.name.description).sorted(),
                Mirror(reflecting: table.blank).children.compactMap(\.label).map { renamed[$0] ?? $0 }.sorted())
    }

    @Test func everyStoredPropertyOfEveryRecordKindIsInItsTable() {
        let all = [
            ("Candidate", names(Candidate.fields)), ("Vacancy", names(Vacancy.fields)),
            ("Company", names(Company.fields)), ("BarometerAnswer", names(BarometerAnswer.fields)),
            ("HeldCompetence", names(HeldCompetence.fields)), ("LanguageSkill", names(LanguageSkill.fields)),
            ("Requirement", names(Requirement.fields)), ("LabourNeed", names(LabourNeed.fields)),
            ("HeldCertificate", names(HeldCertificate.fields)), ("Education", names(Education.fields)),
            ("WorkPeriod", names(WorkPeriod.fields)), ("ConsentRecord", names(ConsentRecord.fields)),
        ]
        for (type, n) in all {
            #expect(n.table == n.properties, "\(type): the field table and the struct's stored properties differ")
        }
    }

    @Test func eachFieldIsADifferentProperty() {
        func distinct<R>(_ t: FieldTable<R>) -> Bool { Set(t.fields.map(\.offset)).count == t.fields.count }
        #expect(distinct(Candidate.fields) && distinct(Vacancy.fields) && distinct(Company.fields)
                && distinct(BarometerAnswer.fields) && distinct(HeldCompetence.fields) && distinct(LanguageSkill.fields)
                && distinct(Requirement.fields) && distinct(LabourNeed.fields))
    }

    /// A save reads only `kind`, `id` and `version` of the other lines, by position.
    @Test func recordLinesStartWithKindIdAndVersion() {
        for names in [Candidate.fields.names, Vacancy.fields.names, Company.fields.names, BarometerAnswer.fields.names] {
            #expect(Array(names.prefix(3)) == ["kind", "id", "version"])
        }
        #expect(Candidate.fields.kind == .candidate && Vacancy.fields.kind == .vacancy)
        #expect(Company.fields.kind == .company && BarometerAnswer.fields.kind == .barometer)
        #expect(HeldCompetence.fields.kind == nil && LabourNeed.fields.kind == nil)
    }

    @Test func aKeyPathNamesItsField() {
        #expect(Candidate.fields.name(\.maxCommuteMinutes) == "maxCommuteMinutes")
        #expect(Vacancy.fields.name(\.expiryDate) == "expiryDate")
    }
}
