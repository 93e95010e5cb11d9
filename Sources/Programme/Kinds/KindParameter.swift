/// A parameter of a requirement kind: the attribute (or child element) giving it in a
/// programme file, how it is read, and whether a tier may override it.
public struct KindParameter: Sendable, Hashable {
    /// How a parameter's text is read.
    public enum Reading: Sendable, Hashable {
        /// An attribute, whitespace collapsed.
        case text
        /// An attribute holding an integer.
        case integer
        /// An attribute holding a decimal number.
        case decimal
        /// The text of every child element of that name, in document order.
        case children
    }

    public let name: String
    public let reading: Reading
    public let overridable: Bool

    public init(_ name: String, _ reading: Reading, overridable: Bool = false) {
        self.name = name
        self.reading = reading
        self.overridable = overridable
    }
}
