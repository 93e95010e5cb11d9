extension OpenAPIDocument {
    /// The partners' side of review, served with the history on: submitting for review, and an application's status.
    static let applicationsFragment = #"""
        {
          "paths": {
            "/api/v1/applications": {
              "post": {
                "operationId": "submitApplication",
                "summary": "Submit a dossier for review: the audit is recorded and an application filed on it.",
                "description": "Served when the server keeps a history (serve --database). The upload of /api/v1/check, with `tier` required: the tier applied for (bad-tier when absent, `none` or unknown). The audit is recorded (recordedBy partner:web; the same dossier, programme and asOf again keeps one record) and an application is filed on it. The receipt is shown only in this answer; the server keeps its SHA-256 alone.",
                "parameters": [
                  { "$ref": "#/components/parameters/asOf" },
                  { "name": "tier", "in": "query", "required": true, "description": "The tier applied for (a form field of that name may stand in).", "schema": { "type": "string" } },
                  { "$ref": "#/components/parameters/lang" },
                  { "$ref": "#/components/parameters/skipAttachments" }
                ],
                "requestBody": { "$ref": "#/components/requestBodies/Upload" },
                "responses": {
                  "201": {
                    "description": "Filed; pending review.",
                    "headers": { "Location": { "description": "/api/v1/applications/{id}", "schema": { "type": "string" } } },
                    "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SubmittedApplication" } } }
                  },
                  "400": { "$ref": "#/components/responses/BadRequest" },
                  "413": { "$ref": "#/components/responses/ContentTooLarge" },
                  "415": { "$ref": "#/components/responses/UnsupportedMediaType" },
                  "503": { "$ref": "#/components/responses/Busy" }
                }
              }
            },
            "/api/v1/applications/{id}": {
              "get": {
                "operationId": "application",
                "summary": "Where an application stands, to whoever holds its receipt.",
                "parameters": [
                  { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "pattern": "^[0-9a-f]{32}$" } },
                  { "name": "receipt", "in": "query", "required": true, "description": "The receipt the submission answered with.", "schema": { "type": "string" } },
                  { "$ref": "#/components/parameters/lang" }
                ],
                "responses": {
                  "200": { "description": "The application, its decision once made, and the report as recorded.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Application" } } } },
                  "400": { "$ref": "#/components/responses/BadRequest" },
                  "404": { "description": "No application with this id, or the receipt is missing or not its own: the same answer either way (code not-found).", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
                }
              }
            }
          },
          "components": {
            "schemas": {
              "SubmittedApplication": {
                "type": "object",
                "required": ["id", "status", "receipt", "report"],
                "properties": {
                  "id": { "type": "string", "pattern": "^[0-9a-f]{32}$" },
                  "status": { "type": "string", "enum": ["pending"] },
                  "receipt": { "type": "string", "description": "32 random bytes, base64url without padding; keep it: it is not shown again." },
                  "report": { "$ref": "#/components/schemas/Report" }
                }
              },
              "Application": {
                "type": "object",
                "required": ["id", "tier", "status", "submittedAt", "decision", "report"],
                "properties": {
                  "id": { "type": "string" },
                  "tier": { "type": "string" },
                  "status": { "type": "string", "enum": ["pending", "approved", "rejected"] },
                  "submittedAt": { "type": "string", "format": "date-time" },
                  "decision": {
                    "type": ["object", "null"],
                    "required": ["status", "comment", "decidedAt"],
                    "properties": {
                      "status": { "type": "string", "enum": ["approved", "rejected"] },
                      "comment": { "type": "string" },
                      "decidedAt": { "type": "string", "format": "date-time" }
                    }
                  },
                  "report": { "$ref": "#/components/schemas/Report" }
                }
              }
            }
          }
        }

        """#
}
