import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import PartnerAuditServer

/// `/openapi.json` describes exactly the routes served under `/api/v1`, and
/// `/api/v1/program` the programme; `/healthz` says ok.
@Suite struct APIDocumentTests {
    static func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    /// The `/api/v1` routes of a router, as `METHOD /path/{parameter}`.
    static func apiRoutes(_ router: Router<ServerRequestContext>) -> Set<String> {
        Set(
            router.routes.compactMap { route -> String? in
                let path = "/" + route.path.description.drop { $0 == "/" }
                return path.hasPrefix("/api/v1/") ? "\(route.method.rawValue) \(path)" : nil
            })
    }

    @Test func theOpenAPIDocumentDescribesExactlyTheRoutesServed() async throws {
        let server = try TestServer()
        let served = Self.apiRoutes(buildRouter(service: server.service))
        try await server.application.test(.router) { client in
            let response = try await client.execute(uri: "/openapi.json", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let document = try Self.object(response)
            #expect((document["openapi"] as? String)?.hasPrefix("3.1.") == true)
            let info = try #require(document["info"] as? [String: Any])
            #expect(info["title"] is String && info["version"] is String)
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            var described: Set<String> = []
            let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]
            for (path, item) in paths {
                for (method, operation) in item where methods.contains(method) {
                    described.insert("\(method.uppercased()) \(path)")
                    let operation = try #require(operation as? [String: Any])
                    let responses = try #require(operation["responses"] as? [String: Any])
                    #expect(responses["200"] != nil, "\(method) \(path)")
                }
            }
            #expect(described == served)
            #expect(served.count == 2)
            try Self.expectReferencesResolve(document, in: document)
        }
    }

    /// Every `$ref` in `value` names something in `document`.
    static func expectReferencesResolve(_ value: Any, in document: [String: Any]) throws {
        if let object = value as? [String: Any] {
            if let reference = object["$ref"] as? String {
                #expect(reference.hasPrefix("#/"))
                var target: Any? = document
                for key in reference.dropFirst(2).split(separator: "/") { target = (target as? [String: Any])?[String(key)] }
                #expect(target != nil, "\(reference)")
            }
            for child in object.values { try expectReferencesResolve(child, in: document) }
        } else if let array = value as? [Any] {
            for child in array { try expectReferencesResolve(child, in: document) }
        }
    }

    @Test func everyErrorCodeIsDocumented() {
        for code in ServiceError.codes where !["not-found", "method-not-allowed", "bad-request", "internal"].contains(code) {
            #expect(OpenAPIDocument.json.contains(code), "\(code)")
        }
    }

    @Test func theProgrammeListsTiersInOrderWithEffectiveRequirements() async throws {
        let server = try TestServer()
        try await server.application.test(.router) { client in
            let document = try Self.object(try await client.execute(uri: "/api/v1/program?lang=ru", method: .get))
            #expect(document["language"] as? String == "ru")
            let tiers = try #require(document["tiers"] as? [[String: Any]])
            #expect(tiers.map { $0["id"] as? String } == ["authorized", "certified", "preferred"])
            let preferred = try #require(tiers.last)
            let requirements = try #require(preferred["requirements"] as? [[String: Any]])
            // Inherited requirements are listed, with the tier's own parameters.
            #expect(requirements.contains { $0["id"] as? String == "contract.nda" && $0["kind"] as? String == "contract" })
            let volume = try #require(requirements.first { $0["id"] as? String == "sales.annual-retail-volume" })
            #expect(volume["kind"] as? String == "retail-volume")
            let parameters = try #require(volume["parameters"] as? [String: Any])
            #expect(parameters["threshold"] as? String == "15000")
            #expect(parameters["window-months"] as? Int == 12)
            #expect(parameters["currency"] as? String == "USD")
            let certified = try #require(tiers[1]["requirements"] as? [[String: Any]])
            let certifiedVolume = try #require(certified.first { $0["id"] as? String == "sales.annual-retail-volume" })
            #expect((certifiedVolume["parameters"] as? [String: Any])?["threshold"] as? String == "7500")
            #expect((preferred["benefits"] as? [[String: Any]])?.isEmpty == false)
        }
    }

    @Test func healthSaysOk() async throws {
        let server = try TestServer()
        try await server.application.test(.router) { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
            #expect(String(buffer: response.body) == "ok")
        }
    }
}
