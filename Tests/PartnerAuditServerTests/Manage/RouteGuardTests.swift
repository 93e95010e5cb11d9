import AuditStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import PartnerAuditServer

/// Every route under `/manage` and `/api/v1/manage`, taken from the router itself (so that
/// a route added later is walked too), refuses a request without a session, with another
/// manager's stale session (signed out, or the manager removed), and, for a change, with a
/// wrong or missing CSRF token.
@Suite struct RouteGuardTests {
    /// A guarded route: its method and its path with every `{parameter}` filled in.
    struct Route: CustomStringConvertible {
        var method: HTTPRequest.Method
        var path: String
        var api: Bool { path.hasPrefix("/api/") }
        var changes: Bool { method != .get && method != .head }
        var description: String { "\(method) \(path)" }
    }

    /// The router's routes under `/manage` and `/api/v1/manage`, each `{parameter}` filled
    /// with `values` for the segment before it (`partners`, `records`, `applications`).
    static func guardedRoutes(of router: Router<ServerRequestContext>, values: [String: String]) -> [Route] {
        router.routes.compactMap { route -> Route? in
            let path = "/" + route.path.description.drop { $0 == "/" }
            guard path == "/manage" || path.hasPrefix("/manage/") || path.hasPrefix("/api/v1/manage/") else { return nil }
            var segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            for index in segments.indices where segments[index].hasPrefix("{") {
                segments[index] = index > 0 ? values[segments[index - 1]] ?? "x" : "x"
            }
            return Route(method: route.method, path: segments.joined(separator: "/"))
        }
    }

    /// A request to `route` with `headers`; a change carries a body of the route's kind.
    static func send(_ route: Route, _ client: some TestClientProtocol, headers: HTTPFields, csrf: String?) async throws -> TestResponse {
        var headers = headers
        var body: ByteBuffer?
        if route.changes {
            if route.api {
                headers[.contentType] = "application/json"
                if let csrf { headers[ManagerGate.csrfHeader] = csrf }
                body = ByteBuffer(string: "{\"decision\": \"reject\", \"comment\": \"refused\"}")
            } else {
                headers[.contentType] = "application/x-www-form-urlencoded"
                var fields = [("decision", "reject"), ("comment", "refused")]
                if let csrf { fields.append(("csrf", csrf)) }
                body = ManagerClient.form(fields)
            }
        }
        return try await client.execute(uri: route.path, method: route.method, headers: headers, body: body)
    }

    /// Expects `response` to be the refusal of a request without a valid session.
    static func expectSentToSignIn(_ response: TestResponse, _ route: Route, sourceLocation: SourceLocation = #_sourceLocation) {
        if route.api {
            #expect(response.status == .unauthorized, "\(route)", sourceLocation: sourceLocation)
            #expect(ManagerClient.code(response) == "not-signed-in", "\(route)", sourceLocation: sourceLocation)
        } else {
            #expect(response.status == .seeOther, "\(route)", sourceLocation: sourceLocation)
            #expect(response.headers[.location] == "/login", "\(route)", sourceLocation: sourceLocation)
        }
        #expect(response.headers[.setCookie] == nil, "\(route)", sourceLocation: sourceLocation)
    }

    @Test(arguments: StoreKind.available)
    func everyManagersRouteRefusesWithoutAValidSessionOrCSRFToken(_ kind: StoreKind) async throws {
        try await ManagedServer.with(kind) { managed in
            let record = try await managed.record("preferred-borei.xml")
            let application = try await managed.submit("certified-brueckner.xml", tier: "certified")
            let values = ["applications": application.id, "partners": record.partnerID ?? "x", "records": String(record.id ?? 1)]
            let routes = Self.guardedRoutes(of: managed.router, values: values)
            // Six pages, seven JSON endpoints: the walk is not vacuous.
            #expect(routes.filter { !$0.api }.count >= 6)
            #expect(routes.filter(\.api).count >= 7)
            #expect(routes.contains { $0.changes && $0.api } && routes.contains { $0.changes && !$0.api })
            try await managed.application.test(.router) { client in
                // Another manager's sessions: one signed out, one whose manager was removed.
                let (signedOut, signedOutCSRF) = try await client.apiSignIn("boris", "staple-2026")
                let out = try await client.execute(
                    uri: "/api/v1/manage/logout", method: .post,
                    headers: ManagerClient.with(signedOut, [ManagerGate.csrfHeader: signedOutCSRF]))
                #expect(out.status == .ok)
                let removedManager = try await managed.store.addManager(
                    named: "dora", passwordHash: ManagedServer.hash("dora-pass"), at: managed.clock.now)
                #expect(removedManager)
                let (removed, removedCSRF) = try await client.apiSignIn("dora", "dora-pass")
                #expect(try await managed.store.removeManager(named: "dora"))
                // A valid session of anna's, for the CSRF refusals.
                let (valid, validCSRF) = try await client.apiSignIn("anna", "correct horse battery")

                for route in routes {
                    Self.expectSentToSignIn(try await Self.send(route, client, headers: [:], csrf: nil), route)
                    let forged = ManagerClient.with(String(repeating: "A", count: 43))
                    Self.expectSentToSignIn(try await Self.send(route, client, headers: forged, csrf: nil), route)
                    let stale = try await Self.send(route, client, headers: ManagerClient.with(signedOut), csrf: signedOutCSRF)
                    Self.expectSentToSignIn(stale, route)
                    let gone = try await Self.send(route, client, headers: ManagerClient.with(removed), csrf: removedCSRF)
                    Self.expectSentToSignIn(gone, route)
                    guard route.changes else {
                        let allowed = try await Self.send(route, client, headers: ManagerClient.with(valid), csrf: nil)
                        #expect(allowed.status == .ok, "\(route)")
                        continue
                    }
                    for csrf in [nil, "", signedOutCSRF, String(validCSRF.dropLast()) + (validCSRF.hasSuffix("A") ? "B" : "A")] {
                        let refused = try await Self.send(route, client, headers: ManagerClient.with(valid), csrf: csrf)
                        #expect(refused.status == .forbidden, "\(route) \(csrf ?? "no token")")
                        if route.api { #expect(ManagerClient.code(refused) == "bad-csrf", "\(route)") }
                    }
                }
                // The refused decisions changed nothing.
                #expect(try await managed.store.application(id: application.id)?.status == .pending)
                // Signing out is a change too: without the token it is refused, the session lives on.
                let logout = try await client.execute(
                    uri: "/logout", method: .post, headers: ManagerClient.with(valid, ManagerClient.formType))
                #expect(logout.status == .forbidden)
                #expect(String(buffer: logout.body).contains("data-code=\"bad-csrf\""))
                #expect(try await managed.store.session(tokenSHA256: SessionToken.sha256(valid), at: managed.clock.now) != nil)
                Self.expectSentToSignIn(
                    try await client.execute(uri: "/logout", method: .post, headers: ManagerClient.formType, body: ManagerClient.form([])),
                    Route(method: .post, path: "/logout"))
            }
        }
    }
}
