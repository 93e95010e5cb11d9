import HTTPTypes
import Hummingbird

/// The headers every answer carries: a content security policy that lets a page load
/// nothing from anywhere and run no script but its own hashed one, no sniffing of types,
/// no referrer, and no caching of what may hold a partner's data.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    let headers: HTTPFields = [
        .contentSecurityPolicy: SiteFrame.contentSecurityPolicy,
        .xContentTypeOptions: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "no-referrer",
        .cacheControl: "no-store",
    ]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        for field in headers { response.headers[field.name] = field.value }
        return response
    }
}
