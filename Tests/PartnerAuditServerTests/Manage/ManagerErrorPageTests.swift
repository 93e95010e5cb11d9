import AuditStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import PartnerAuditServer

/// A signed-in manager's refused page keeps the managers' navigation and sign-out (with the
/// session's CSRF token), in the page's language; without a session there is none to show.
@Suite struct ManagerErrorPageTests {
    @Test func aSignedInManagersRefusalKeepsTheNavigationAndSignOut() async throws {
        try await ManagedServer.with { managed in
            let application = try await managed.submit("certified-brueckner.xml", tier: "certified")
            try await managed.application.test(.router) { client in
                let (_, signedIn) = try await client.signIn("anna", "correct horse battery")
                let token = try #require(signedIn)
                let board = String(buffer: try await client.execute(uri: "/manage", method: .get, headers: ManagerClient.with(token)).body)
                let csrf = try #require(ManagerClient.csrf(in: board))
                let refusals: [(uri: String, method: HTTPRequest.Method, body: ByteBuffer?, status: HTTPResponse.Status, code: String)] = [
                    ("/manage/partners/KP-0000", .get, nil, .notFound, "not-found"),
                    ("/manage/records/abc", .get, nil, .notFound, "not-found"),
                    ("/manage?tier=gold", .get, nil, .badRequest, "bad-filter"),
                    ("/manage?lang=xx", .get, nil, .badRequest, "bad-lang"),
                    (
                        "/manage/applications/\(application.id)/decision", .post,
                        ManagerClient.form([("decision", "reject"), ("comment", "no"), ("csrf", "forged")]), .forbidden, "bad-csrf"
                    ),
                    ("/logout", .post, ManagerClient.form([]), .forbidden, "bad-csrf"),
                ]
                for refusal in refusals {
                    let response = try await client.execute(
                        uri: refusal.uri, method: refusal.method, headers: ManagerClient.with(token, ManagerClient.formType),
                        body: refusal.body)
                    let page = String(buffer: response.body)
                    #expect(response.status == refusal.status, "\(refusal.uri)")
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8", "\(refusal.uri)")
                    #expect(page.contains("data-code=\"\(refusal.code)\""), "\(refusal.uri)")
                    #expect(page.contains("<strong id=\"manager\">anna</strong>"), "\(refusal.uri)")
                    #expect(page.contains("id=\"nav-applications\""), "\(refusal.uri)")
                    #expect(ManagerClient.csrf(in: page) == csrf, "\(refusal.uri)")
                }
                let russian = try await client.execute(
                    uri: "/manage/partners/KP-0000?lang=ru", method: .get, headers: ManagerClient.with(token))
                #expect(russian.status == .notFound)
                #expect(String(buffer: russian.body).contains("<html lang=\"ru\">"))
                #expect(String(buffer: russian.body).contains("<strong id=\"manager\">anna</strong>"))
                // The refused decision changed nothing, and the session lives on.
                #expect(try await managed.store.application(id: application.id)?.status == .pending)
                #expect(try await client.execute(uri: "/manage", method: .get, headers: ManagerClient.with(token)).status == .ok)
            }
        }
    }

    @Test func withoutASessionARefusedPageShowsNoManager() async throws {
        try await ManagedServer.with { managed in
            try await managed.application.test(.router) { client in
                let page = try await client.execute(uri: "/login?lang=xx", method: .get)
                #expect(page.status == .badRequest)
                #expect(String(buffer: page.body).contains("data-code=\"bad-lang\""))
                #expect(!String(buffer: page.body).contains("id=\"manager\""))
                #expect(!String(buffer: page.body).contains("id=\"nav-applications\""))
            }
        }
    }
}
