import Foundation

extension OpenAPIDocument {
    /// The document of a server with the history on: `json` with the managers' and the applications' endpoints added.
    static let withHistory: String = merged(merged(json, with: managersFragment), with: applicationsFragment)

    /// `base` with the paths, parameters, responses and schemas of `fragment` added.
    static func merged(_ base: String, with fragment: String) -> String {
        guard var document = try? JSONSerialization.jsonObject(with: Data(base.utf8)) as? [String: Any],
            let addition = try? JSONSerialization.jsonObject(with: Data(fragment.utf8)) as? [String: Any]
        else { preconditionFailure("the OpenAPI document and its fragments are valid JSON") }
        document["paths"] = (document["paths"] as? [String: Any] ?? [:]).merging(addition["paths"] as? [String: Any] ?? [:]) { $1 }
        var components = document["components"] as? [String: Any] ?? [:]
        for (name, entries) in addition["components"] as? [String: [String: Any]] ?? [:] {
            components[name] = (components[name] as? [String: Any] ?? [:]).merging(entries) { $1 }
        }
        document["components"] = components
        let data = try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return (data.map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
    }

    /// The managers' endpoints: signing in and out, the board, timelines, records, applications and decisions.
    static let managersFragment = #"""
        {
          "paths": {
            "/api/v1/login": {
              "post": {
                "operationId": "login",
                "summary": "Sign a manager in: sets the session cookie partner_audit_session (HttpOnly, SameSite=Strict, Path=/, Secure behind TLS).",
                "description": "Failures for one name or from one address are slowed down: after 5 failures within 15 minutes, sign-ins for that name or from that address are refused with 429 and Retry-After, without the password being checked, for 1 minute, doubling with each further failure up to 15 minutes.",
                "security": [],
                "requestBody": {
                  "required": true,
                  "content": { "application/json": { "schema": { "type": "object", "required": ["username", "password"], "properties": { "username": { "type": "string" }, "password": { "type": "string", "format": "password" } } } } }
                },
                "responses": {
                  "200": {
                    "description": "Signed in; the cookie is set. Send csrfToken as X-CSRF-Token with every changing request.",
                    "headers": { "Set-Cookie": { "description": "partner_audit_session=…; Max-Age=…; Path=/; HttpOnly; SameSite=Strict (and Secure behind TLS).", "schema": { "type": "string" } } },
                    "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SignedIn" } } }
                  },
                  "400": { "description": "The body is not the JSON sign-in (code bad-login).", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                  "401": { "description": "The name or the password is wrong (code bad-credentials).", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                  "403": { "description": "A browser sent it from a page of another site: Sec-Fetch-Site other than same-origin or none, or an Origin that is not this server (code cross-site).", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                  "429": { "$ref": "#/components/responses/TooManyAttempts" }
                }
              }
            },
            "/api/v1/manage/logout": {
              "post": {
                "operationId": "logout",
                "summary": "End the manager's session; the cookie is cleared.",
                "parameters": [{ "$ref": "#/components/parameters/csrf" }],
                "responses": {
                  "200": { "description": "Signed out.", "content": { "application/json": { "schema": { "type": "object", "properties": { "manager": { "type": "string" }, "signedOut": { "type": "boolean" } } } } } },
                  "401": { "$ref": "#/components/responses/NotSignedIn" },
                  "403": { "$ref": "#/components/responses/BadCSRF" }
                }
              }
            },
            "/api/v1/manage/partners": {
              "get": {
                "operationId": "partners",
                "summary": "The board: the latest record of every partner the filters let through, by partner id, a page of them; the counts per qualified tier; how many applications wait.",
                "parameters": [
                  { "name": "tier", "in": "query", "description": "Only partners whose qualified tier is this one.", "schema": { "type": "string" } },
                  { "name": "notEligible", "in": "query", "description": "Only partners not eligible for the tier they applied for.", "schema": { "type": "boolean" } },
                  { "name": "lapsingWithin", "in": "query", "description": "Only partners whose qualified tier lapses within this many days of today (UTC).", "schema": { "type": "integer", "minimum": 0, "maximum": 3660 } },
                  { "$ref": "#/components/parameters/page" }
                ],
                "responses": {
                  "200": { "description": "A page of the board (50 partners).", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Board" } } } },
                  "400": { "$ref": "#/components/responses/BadFilter" },
                  "401": { "$ref": "#/components/responses/NotSignedIn" }
                }
              }
            },
            "/api/v1/manage/partners/{id}": {
              "get": {
                "operationId": "partnerTimeline",
                "summary": "A partner's records, oldest first, each with what changed from the record before and its stored report: what `history PARTNER-ID --format json` prints.",
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": {
                  "200": { "description": "The timeline.", "content": { "application/json": { "schema": { "type": "object", "required": ["partner", "records"], "properties": { "partner": { "$ref": "#/components/schemas/Partner" }, "records": { "type": "array", "items": { "$ref": "#/components/schemas/Record" } } } } } } },
                  "401": { "$ref": "#/components/responses/NotSignedIn" },
                  "404": { "$ref": "#/components/responses/NotFound" }
                }
              }
            },
            "/api/v1/manage/records/{id}": {
              "get": {
                "operationId": "record",
                "summary": "One recorded audit with its stored report.",
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "integer" } }],
                "responses": {
                  "200": { "description": "The record.", "content": { "application/json": { "schema": { "type": "object", "required": ["partner", "record"], "properties": { "partner": { "$ref": "#/components/schemas/Partner" }, "record": { "$ref": "#/components/schemas/Record" } } } } } },
                  "401": { "$ref": "#/components/responses/NotSignedIn" },
                  "404": { "$ref": "#/components/responses/NotFound" }
                }
              }
            },
            "/api/v1/manage/applications": {
              "get": {
                "operationId": "applications",
                "summary": "Applications for review, oldest submission first, a page of them (without their reports).",
                "parameters": [
                  { "name": "status", "in": "query", "description": "Only applications in this status; every status when absent.", "schema": { "type": "string", "enum": ["pending", "approved", "rejected"] } },
                  { "$ref": "#/components/parameters/page" }
                ],
                "responses": {
                  "200": { "description": "A page of applications (50).", "content": { "application/json": { "schema": { "type": "object", "required": ["applications", "page", "pageSize", "total"], "properties": { "applications": { "type": "array", "items": { "$ref": "#/components/schemas/ManagedApplication" } }, "page": { "type": "integer" }, "pageSize": { "type": "integer" }, "total": { "type": "integer" } } } } } },
                  "400": { "$ref": "#/components/responses/BadFilter" },
                  "401": { "$ref": "#/components/responses/NotSignedIn" }
                }
              }
            },
            "/api/v1/manage/applications/{id}": {
              "get": {
                "operationId": "application",
                "summary": "One application with the report it was filed on, and the decision once made.",
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": {
                  "200": { "description": "The application.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ManagedApplication" } } } },
                  "401": { "$ref": "#/components/responses/NotSignedIn" },
                  "404": { "$ref": "#/components/responses/NotFound" }
                }
              }
            },
            "/api/v1/manage/applications/{id}/decision": {
              "post": {
                "operationId": "decide",
                "summary": "Approve or reject a pending application with a comment; recorded with the manager's name and the time. An application is decided once.",
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }, { "$ref": "#/components/parameters/csrf" }],
                "requestBody": {
                  "required": true,
                  "content": { "application/json": { "schema": { "type": "object", "required": ["decision"], "properties": { "decision": { "type": "string", "enum": ["approve", "reject"] }, "comment": { "type": "string", "maxLength": 4000 } } } } }
                },
                "responses": {
                  "200": { "description": "Decided: the application as it now stands.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ManagedApplication" } } } },
                  "400": { "description": "The decision is neither approve nor reject, or the comment is too long (code bad-decision).", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                  "401": { "$ref": "#/components/responses/NotSignedIn" },
                  "403": { "$ref": "#/components/responses/BadCSRF" },
                  "404": { "$ref": "#/components/responses/NotFound" },
                  "409": { "description": "The application was decided before; the message says by whom and when (code already-decided).", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
                }
              }
            }
          },
          "components": {
            "parameters": {
              "page": { "name": "page", "in": "query", "description": "The page, from 1.", "schema": { "type": "integer", "minimum": 1, "default": 1 } },
              "csrf": { "name": "X-CSRF-Token", "in": "header", "required": true, "description": "The csrfToken of the sign-in.", "schema": { "type": "string" } }
            },
            "responses": {
              "NotSignedIn": { "description": "No valid session: sign in first (code not-signed-in).", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
              "BadCSRF": { "description": "X-CSRF-Token is missing or is not the session's (code bad-csrf).", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
              "BadFilter": { "description": "A filter or page is not usable (codes bad-filter, bad-lang).", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
              "NotFound": { "description": "No such partner, record or application (code not-found).", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
              "TooManyAttempts": {
                "description": "Too many failed sign-ins for the name or from the address (code too-many-attempts).",
                "headers": { "Retry-After": { "description": "Seconds to wait.", "schema": { "type": "integer" } } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
              },
              "StoreUnavailable": { "description": "The history could not be read or written (code store-unavailable).", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
            },
            "schemas": {
              "SignedIn": { "type": "object", "required": ["manager", "csrfToken", "expiresAt"], "properties": { "manager": { "type": "string" }, "csrfToken": { "type": "string" }, "expiresAt": { "type": "string", "format": "date-time" } } },
              "Partner": { "type": "object", "properties": { "id": { "type": ["string", "null"] }, "name": { "type": ["string", "null"] } } },
              "Record": {
                "type": "object",
                "required": ["id", "asOf", "eligible", "qualifiedTier", "recordedAt", "recordedBy"],
                "properties": {
                  "id": { "type": "integer" }, "appliedTier": { "type": ["string", "null"] }, "asOf": { "type": "string", "format": "date" },
                  "attachments": { "type": "array", "items": { "type": "object" } }, "changes": { "type": "array", "items": { "type": "string", "enum": ["tier-up", "tier-down", "became-eligible", "became-not-eligible", "new"] } },
                  "dossier": { "type": "object", "properties": { "file": { "type": "string" }, "sha256": { "type": "string" }, "size": { "type": "integer" } } },
                  "eligible": { "type": "boolean" }, "holdsUntil": { "type": ["object", "null"] }, "partner": { "$ref": "#/components/schemas/Partner" },
                  "programme": { "type": "object", "properties": { "id": { "type": "string" }, "sha256": { "type": "string" } } },
                  "qualifiedTier": { "type": ["string", "null"] }, "recordedAt": { "type": "string", "format": "date-time" }, "recordedBy": { "type": "string" },
                  "report": { "$ref": "#/components/schemas/Report" }, "toolVersion": { "type": "string" }, "valid": { "type": "boolean" }
                }
              },
              "Board": {
                "type": "object",
                "required": ["counts", "page", "pageSize", "partners", "pendingApplications", "total"],
                "properties": {
                  "counts": { "type": "object", "description": "Partners per qualified tier by their latest record; `none` for no tier.", "additionalProperties": { "type": "integer" } },
                  "page": { "type": "integer" }, "pageSize": { "type": "integer" }, "total": { "type": "integer" }, "pendingApplications": { "type": "integer" },
                  "partners": { "type": "array", "items": { "$ref": "#/components/schemas/Record" } }
                }
              },
              "ManagedApplication": {
                "type": "object",
                "required": ["id", "tier", "status", "submittedAt", "decision", "partner", "record"],
                "properties": {
                  "id": { "type": "string" }, "tier": { "type": "string" }, "status": { "type": "string", "enum": ["pending", "approved", "rejected"] },
                  "submittedAt": { "type": "string", "format": "date-time" }, "partner": { "$ref": "#/components/schemas/Partner" }, "record": { "type": "integer" },
                  "decision": { "type": ["object", "null"], "properties": { "status": { "type": "string" }, "comment": { "type": "string" }, "manager": { "type": "string" }, "decidedAt": { "type": "string", "format": "date-time" } } },
                  "report": { "$ref": "#/components/schemas/Report" }
                }
              }
            }
          }
        }
        """#
}
