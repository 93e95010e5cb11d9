import AuditStore
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOHTTP1
import Programme

/// Turns every refusal into its answer: the error object `{"error": {"status", "code",
/// "message"}}` in the language asked, or, for the pages, a page saying what to change.
/// A path served with other methods answers 405 with `Allow`; any other unknown path 404.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The methods each served path answers.
    let routes: [String: [String]]
    let pages: SitePages
    /// The managers' pages, when the server has a store.
    var managerPages: ManagerPages?

    /// Paths whose refusals are pages rather than error objects (404 and 405 excepted).
    static var pagePaths: Set<String> { ["/", "/check", "/program", "/applications"] }

    /// Whether `path` is one of the managers' pages, whose refusals (405 excepted) are pages of their own.
    static func isManagerPage(_ path: String) -> Bool {
        path == "/login" || path == "/logout" || path == "/manage" || path.hasPrefix("/manage/")
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServiceError {
            return answer(error, to: request)
        } catch let error as HTTPError where error.status == .notFound {
            let path = request.uri.path
            if let methods = routes[path] {
                return answer(.methodNotAllowed(request.method.rawValue, path: path, allowed: methods), to: request)
            }
            return answer(.notFound(path), to: request)
        } catch let error as any HTTPResponseError where error.status.code < 500 {
            // The framework's own refusals keep their status.
            return answer(.unreadableRequest(error.status), to: request)
        } catch let error as HistoryError {
            context.logger.error("history failed: \(error)")
            return answer(.storeUnavailable, to: request)
        } catch let error as HTTPParserError {
            // A request that is not HTTP: the server answers it and closes the connection.
            throw error
        } catch {
            context.logger.error("request failed: \(type(of: error))")
            return answer(.internalError, to: request)
        }
    }

    private func answer(_ error: ServiceError, to request: Request) -> Response {
        let language = Language.ofRefusal(request)
        let path = request.uri.path
        if let managerPages, Self.isManagerPage(path), error.status != .methodNotAllowed {
            return error.answer(managerPages.error(error, language: language, session: nil), type: PageController.html)
        }
        if Self.pagePaths.contains(path), error.status != .notFound, error.status != .methodNotAllowed {
            return error.answer(pages.error(error, language: language), type: PageController.html)
        }
        return error.answer(Self.object(error, language: language), type: APIController.json)
    }

    /// The error object, keys in the order `http.md` shows them.
    static func object(_ error: ServiceError, language: Language) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let message = (try? encoder.encode(error.message(language))).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
        return "{\"error\": {\"status\": \(error.status.code), \"code\": \"\(error.code)\", \"message\": \(message)}}\n"
    }
}

extension ServiceError {
    /// The refusal answered with `body` of the media `type`, its status and headers kept.
    func answer(_ body: String, type: String) -> Response {
        var headers = self.headers
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
