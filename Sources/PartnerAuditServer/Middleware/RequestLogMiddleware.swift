import HTTPTypes
import Hummingbird
import Logging

/// Names each answer by its request's id (`X-Request-Id`) and logs one line per request:
/// method, path, status and time taken. Never a body, a file name or a query, which may
/// carry a partner's data.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    static var requestID: HTTPField.Name { HTTPField.Name("X-Request-Id")! }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var response = try await next(request, context)
        response.headers[Self.requestID] = context.id
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        context.logger.info(
            "\(request.method) \(request.uri.path) \(response.status.code)",
            metadata: ["duration_ms": .stringConvertible((milliseconds * 10).rounded() / 10)])
        return response
    }
}
