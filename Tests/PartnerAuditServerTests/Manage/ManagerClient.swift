import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import PartnerAuditServer

/// What the managers' tests do with a test client: sign in, and send requests with a session.
extension TestClientProtocol {
    /// Signs `name` in through the form; the answer, and the session cookie's token when one was set.
    func signIn(_ name: String, _ password: String, headers: HTTPFields = [:]) async throws -> (TestResponse, String?) {
        var headers = headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = "username=\(ManageFrame.encode(name))&password=\(ManageFrame.encode(password))"
        let response = try await execute(uri: "/login", method: .post, headers: headers, body: ByteBuffer(string: body))
        return (response, ManagerClient.sessionCookie(response)?.value)
    }

    /// Signs `name` in through the API: the session token and the CSRF token.
    func apiSignIn(_ name: String, _ password: String) async throws -> (token: String, csrf: String) {
        let body = "{\"username\": \"\(name)\", \"password\": \"\(password)\"}"
        let response = try await execute(
            uri: "/api/v1/login", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body))
        #expect(response.status == .ok)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
        let token = try #require(ManagerClient.sessionCookie(response)?.value)
        return (token, try #require(json["csrfToken"] as? String))
    }
}

enum ManagerClient {
    /// The `partner_audit_session` cookie an answer sets, with its attributes.
    static func sessionCookie(_ response: TestResponse) -> (value: String, attributes: [String: String])? {
        for header in response.headers[values: .setCookie] {
            let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let first = parts.first, first.hasPrefix(SessionCookie.name + "=") else { continue }
            var attributes: [String: String] = [:]
            for part in parts.dropFirst() {
                let pair = part.split(separator: "=", maxSplits: 1)
                attributes[String(pair[0]).lowercased()] = pair.count > 1 ? String(pair[1]) : ""
            }
            return (String(first.dropFirst(SessionCookie.name.count + 1)), attributes)
        }
        return nil
    }

    /// Headers carrying the session `token` (and `extra`).
    static func with(_ token: String, _ extra: HTTPFields = [:]) -> HTTPFields {
        var headers = extra
        headers[.cookie] = "\(SessionCookie.name)=\(token)"
        return headers
    }

    /// The CSRF token a page's forms carry.
    static func csrf(in page: String) -> String? {
        page.firstMatch(of: #/name="csrf" value="([^"]+)"/#).map { String($0.1) }
    }

    /// The error object's code of an answer.
    static func code(_ response: TestResponse) -> String? {
        let json = try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
        return (json?["error"] as? [String: Any])?["code"] as? String
    }

    /// A form body.
    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        ByteBuffer(string: fields.map { "\(ManageFrame.encode($0.0))=\(ManageFrame.encode($0.1))" }.joined(separator: "&"))
    }

    static let formType: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
}
