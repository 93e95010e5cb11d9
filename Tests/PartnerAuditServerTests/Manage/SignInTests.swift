import AuditStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import PartnerAuditServer

/// Signing in and out: the session cookie and its flags, the store keeping only the
/// token's digest, refusals that set no session, the slow-down of repeated failures
/// (on a clock the test moves), sessions that end.
@Suite struct SignInTests {
    @Test func theFormSignsInWithAStrictHttpOnlyCookie() async throws {
        try await ManagedServer.with { managed in
            try await managed.application.test(.router) { client in
                let form = try await client.execute(uri: "/login?lang=ru", method: .get)
                #expect(form.status == .ok)
                let page = String(buffer: form.body)
                #expect(page.contains("<html lang=\"ru\">"))
                for field in ["name=\"username\"", "name=\"password\" type=\"password\"", "action=\"/login?lang=ru\""] {
                    #expect(page.contains(field), "\(field)")
                }
                let (response, token) = try await client.signIn("anna", "correct horse battery")
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/manage?lang=en")
                let cookie = try #require(ManagerClient.sessionCookie(response))
                #expect(cookie.attributes["httponly"] != nil)
                #expect(cookie.attributes["samesite"] == "Strict")
                #expect(cookie.attributes["path"] == "/")
                #expect(cookie.attributes["secure"] == nil)
                #expect(cookie.attributes["max-age"] == "28800")
                let value = try #require(token)
                #expect(value.count == 43)
                // The store knows the session by the token's digest only.
                let session = try #require(try await managed.store.session(tokenSHA256: SessionToken.sha256(value), at: managed.clock.now))
                #expect(session.manager == "anna")
                #expect(session.expiresAt.timeIntervalSince(session.createdAt) == 8 * 3600)
                #expect(try await managed.store.session(tokenSHA256: value, at: managed.clock.now) == nil)
                let board = try await client.execute(uri: "/manage", method: .get, headers: ManagerClient.with(value))
                #expect(board.status == .ok)
                #expect(String(buffer: board.body).contains("<strong id=\"manager\">anna</strong>"))
            }
        }
    }

