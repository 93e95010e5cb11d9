import HTTPTypes
import Hummingbird

/// What operators and clients ask of the service itself: whether it is up, and its API's description.
struct ServiceController {
    /// Whether the history is on: the API's description then covers the managers' endpoints too.
    var history = false

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/healthz") { _, _ in
            Response.text("ok", type: "text/plain; charset=utf-8")
        }
        router.get("/openapi.json") { _, _ in
            Response.text(history ? OpenAPIDocument.withHistory : OpenAPIDocument.json, type: "application/json; charset=utf-8")
        }
    }
}
