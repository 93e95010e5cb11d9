/// `GET /openapi.json`: the OpenAPI 3.1 description of every `/api/v1` endpoint, written by hand.
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "partner-audit",
            "version": "1",
            "summary": "Audit a partner dossier against the vendor's tiered partner programme.",
            "description": "The engine of the partner-audit command line, over HTTP. Every answer other than 200 is an error object; its message is in the language asked (lang, else Accept-Language, else English)."
          },
          "paths": {
            "/api/v1/check": {
              "post": {
                "operationId": "check",
                "summary": "Audit one dossier: the report of `check --format json`.",
                "description": "The body is a multipart form (one `dossier` part and its `attachment` parts, or one `bundle` ZIP), or the dossier alone as application/xml or text/xml. Attachments not uploaded count as missing beside the dossier (listed in uncheckedEvidence). A dossier that is not well-formed, not valid or hostile is answered 200 with valid false. The form's fields asOf, tier, lang and skipAttachments may stand in for the query's parameters. In the report, `file` is the dossier part's file name (its last component), or `dossier.xml` when the dossier came alone or without a name.",
                "parameters": [
                  { "$ref": "#/components/parameters/asOf" },
                  { "$ref": "#/components/parameters/tier" },
                  { "$ref": "#/components/parameters/lang" },
                  { "$ref": "#/components/parameters/skipAttachments" }
                ],
                "requestBody": { "$ref": "#/components/requestBodies/Upload" },
                "responses": {
                  "200": { "description": "The report, whatever the verdict.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Report" } } } },
                  "400": { "$ref": "#/components/responses/BadRequest" },
                  "413": { "$ref": "#/components/responses/ContentTooLarge" },
                  "415": { "$ref": "#/components/responses/UnsupportedMediaType" },
                  "503": { "$ref": "#/components/responses/Busy" }
                }
              }
            },
            "/api/v1/program": {
              "get": {
                "operationId": "program",
                "summary": "The programme: tiers lowest first, with their effective requirements and benefits.",
                "parameters": [{ "$ref": "#/components/parameters/lang" }],
                "responses": {
                  "200": { "description": "The programme.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Programme" } } } },
                  "400": { "$ref": "#/components/responses/BadRequest" }
                }
              }
            }
          },
          "components": {
            "requestBodies": {
              "Upload": {
                "required": true,
                "content": {
                  "multipart/form-data": {
                    "schema": {
                      "type": "object",
                      "properties": {
                        "dossier": { "type": "string", "contentMediaType": "application/xml", "description": "The dossier XML; exactly one, unless a bundle is sent." },
                        "attachment": { "type": "array", "maxItems": 200, "items": { "type": "string", "contentMediaType": "application/octet-stream" }, "description": "An attached file; its part's filename is the path the dossier gives it (attachments/acme/nda.pdf)." },
                        "bundle": { "type": "string", "contentMediaType": "application/zip", "description": "A ZIP holding exactly one *.xml at its top level and its attachments at the dossier's paths; instead of dossier and attachment." },
                        "asOf": { "type": "string", "format": "date" },
                        "tier": { "type": "string" },
                        "lang": { "type": "string", "enum": ["en", "ru"] },
                        "skipAttachments": { "type": "string", "enum": ["true", "false"] }
                      }
                    },
                    "encoding": {
                      "dossier": { "contentType": "application/xml, text/xml, application/octet-stream" },
                      "attachment": { "contentType": "*/*" },
                      "bundle": { "contentType": "application/zip, application/octet-stream" }
                    }
                  },
                  "application/xml": { "schema": { "type": "string", "contentMediaType": "application/xml" } },
                  "text/xml": { "schema": { "type": "string", "contentMediaType": "text/xml" } }
                }
              }
            },
            "parameters": {
              "asOf": { "name": "asOf", "in": "query", "description": "Audit date; default today (UTC).", "schema": { "type": "string", "format": "date" } },
              "tier": { "name": "tier", "in": "query", "description": "Tier id to judge; default the dossier's applies-for; `none` judges no tier (what it qualifies for and what the next tier needs).", "schema": { "type": "string" } },
              "lang": { "name": "lang", "in": "query", "description": "Language of labels, messages and errors; default from Accept-Language, else en.", "schema": { "type": "string", "enum": ["en", "ru"] } },
              "skipAttachments": { "name": "skipAttachments", "in": "query", "description": "Judge metadata only, never open attached files.", "schema": { "type": "boolean", "default": false } }
            },
            "responses": {
              "BadRequest": { "description": "The request is malformed (codes bad-lang, bad-as-of, bad-tier, bad-skip-attachments, bad-multipart, no-dossier, two-dossiers, dossier-and-bundle, bad-attachment-name, duplicate-attachment, too-many-attachments, bad-bundle).", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
              "ContentTooLarge": { "description": "The body (64 MiB), the dossier (--max-size) or the expanded bundle is over its limit (codes body-too-large, dossier-too-large, bundle-too-large).", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
              "UnsupportedMediaType": { "description": "The body is neither multipart/form-data nor XML (code unsupported-media-type).", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
              "Busy": {
                "description": "Too many audits are queued (code busy).",
                "headers": { "Retry-After": { "description": "Seconds to wait before trying again.", "schema": { "type": "integer" } } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
              }
            },
            "schemas": {
              "Error": {
                "type": "object",
                "required": ["error"],
                "properties": {
                  "error": {
                    "type": "object",
                    "required": ["status", "code", "message"],
                    "properties": { "status": { "type": "integer" }, "code": { "type": "string" }, "message": { "type": "string" } }
                  }
                }
              },
              "Report": {
                "type": "object",
                "required": ["partner", "program", "asOf", "valid", "appliedTier", "qualifiedTier", "eligible", "findings", "errors"],
                "properties": {
                  "appliedTier": { "type": ["string", "null"] },
                  "asOf": { "type": "string", "format": "date" },
                  "eligible": { "type": "boolean" },
                  "errors": { "type": "array", "items": { "$ref": "#/components/schemas/Diagnostic" } },
                  "file": { "type": "string" },
                  "findings": { "type": "array", "items": { "$ref": "#/components/schemas/Finding" } },
                  "holdsUntil": { "type": ["object", "null"], "properties": { "date": { "type": "string", "format": "date" }, "requirement": { "type": "string" } } },
                  "judgedTier": { "type": ["string", "null"] },
                  "language": { "type": "string" },
                  "partner": { "type": ["object", "null"], "properties": { "id": { "type": "string" }, "name": { "type": "string" } } },
                  "program": { "type": "string" },
                  "qualifiedTier": { "type": ["string", "null"] },
                  "uncheckedEvidence": {
                    "type": "array",
                    "items": { "type": "object", "properties": { "line": { "type": "integer" }, "path": { "type": "string" }, "reason": { "type": "string", "enum": ["no-digest", "not-found", "not-readable", "skipped"] } } }
                  },
                  "valid": { "type": "boolean" },
                  "warnings": { "type": "array", "items": { "$ref": "#/components/schemas/Diagnostic" } }
                }
              },
              "Finding": {
                "type": "object",
                "required": ["requirement", "tier", "status", "message"],
                "properties": {
                  "amounts": { "type": "object", "properties": { "actual": { "type": "string" }, "currency": { "type": "string" }, "required": { "type": "string" }, "shortfall": { "type": "string" } } },
                  "fix": { "type": "string" },
                  "gap": { "type": ["string", "null"] },
                  "line": { "type": ["integer", "null"] },
                  "message": { "type": "string" },
                  "requirement": { "type": "string" },
                  "status": { "type": "string" },
                  "tier": { "type": "string" }
                }
              },
              "Diagnostic": {
                "type": "object",
                "required": ["message", "line", "column"],
                "properties": { "column": { "type": "integer" }, "line": { "type": "integer" }, "message": { "type": "string" } }
              },
              "Programme": {
                "type": "object",
                "required": ["program", "language", "tiers"],
                "properties": {
                  "language": { "type": "string" },
                  "program": { "type": "object", "properties": { "id": { "type": "string" }, "label": { "type": "string" } } },
                  "tiers": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": ["id", "label", "requirements", "benefits"],
                      "properties": {
                        "id": { "type": "string" },
                        "label": { "type": "string" },
                        "extends": { "type": ["string", "null"] },
                        "requirements": {
                          "type": "array",
                          "items": {
                            "type": "object",
                            "required": ["id", "kind", "parameters"],
                            "properties": {
                              "id": { "type": "string" }, "group": { "type": "string" }, "kind": { "type": "string" }, "label": { "type": "string" },
                              "parameters": { "type": "object", "additionalProperties": { "type": ["string", "integer", "array"] } }
                            }
                          }
                        },
                        "benefits": {
                          "type": "array",
                          "items": {
                            "type": "object",
                            "properties": { "id": { "type": "string" }, "group": { "type": "string" }, "label": { "type": "string" }, "value": { "type": ["string", "null"] } }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }

        """#
}