    @Test func aSignInSentFromAnotherSiteIsRefusedWithoutASession() async throws {
        try await ManagedServer.with { managed in
            try await managed.application.test(.router) { client in
                // The test client sends every request to the authority `localhost`.
                let origin = CrossSiteCheck.origin
                let site = CrossSiteCheck.fetchSite
                let refused: [HTTPFields] = [
                    [origin: "https://evil.example"], [origin: "http://localhost:8443"], [site: "cross-site"], [site: "same-site"],
                    [origin: "http://localhost", site: "cross-site"], [origin: "null", site: "cross-site"],
                ]
                for headers in refused {
                    let (response, token) = try await client.signIn("anna", "correct horse battery", headers: headers)
                    #expect(response.status == .forbidden, "\(headers)")
                    #expect(token == nil)
                    var json = headers
                    json[.contentType] = "application/json"
                    let api = try await client.execute(
                        uri: "/api/v1/login", method: .post, headers: json,
                        body: ByteBuffer(string: #"{"username": "anna", "password": "correct horse battery"}"#))
                    #expect(api.status == .forbidden, "\(headers)")
                    #expect(String(buffer: api.body).contains("\"cross-site\""))
                    #expect(ManagerClient.sessionCookie(api) == nil)
                }
                let accepted: [HTTPFields] = [
                    [origin: "http://localhost", site: "same-origin"], [origin: "http://LOCALHOST"], [site: "none"], [:],
                ]
                for headers in accepted {
                    let (response, token) = try await client.signIn("anna", "correct horse battery", headers: headers)
                    #expect(response.status == .seeOther, "\(headers)")
                    #expect(token != nil)
                }
            }
        }
    }

    @Test func theCookieIsSecureBehindTLS() async throws {
        let https: HTTPFields = [ClientOrigin.forwardedProto: "https"]
        for (settings, headers, secure) in [
            (SessionSettings(secureCookies: true), HTTPFields(), true),
            (SessionSettings(trustProxy: true), https, true),
            (SessionSettings(trustProxy: true), HTTPFields(), false),
            (SessionSettings(), https, false),
        ] {
            try await ManagedServer.with(settings: settings) { managed in
                try await managed.application.test(.router) { client in
                    let (response, _) = try await client.signIn("anna", "correct horse battery", headers: headers)
                    #expect(response.status == .seeOther)
                    #expect((ManagerClient.sessionCookie(response)?.attributes["secure"] != nil) == secure, "\(settings)")
                }
            }
        }
    }

    @Test func aWrongPasswordOrNameAnswers401WithTheFormAndNoSession() async throws {
        try await ManagedServer.with { managed in
            try await managed.application.test(.router) { client in
                for (name, password) in [
                    ("anna", "wrong"), ("nobody", "correct horse battery"), ("", ""), ("ANNA", "correct horse battery"),
                ] {
                    let (response, token) = try await client.signIn(name, password)
                    #expect(response.status == .unauthorized, "\(name)")
                    #expect(token == nil)
                    #expect(response.headers[.setCookie] == nil)
                    let page = String(buffer: response.body)
                    #expect(page.contains("id=\"login-form\""))
                    #expect(page.contains("The name or the password is wrong."))
                }
                let api = try await client.execute(
                    uri: "/api/v1/login", method: .post, headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: "{\"username\": \"anna\", \"password\": \"nope\"}"))
                #expect(api.status == .unauthorized)
                #expect(ManagerClient.code(api) == "bad-credentials")
                #expect(api.headers[.setCookie] == nil)
                let malformed = try await client.execute(
                    uri: "/api/v1/login", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{"))
                #expect(malformed.status == .badRequest)
                #expect(ManagerClient.code(malformed) == "bad-login")
                let huge = try await client.execute(
                    uri: "/login", method: .post, headers: ManagerClient.formType,
                    body: ByteBuffer(repeating: UInt8(ascii: "a"), count: LoginController.maxBodyBytes + 1))
                #expect(huge.status == .contentTooLarge)
                #expect(huge.headers[.setCookie] == nil)
            }
        }
    }

    @Test func theAPISignsInWithACSRFToken() async throws {
        try await ManagedServer.with { managed in
            try await managed.application.test(.router) { client in
                let (token, csrf) = try await client.apiSignIn("boris", "staple-2026")
                let session = try #require(try await managed.store.session(tokenSHA256: SessionToken.sha256(token), at: managed.clock.now))
                #expect(session.csrfToken == csrf)
                #expect(csrf != token)
                let board = try await client.execute(uri: "/api/v1/manage/partners", method: .get, headers: ManagerClient.with(token))
                #expect(board.status == .ok)
            }
        }
    }

    // MARK: - The slow-down

    @Test func repeatedFailuresForOneNameArePausedDoublingWithoutCheckingThePassword() async throws {
        // Each attempt from an address of its own: only the name is counted against.
        try await ManagedServer.with(settings: SessionSettings(trustProxy: true)) { managed in
            try await managed.application.test(.router) { client in
                var address = 0
                func attempt(_ name: String, _ password: String) async throws -> TestResponse {
                    address += 1
                    return try await client.signIn(name, password, headers: [ClientOrigin.forwardedFor: "192.0.2.\(address)"]).0
                }
                for _ in 0..<5 {
                    #expect(try await attempt("anna", "guess").status == .unauthorized)
                }
                // Even the right password is not checked while the pause lasts.
                let paused = try await attempt("anna", "correct horse battery")
                #expect(paused.status == .tooManyRequests)
                #expect(paused.headers[.retryAfter] == "60")
                #expect(ManagerClient.sessionCookie(paused) == nil)
                #expect(String(buffer: paused.body).contains("Too many failed sign-ins"))
                managed.clock.advance(59)
                #expect(try await attempt("anna", "correct horse battery").headers[.retryAfter] == "1")
                managed.clock.advance(1)
                // The next failure pauses twice as long.
                #expect(try await attempt("anna", "guess").status == .unauthorized)
                let longer = try await attempt("anna", "correct horse battery")
                #expect(longer.status == .tooManyRequests)
                #expect(longer.headers[.retryAfter] == "120")
                let api = try await client.execute(
                    uri: "/api/v1/login", method: .post,
                    headers: [.contentType: "application/json", ClientOrigin.forwardedFor: "192.0.2.200"],
                    body: ByteBuffer(string: "{\"username\": \"Anna\", \"password\": \"correct horse battery\"}"))
                #expect(api.status == .tooManyRequests)
                #expect(ManagerClient.code(api) == "too-many-attempts")
                #expect(api.headers[.retryAfter] == "120")
                // Another name is not held up by anna's failures.
                #expect(try await attempt("boris", "staple-2026").status == .seeOther)
                managed.clock.advance(120)
                #expect(try await attempt("anna", "correct horse battery").status == .seeOther)
                // A success forgets the name's failures: one more is not paused.
                #expect(try await attempt("anna", "guess").status == .unauthorized)
                #expect(try await attempt("anna", "correct horse battery").status == .seeOther)
            }
        }
    }

    @Test func repeatedFailuresFromOneAddressArePausedForEveryName() async throws {
        try await ManagedServer.with(settings: SessionSettings(trustProxy: true)) { managed in
            try await managed.application.test(.router) { client in
                let attacker: HTTPFields = [ClientOrigin.forwardedFor: "203.0.113.9"]
                for name in ["a", "b", "c", "d", "e"] {
                    #expect(try await client.signIn(name, "guess", headers: attacker).0.status == .unauthorized)
                }
                let paused = try await client.signIn("boris", "staple-2026", headers: attacker).0
                #expect(paused.status == .tooManyRequests)
                #expect(paused.headers[.retryAfter] == "60")
                // From another address, boris signs in.
                let elsewhere: HTTPFields = [ClientOrigin.forwardedFor: "203.0.113.9, 198.51.100.7"]
                #expect(try await client.signIn("boris", "staple-2026", headers: elsewhere).0.status == .seeOther)
            }
        }
    }

    @Test func failuresOlderThanTheWindowAreForgotten() async throws {
        try await ManagedServer.with { managed in
            try await managed.application.test(.router) { client in
                for _ in 0..<4 {
                    let (response, _) = try await client.signIn("anna", "guess")
                    #expect(response.status == .unauthorized)
                }
                managed.clock.advance(15 * 60)
                for _ in 0..<4 {
                    let (response, _) = try await client.signIn("anna", "guess")
                    #expect(response.status == .unauthorized)
                }
                let (welcome, _) = try await client.signIn("anna", "correct horse battery")
                #expect(welcome.status == .seeOther)
            }
        }
    }

    @Test func theThrottleForgetsTheOldestPastItsLimit() async {
        let throttle = LoginThrottle(policy: .init(allowed: 1, remembered: 3))
        let start = Date(timeIntervalSince1970: 0)
        for (index, key) in ["k1", "k2", "k3", "k4"].enumerated() {
            await throttle.failed([key], at: start.addingTimeInterval(Double(index)))
        }
        #expect(await throttle.pause(for: ["k1"], at: start.addingTimeInterval(4)) == nil)
        #expect(await throttle.pause(for: ["k4"], at: start.addingTimeInterval(4)) == 59)
    }

    // MARK: - Signing out, and sessions that end

    @Test func signingOutEndsTheSessionAndClearsTheCookie() async throws {
        try await ManagedServer.with { managed in
            try await managed.application.test(.router) { client in
                let (_, signedIn) = try await client.signIn("anna", "correct horse battery")
                let token = try #require(signedIn)
                let board = String(buffer: try await client.execute(uri: "/manage", method: .get, headers: ManagerClient.with(token)).body)
                let csrf = try #require(ManagerClient.csrf(in: board))
                let out = try await client.execute(
                    uri: "/logout", method: .post, headers: ManagerClient.with(token, ManagerClient.formType),
                    body: ManagerClient.form([("csrf", csrf)]))
                #expect(out.status == .seeOther)
                #expect(out.headers[.location] == "/login?lang=en")
                let cleared = try #require(ManagerClient.sessionCookie(out))
                #expect(cleared.value.isEmpty && cleared.attributes["max-age"] == "0")
                #expect(try await managed.store.session(tokenSHA256: SessionToken.sha256(token), at: managed.clock.now) == nil)
                let again = try await client.execute(uri: "/manage", method: .get, headers: ManagerClient.with(token))
                #expect(again.status == .seeOther && again.headers[.location] == "/login")

                let (apiToken, apiCSRF) = try await client.apiSignIn("anna", "correct horse battery")
                let apiOut = try await client.execute(
                    uri: "/api/v1/manage/logout", method: .post, headers: ManagerClient.with(apiToken, [ManagerGate.csrfHeader: apiCSRF]))
                #expect(apiOut.status == .ok)
                let after = try await client.execute(uri: "/api/v1/manage/partners", method: .get, headers: ManagerClient.with(apiToken))
                #expect(after.status == .unauthorized)
                #expect(ManagerClient.code(after) == "not-signed-in")
            }
        }
    }

    @Test func aSessionEndsAfterItsLifetime() async throws {
        try await ManagedServer.with(settings: SessionSettings(lifetime: .seconds(3600))) { managed in
            try await managed.application.test(.router) { client in
                let (response, signedIn) = try await client.signIn("boris", "staple-2026")
                #expect(ManagerClient.sessionCookie(response)?.attributes["max-age"] == "3600")
                let token = try #require(signedIn)
                managed.clock.advance(3599)
                #expect(try await client.execute(uri: "/manage", method: .get, headers: ManagerClient.with(token)).status == .ok)
                managed.clock.advance(1)
                let expired = try await client.execute(uri: "/manage", method: .get, headers: ManagerClient.with(token))
                #expect(expired.status == .seeOther && expired.headers[.location] == "/login")
            }
        }
    }
}
