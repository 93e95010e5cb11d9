import AuditStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import NIOCore
import Programme
import Reports

/// The JSON twins of the managers' pages under `/api/v1/manage`, on a group behind
/// `ManagerAuthenticator` and `ManagerGate` (the decision needs `X-CSRF-Token`).
struct ManageAPIController {
    let board: ReviewBoard

    func addRoutes(to group: RouterGroup<ServerRequestContext>) {
        group.get("partners") { request, _ in
            let query = request.uri.queryParameters
            let found = try await board.board(try board.boardQuery { query.get($0) })
            let json = ReviewJSON.board(
                found.records, page: found.query.page, pageSize: ReviewBoard.pageSize, counts: found.counts, tierOrder: board.tierOrder,
                pending: found.pending.total)
            return Response.text(json, type: APIController.json)
        }
        group.get("partners/{id}") { request, context in
            let id = try context.parameters.require("id")
            let records = try await board.timeline(id, path: request.uri.path)
            let json = HistoryRenderer(format: .json, language: .english).history(
                partnerID: id, records: records, tierOrder: board.tierOrder)
            return Response.text(json, type: APIController.json)
        }
        group.get("records/{id}") { request, context in
            let record = try await board.record(try context.parameters.require("id"), path: request.uri.path)
            return Response.text(ReviewJSON.record(record), type: APIController.json)
        }
        group.get("applications") { request, _ in
            let query = request.uri.queryParameters
            let status = try board.status(query.get("status"))
            let page = try board.page(query.get("page").flatMap { $0.isEmpty ? nil : $0 })
            let found = try await board.applications(status: status, page: page)
            return Response.text(ReviewJSON.applications(found, page: page, pageSize: ReviewBoard.pageSize), type: APIController.json)
        }
        group.get("applications/{id}") { request, context in
            let application = try await board.application(try context.parameters.require("id"), path: request.uri.path)
            return Response.text(ReviewJSON.application(application), type: APIController.json)
        }
        group.post("applications/{id}/decision") { request, context in
            let session = try context.requireIdentity()
            let id = try context.parameters.require("id")
            var request = request
            let body = try await request.collectBody(upTo: ManagerGate.maxFormBytes)
            guard let sent = try? JSONDecoder().decode(Sent.self, from: Data(body.readableBytesView)) else {
                throw ServiceError.badDecision
            }
            let (choice, comment) = try Decisions.parse(decision: sent.decision, comment: sent.comment)
            switch try await board.decide(id, choice, comment: comment, manager: session.manager) {
            case .decided(let application):
                return Response.text(ReviewJSON.application(application), type: APIController.json)
            case .alreadyDecided(let application):
                let decision = application.decision
                throw ServiceError.alreadyDecided(
                    by: decision?.manager ?? "", at: decision.map { ManagerPages.time($0.decidedAt) } ?? "")
            case .notFound:
                throw ServiceError.nothingHere(request.uri.path)
            }
        }
    }

    /// A decision as a script sends it.
    private struct Sent: Decodable {
        var decision: String?
        var comment: String?
    }
}
