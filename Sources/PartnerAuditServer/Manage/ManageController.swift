import AuditStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import NIOCore
import Programme

/// The managers' pages under `/manage`, on a group behind `ManagerAuthenticator` and
/// `ManagerGate`: the board, a partner's timeline, a recorded report, the queue of
/// applications, one application and its decision.
struct ManageController {
    let board: ReviewBoard
    let pages: ManagerPages

    func addRoutes(to group: RouterGroup<ServerRequestContext>) {
        group.get("") { request, context in
            let session = try context.requireIdentity()
            let query = request.uri.queryParameters
            let language = try PageController.language(request)
            let found = try await board.board(try board.boardQuery { query.get($0) })
            return Response.text(pages.board(found, language: language, session: session), type: PageController.html)
        }
        group.get("partners/{id}") { request, context in
            let session = try context.requireIdentity()
            let language = try PageController.language(request)
            let id = try context.parameters.require("id")
            let records = try await board.timeline(id, path: request.uri.path)
            let page = pages.timeline(
                partnerID: id, records: records, changes: board.changes(records), language: language, session: session)
            return Response.text(page, type: PageController.html)
        }
        group.get("records/{id}") { request, context in
            let session = try context.requireIdentity()
            let language = try PageController.language(request)
            let record = try await board.record(try context.parameters.require("id"), path: request.uri.path)
            let report = try await board.report(of: record, in: language)
            return Response.text(pages.record(record, report: report, language: language, session: session), type: PageController.html)
        }
        group.get("applications") { request, context in
            let session = try context.requireIdentity()
            let language = try PageController.language(request)
            let query = request.uri.queryParameters
            let status = try board.status(query.get("status"))
            let page = try board.page(query.get("page").flatMap { $0.isEmpty ? nil : $0 })
            let found = try await board.applications(status: status, page: page)
            return Response.text(
                pages.queue(found, status: status, page: page, language: language, session: session), type: PageController.html)
        }
        group.get("applications/{id}") { request, context in
            let session = try context.requireIdentity()
            let language = try PageController.language(request)
            let application = try await board.application(try context.parameters.require("id"), path: request.uri.path)
            let report = try await board.report(of: application.record, in: language)
            return Response.text(
                pages.application(application, report: report, language: language, session: session), type: PageController.html)
        }
        group.post("applications/{id}/decision") { request, context in
            let session = try context.requireIdentity()
            let language = try PageController.language(request)
            let id = try context.parameters.require("id")
            var request = request
            let form = FormFields(String(buffer: try await request.collectBody(upTo: ManagerGate.maxFormBytes)))
            let (choice, comment) = try Decisions.parse(decision: form["decision"], comment: form["comment"])
            switch try await board.decide(id, choice, comment: comment, manager: session.manager) {
            case .decided:
                let location = "/manage/applications/\(ManageFrame.encode(id))?lang=\(language.code)"
                return Response(status: .seeOther, headers: [.location: location])
            case .alreadyDecided(let application):
                let report = try await board.report(of: application.record, in: language)
                let notice = ManageStrings(language: language)[.alreadyDecided]
                var response = Response.text(
                    pages.application(application, report: report, language: language, session: session, notice: notice),
                    type: PageController.html)
                response.status = .conflict
                return response
            case .notFound:
                throw ServiceError.nothingHere("/manage/applications/\(id)")
            }
        }
    }
}
