import AuditStore
import Hummingbird
import HummingbirdAuth
import NIOCore

/// The request context of every route: the framework's, the signed-in manager's session
/// when the request carries a valid one, and the address the request came from.
public struct ServerRequestContext: AuthRequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The manager's session, set by `ManagerAuthenticator` on the routes that need one.
    public var identity: ManagerSession?
    /// The peer of the connection (a proxy's, behind one).
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
