import Foundation
import JobMatchCore
@testable import JobStore
import Testing

@Suite("users.json")
struct UsersFileTests {
    private let mette = User(id: "mette.frh", name: "Mette Holm", role: .consultant, municipality: "0813", phone: "+45 24 46 70 55")

    @Test("users written with a dataset load back, listed in the manifest")
    func roundTrip() throws {
        let dir = try TempDataDirectory()
        var d = Fixture.dataset()
        d.users = [mette, User(id: "ole.hjo", name: "Ole Bach", role: .supervisor, municipality: "0860", phone: "98 76 54 32")]
        try DataStore.write(d, to: dir.url)
        #expect(try dir.store.load().users == d.users)
        #expect(try DataStore.loadUsers(from: dir.url, registry: Fixture.registry) == d.users)
        #expect(String(decoding: try dir.bytes("manifest.json"), as: UTF8.self).contains("\"users.json\""))
    }

    @Test("a directory without users.json loads with no users (data from before users)")
    func absent() throws {
        let dir = try TempDataDirectory()
        #expect(try dir.store.load().users.isEmpty)
        #expect(try DataStore.loadUsers(from: dir.url, registry: Fixture.registry).isEmpty)
    }

    @Test("bad entries are reported as users.json:LINE: field: message")
    func validation() throws {
        let dir = try TempDataDirectory()
        let text = """
        [
        {"id":"mette.frh","name":"Mette Holm","role":"consultant","municipality":"0813","phone":"+45 24 46 70 55"},
        {"id":"ole","name":"Ole","role":"boss","municipality":"0813","phone":"+45 24 46 70 55"},
        {"id":"eva","name":"Eva","role":"consultant","municipality":"0101","phone":"+45 24 46 70 55"},
        {"id":"mette.frh","name":"Mette Two","role":"supervisor","municipality":"0860","phone":"12"},
        {"id":"x y","name":"X","role":"consultant","municipality":"0813","phone":"+45 24 46 70 55","email":"x@y"}
        ]
        """
        try dir.writeBytes("users.json", Data(text.utf8))
        let problems = loadProblems(dir).map(\.description)
        #expect(problems == [
            "users.json:3: role: unknown role 'boss'; use one of consultant, supervisor",
            "users.json:4: municipality: unknown municipality code '0101'",
            "users.json:5: phone: '12' is not a phone number (at least 8 digits)",
            "users.json:5: id: duplicate user id 'mette.frh' (first on line 2)",
            "users.json:6: email: unknown field 'email'",
        ])
        var registry = Fixture.registry
        registry.participating = ["0813", "0860"]
        let outside = User(id: "k", name: "K", role: .consultant, municipality: "0621", phone: "75 50 00 00")
        #expect(UserValidator(registry: registry).problems(in: outside).map(\.description)
                == ["municipality: 0621 Kolding is outside the cooperation (participating: 0813 0860)"])
    }

    @Test("users.json added by hand to a directory with a manifest is not trusted until accepted")
    func unrecorded() throws {
        let dir = try TempDataDirectory()
        let url = dir.url.appendingPathComponent("users.json")
        try Data(UsersFile.encode([mette])).write(to: url)
        chmod(url.path, 0o600)
        #expect(loadProblems(dir).first?.description.hasPrefix("users.json: is not recorded in manifest.json") == true)
        try DataDirectory.acceptChanges(at: dir.url)
        #expect(try dir.store.load().users == [mette])
    }
}
