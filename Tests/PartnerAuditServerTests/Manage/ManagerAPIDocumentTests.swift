import AuditStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Programme
import Testing

@testable import PartnerAuditServer

/// With the history on, `/openapi.json` describes exactly the `/api/v1` routes then served;
/// without it, none of the managers' routes is served.
@Suite struct ManagerAPIDocumentTests {
    @Test func theDocumentDescribesTheManagersRoutesWhenTheHistoryIsOn() async throws {
        try await ManagedServer.with { managed in
            let served = Set(
                managed.router.routes.compactMap { route -> String? in
                    let path = "/" + route.path.description.drop { $0 == "/" }
                    return path.hasPrefix("/api/v1/") ? "\(route.method.rawValue) \(path)" : nil
                })
            try await managed.application.test(.router) { client in
                let response = try await client.execute(uri: "/openapi.json", method: .get)
                let document = try APIDocumentTests.object(response)
                let paths = try #require(document["paths"] as? [String: [String: Any]])
                var described: Set<String> = []
                for (path, item) in paths {
                    for (method, operation) in item where ["get", "post"].contains(method) {
                        described.insert("\(method.uppercased()) \(path)")
                        let responses = try #require((operation as? [String: Any])?["responses"] as? [String: Any])
                        #expect(responses["200"] != nil || responses["201"] != nil, "\(method) \(path)")
                    }
                }
                #expect(described.isSuperset(of: served))
                #expect(served.contains("POST /api/v1/manage/applications/{id}/decision"))
                #expect(served.contains("POST /api/v1/login"))
                #expect(
                    described.filter { $0.contains("/manage") || $0.contains("/login") }
                        == served.filter { $0.contains("/manage") || $0.contains("/login") })
                try APIDocumentTests.expectReferencesResolve(document, in: document)
                let text = String(buffer: response.body)
                for code in ServiceError.managerCodes { #expect(text.contains(code), "\(code)") }
            }
        }
    }

    @Test func withoutAHistoryNoManagersRouteIsServed() async throws {
        let server = try TestServer()
        let paths = buildRouter(service: server.service).routes.map { "/" + $0.path.description.drop { $0 == "/" } }
        #expect(!paths.contains { $0.hasPrefix("/manage") || $0.hasPrefix("/api/v1/manage") || $0 == "/login" || $0 == "/logout" })
        try await server.application.test(.router) { client in
            for uri in ["/login", "/manage", "/api/v1/manage/partners"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound, "\(uri)")
            }
        }
    }

    @Test func everyPhraseHasBothLanguages() {
        for key in ManageStrings.Key.allCases {
            let pair = ManageStrings.table[key]
            #expect(pair != nil, "\(key)")
            #expect(pair?.en.isEmpty == false && pair?.ru.isEmpty == false, "\(key)")
        }
    }
}
