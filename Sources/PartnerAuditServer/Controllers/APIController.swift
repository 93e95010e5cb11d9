import HTTPTypes
import Hummingbird
import Reports

/// `/api/v1`: the JSON report of `check --format json`, and the programme.
struct APIController {
    let service: AuditService

    static let json = "application/json; charset=utf-8"

    func addRoutes(to group: RouterGroup<some RequestContext>) {
        group.post("check") { request, _ in
            let (report, _) = try await service.check(request)
            return Response.text(JSONReporter().render(report), type: Self.json)
        }
        group.get("program") { request, _ in
            let language = try PageController.language(request)
            return Response.text(try ProgrammeDocument(service.programme, language: language).json(), type: Self.json)
        }
    }
}
