import Audit
import AuditStore
import HTTPTypes
import Hummingbird
import Programme
import Reports

/// The partners' side of review, served when the store is on: submitting an upload for
/// review (`POST /api/v1/applications`, and `POST /applications` from the form on `/`),
/// and the application's status to whoever holds its receipt, as JSON and as a page.
struct ApplicationsController {
    let service: AuditService
    let store: ServerStore
    let pages: SitePages

    func addRoutes(to router: Router<some RequestContext>) {
        router.post("/api/v1/applications") { request, _ in
            let submission = try await service.submitApplication(request, store: store)
            let body = ApplicationDocument.submitted(submission, reportJSON: JSONReporter().render(submission.report))
            return Response(
                status: .created,
                headers: [.contentType: APIController.json, .location: "/api/v1/applications/\(submission.application.id)"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
        }
        router.get("/api/v1/applications/:id") { request, context in
            _ = try PageController.language(request)  // an unknown lang is refused, as everywhere
            guard let application = try await found(request, context) else { throw ServiceError.applicationNotFound }
            return Response.text(ApplicationDocument.status(application), type: APIController.json)
        }
        router.post("/applications") { request, _ in
            let submission = try await service.submitApplication(request, store: store)
            let id = submission.application.id
            let location = "/applications/\(id)?receipt=\(submission.receipt)&lang=\(submission.options.language.code)"
            return Response(status: .seeOther, headers: [.location: location])
        }
        router.get("/applications/:id") { request, context in
            let language = try PageController.language(request)
            guard let application = try await found(request, context), let receipt = request.uri.queryParameters.get("receipt") else {
                return ServiceError.applicationNotFound.answer(
                    pages.error(.applicationNotFound, language: language), type: PageController.html)
            }
            let record = application.record
            var report: AuditReport?
            if record.programmeSHA256 == service.programmeSHA256,
                let bytes = try await store.history.dossierBytes(sha256: record.dossierSHA256)
            {
                report = try await service.rejudge(record, bytes: bytes, language: language)
            }
            let page = pages.application(application, receipt: receipt, report: report, language: language)
            return Response.text(page, type: PageController.html)
        }
    }

    /// The application the request's path names, if the request's receipt is its own.
    private func found(_ request: Request, _ context: some RequestContext) async throws -> AuditStore.Application? {
        try await AuditService.application(
            id: context.parameters.get("id") ?? "", receipt: request.uri.queryParameters.get("receipt"), in: store)
    }
}
