import Foundation
import Testing
import TerminalUI
@testable import Workbench

/// docs/user-guide.md lists every key of every screen, so the guide cannot fall behind
/// the key tables.
@Suite struct UserGuideTests {
    static let guide: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/user-guide.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    @Test func guideNamesEveryActionAndKey() {
        #expect(!Self.guide.isEmpty)
        let tables = ScreenTable.standard.entries.map { $0.type.keys } + [KeyTable.prompt, CandidatesScreen.typingKeys]
        for table in tables {
            for entry in table.entries {
                #expect(Self.guide.contains(entry.action.rawValue), "action \(entry.action)")
                for key in entry.keys {
                    #expect(Self.guide.contains("`\(key.displayName)`"), "key \(key.displayName) for \(entry.action)")
                }
            }
        }
        for command in Commands.list(.standard) {
            let name = String(command.usage.split(separator: " ")[0])
            #expect(Self.guide.contains("`\(name)"), "command \(name)")
        }
    }
}
