/// How one field's value is stored in a record line. A closed set: the store's reader and
/// writer each handle every case in one exhaustive `switch`, so a new kind of value fails
/// to compile until both know it, while a new field of a known kind is one table line.
package enum FieldCodecKind: Sendable, Equatable {
    case string, int, double, bool, day, strings
    case candidateStatus, vacancyStatus
    case heldCompetences, languages, requirements, labourNeeds
    case optionalDay, transport, shifts, educationKind, carRequirement
    case heldCertificates, educations, workHistory, consents
}

extension FieldCodecKind {
    /// Codecs whose value can be "nothing" (an empty array, `CarRequirement.none`), so a
    /// field of them can be left out of a line.
    package var hasEmptyValue: Bool {
        switch self {
        case .strings, .shifts, .carRequirement, .heldCompetences, .languages, .requirements, .labourNeeds,
             .heldCertificates, .educations, .workHistory, .consents: true
        default: false
        }
    }
}

/// A codec for values of type `Value`. Only the combinations below exist, so a table line
/// `Field("hoursPerWeek", \.hoursPerWeek, .string)` does not compile: the codec always
/// matches the property's type.
package struct FieldCodec<Value>: Sendable {
    package let kind: FieldCodecKind
    fileprivate init(_ kind: FieldCodecKind) { self.kind = kind }
}

extension FieldCodec where Value == String { package static var string: Self { Self(.string) } }
extension FieldCodec where Value == Int { package static var int: Self { Self(.int) } }
extension FieldCodec where Value == Double { package static var double: Self { Self(.double) } }
extension FieldCodec where Value == Bool { package static var bool: Self { Self(.bool) } }
/// `"YYYY-MM-DD"`.
extension FieldCodec where Value == Day { package static var day: Self { Self(.day) } }
extension FieldCodec where Value == [String] { package static var strings: Self { Self(.strings) } }
/// `"YYYY-MM-DD"` or `null` (no such date: never expires, not withdrawn, still ongoing).
extension FieldCodec where Value == Day? { package static var optionalDay: Self { Self(.optionalDay) } }
extension FieldCodec where Value == Transport { package static var enumeration: Self { Self(.transport) } }
extension FieldCodec where Value == CarRequirement { package static var enumeration: Self { Self(.carRequirement) } }
extension FieldCodec where Value == EducationKind { package static var enumeration: Self { Self(.educationKind) } }
/// An array of the enum's raw values.
extension FieldCodec where Value == [Shift] { package static var enumerations: Self { Self(.shifts) } }
/// One of the enum's raw values.
extension FieldCodec where Value == CandidateStatus { package static var enumeration: Self { Self(.candidateStatus) } }
extension FieldCodec where Value == VacancyStatus { package static var enumeration: Self { Self(.vacancyStatus) } }
/// An array of objects, each read and written with the element type's own table.
extension FieldCodec where Value == [HeldCompetence] { package static var objects: Self { Self(.heldCompetences) } }
extension FieldCodec where Value == [LanguageSkill] { package static var objects: Self { Self(.languages) } }
extension FieldCodec where Value == [Requirement] { package static var objects: Self { Self(.requirements) } }
extension FieldCodec where Value == [LabourNeed] { package static var objects: Self { Self(.labourNeeds) } }
extension FieldCodec where Value == [HeldCertificate] { package static var objects: Self { Self(.heldCertificates) } }
extension FieldCodec where Value == [Education] { package static var objects: Self { Self(.educations) } }
extension FieldCodec where Value == [WorkPeriod] { package static var objects: Self { Self(.workHistory) } }
extension FieldCodec where Value == [ConsentRecord] { package static var objects: Self { Self(.consents) } }

/// One field of a record: its JSON name (also its name in problems, `hoursPerWeek`,
/// `competences[2].level`), where it lives in the struct, and its codec.
///
/// An `optional` field was added to a record kind after files of it existed: a line
/// without it is complete (the field keeps the table's blank value, which must mean "not
/// asked"), and the writer leaves it out while it has that value, so lines that never use
/// it stay byte-identical to what older versions wrote. Only codecs with an obvious empty
/// value (`FieldCodecKind.hasEmptyValue`) can be optional.
///
/// The key path is kept as the stored property's byte offset: the loader reads 250,000
/// candidates × 27 fields at national scale, and a store at a fixed offset costs nothing,
/// where applying a key path is a runtime call per field.
package struct Field<Record>: Sendable {
    package let name: StaticString
    package let offset: Int
    package let codec: FieldCodecKind
    package let optional: Bool

    package init<Value>(_ name: StaticString, _ path: WritableKeyPath<Record, Value>, _ codec: FieldCodec<Value>,
                        optional: Bool = false) {
        guard let offset = MemoryLayout<Record>.offset(of: path) else {
            preconditionFailure("field '\(name)' must be a stored property of \(Record.self)")
        }
        precondition(!optional || codec.kind.hasEmptyValue, "field '\(name)': only an enum with `none` or an array can be optional")
        self.name = name
        self.offset = offset
        self.codec = codec.kind
        self.optional = optional
    }
}

/// Every field of one kind of JSON object, in the order the writer puts them (see
/// docs/data-format.md). The one place a record kind's fields are listed: the store's
/// writer, its reader (key → field index) and its missing-field check all walk this
/// table, and a test checks it against the struct's stored properties.
package struct FieldTable<Record: Sendable>: Sendable {
    /// The value of the leading `"kind"` field of a record line; nil for nested objects.
    package let kind: RecordKind?
    package let fields: [Field<Record>]
    /// A value the reader starts from and overwrites field by field; a record is only
    /// returned when every field was read, so no blank value ever escapes.
    package let blank: Record

    package init(kind: RecordKind?, blank: Record, _ fields: [Field<Record>]) {
        self.kind = kind
        self.blank = blank
        self.fields = fields
    }

    /// The JSON names, `kind` first for record lines.
    package var names: [String] { (kind == nil ? [] : ["kind"]) + fields.map(\.name.description) }

    /// Per name in `names`, whether a line may leave it out (`kind` never).
    package var optionalNames: [Bool] { (kind == nil ? [] : [false]) + fields.map(\.optional) }

    /// The JSON name of the field stored at `path`, for naming fields in problems.
    package func name<Value>(_ path: KeyPath<Record, Value>) -> String {
        let offset = MemoryLayout<Record>.offset(of: path)
        guard let field = fields.first(where: { $0.offset == offset }) else {
            preconditionFailure("\(Record.self) has no field at \(path) in its field table")
        }
        return field.name.description
    }
}
