/// The name of something the user can do ("moveDown", "accept", "quit"). Names, not
/// closures, so bindings can be listed in help, saved and loaded from a config file.
public struct ActionName: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
}

/// A table from keys to named actions, with a description per action.
///
/// The help overlay lists the live table (`helpEntries`), so help can never disagree
/// with what the keys do, and a later change can make keys configurable by editing it.
public struct KeyBinding: Sendable {
    public struct Entry: Hashable, Sendable {
        public var keys: [Key]
        public var action: ActionName
        public var description: String
    }

    public private(set) var entries: [Entry] = []
    private var map: [Key: ActionName] = [:]

    public init() {}

    /// Builds a table from `(keys, action, description)` triples, in help order.
    public init(_ bindings: [(keys: [Key], action: ActionName, description: String)]) {
        for b in bindings { bind(b.keys, to: b.action, description: b.description) }
    }

    /// Binds keys to an action. A key already bound to another action moves to this one.
    public mutating func bind(_ keys: [Key], to action: ActionName, description: String) {
        for key in keys {
            if let old = map[key], let i = entries.firstIndex(where: { $0.action == old }) {
                entries[i].keys.removeAll { $0 == key }
            }
            map[key] = action
        }
        if let i = entries.firstIndex(where: { $0.action == action }) {
            entries[i].keys += keys.filter { !entries[i].keys.contains($0) }
            entries[i].description = description
        } else {
            entries.append(Entry(keys: keys, action: action, description: description))
        }
    }

    /// Removes a key from the table.
    public mutating func unbind(_ key: Key) {
        guard let old = map.removeValue(forKey: key), let i = entries.firstIndex(where: { $0.action == old }) else { return }
        entries[i].keys.removeAll { $0 == key }
    }

    /// The action bound to `key`, if any.
    public func action(for key: Key) -> ActionName? { map[key] }

    /// The keys bound to an action, in binding order.
    public func keys(for action: ActionName) -> [Key] { entries.first { $0.action == action }?.keys ?? [] }

    /// Lines for `HelpOverlay`: ("j / ↓", "Move down"), skipping actions with no key.
    public var helpEntries: [HelpOverlay.Entry] {
        entries.filter { !$0.keys.isEmpty }.map { HelpOverlay.Entry(keys: $0.keys.map(\.displayName).joined(separator: " / "), description: $0.description) }
    }
}
