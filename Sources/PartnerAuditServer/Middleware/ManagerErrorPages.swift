import Hummingbird
import Programme

/// Answers a refusal on a signed-in manager's page with the managers' error page as the
/// other pages look, its navigation and sign-out included. A request without a session
/// has none to show: its refusals are left to `ErrorMiddleware`, as are the API's.
struct ManagerErrorPages: RouterMiddleware {
    typealias Context = ServerRequestContext
    let pages: ManagerPages

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServiceError {
            guard let session = context.identity else { throw error }
            return error.answer(
                pages.error(error, language: Language.ofRefusal(request), session: session), type: PageController.html)
        }
    }
}
