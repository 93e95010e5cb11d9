import DossierModel
import HTTPTypes
import Hummingbird
import PartnerAudit
import Programme

/// The pages partners use in a browser: the self-check form, the report it answers
/// with, and the programme table.
struct PageController {
    let service: AuditService
    let pages: SitePages
    /// Today's date in UTC, the form's default audit date.
    var today: @Sendable () -> CalendarDate = { .todayUTC }

    static let html = "text/html; charset=utf-8"

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/") { request, _ in
            Response.text(pages.form(try Self.language(request), today: today()), type: Self.html)
        }
        router.post("/check") { request, _ in
            let (report, options) = try await service.check(request)
            return Response.text(pages.report(report, language: options.language), type: Self.html)
        }
        router.get("/program") { request, _ in
            Response.text(pages.programmeTable(try Self.language(request)), type: Self.html)
        }
    }

    /// The language a page is asked in.
    static func language(_ request: Request) throws(ServiceError) -> Language {
        try Language.negotiate(parameter: request.uri.queryParameters.get("lang"), acceptLanguage: request.headers[.acceptLanguage])
    }
}
