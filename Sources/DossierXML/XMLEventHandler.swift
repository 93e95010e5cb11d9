/// Receives a document's elements and text as libxml2 reads them (validated on the
/// way when a schema is given), for a model built straight from the stream.
public protocol XMLEventHandler: AnyObject {
    /// A start tag. `tag` and what it reads are valid during this call only.
    func start(_ tag: XMLStartTag)
    /// The end tag of the element last started and not yet ended.
    func end()
    /// Character data of the element last started and not yet ended (entities expanded);
    /// one element's text may come in several calls.
    func characters(_ text: UnsafeBufferPointer<UInt8>)
}

/// A start tag as libxml2 hands it over: read it during the event, keep only copies.
public struct XMLStartTag {
    /// The local name, without prefix.
    public let name: String
    /// The namespace URI, if the element is in one.
    public let namespaceURI: String?
    /// The line on which the start tag begins.
    public let line: Int
    /// Each attribute is five pointers: local name, prefix, URI, value start, value end.
    let attributeCount: Int
    let attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?

    /// The UTF-8 bytes of the value of an attribute in no namespace (entities expanded).
    public func attribute(_ name: String) -> UnsafeBufferPointer<UInt8>? {
        var name = name
        return name.withUTF8 { wanted in
            for offset in 0..<attributeCount {
                guard let base = attributes?.advanced(by: offset * 5), base[2] == nil,
                    let local = base[0], let start = base[3], let end = base[4], Self.matches(local, wanted)
                else { continue }
                return UnsafeBufferPointer(start: start, count: end - start)
            }
            return nil
        }
    }

    /// Whether the C string `name` is `wanted`.
    private static func matches(_ name: UnsafePointer<UInt8>, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in wanted.indices where name[index] != wanted[index] { return false }
        return name[wanted.count] == 0
    }
}
