import Foundation
import Testing

/// `--format gitlab` on the single-defect fixtures: the Code Quality report GitLab reads, field by field.
@Suite(.serialized) struct GitLabReportTests {
    static func report(in folder: TemporaryContent) throws -> (status: Int32, items: [[String: Any]], raw: String) {
        let result = try FTAPProcess.run(["check", "--format", "gitlab"], in: folder.root)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]],
                                 "la sortie standard doit être un tableau JSON : \(result.stdout.prefix(300))")
        return (result.status, items, result.stdout)
    }

    @Test func everyDefectIsAnEntryWithItsCodeSeverityPathLineAndFingerprint() throws {
        let folder = try TemporaryContent()
        for defect in EndToEndTests.defects { try folder.write("content/" + defect.path, bytes: defect.bytes) }
        let first = try Self.report(in: folder)
        #expect(first.status == 1)
        let json = try FTAPProcess.run(["check", "--format", "json"], in: folder.root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(first.items.count == diagnostics.count, "chaque diagnostic, sans plafond, comme en JSON")

        for item in first.items {
            #expect(Set(item.keys) == ["description", "check_name", "fingerprint", "severity", "location"], "\(item)")
            #expect((item["description"] as? String)?.isEmpty == false)
            let fingerprint = item["fingerprint"] as? String ?? ""
            #expect(fingerprint.count == 32 && fingerprint.allSatisfy(\.isHexDigit), "empreinte : \(fingerprint)")
        }
        for (item, diagnostic) in zip(first.items, diagnostics) {
            let location = try #require(item["location"] as? [String: Any])
            let lines = try #require(location["lines"] as? [String: Any])
            #expect(item["check_name"] as? String == diagnostic["code"] as? String)
            #expect(item["description"] as? String == diagnostic["message"] as? String)
            #expect(location["path"] as? String == diagnostic["file"] as? String)
            #expect(lines["begin"] as? Int == (diagnostic["line"] as? Int ?? 1))
            let expected = diagnostic["severity"] as? String == "error" ? "major" : "minor"
            #expect(item["severity"] as? String == expected)
        }
        for defect in EndToEndTests.defects where !defect.code.isEmpty {
            let found = first.items.contains { item in
                let location = item["location"] as? [String: Any]
                return item["check_name"] as? String == defect.code && location?["path"] as? String == "content/" + defect.path
                    && (location?["lines"] as? [String: Any])?["begin"] as? Int == (defect.line ?? 1)
            }
            #expect(found, "\(defect.path) : \(defect.code) attendu ligne \(defect.line ?? 1)")
        }
        let fingerprints = first.items.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == fingerprints.count, "deux diagnostics distincts ont des empreintes distinctes")

        let second = try Self.report(in: folder)
        #expect(second.raw == first.raw, "deux passages donnent le même rapport, empreintes comprises")
    }

    @Test func validContentGivesAnEmptyArray() throws {
        let folder = try TemporaryContent()
        try folder.write("content/projets/x.md", TestContent.project())
        for page in ["accessibilite", "mentions-legales", "donnees-personnelles"] {
            try folder.write("content/pages/\(page).md", "---\ntitre: \"\(page)\"\n---\nTexte.\n")
        }
        let result = try Self.report(in: folder)
        #expect(result.status == 0)
        #expect(result.items.isEmpty)
    }
}
