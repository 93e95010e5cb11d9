import DossierXML
import Foundation
import Programme
import Testing

/// `program.xsd` says of each kind what its descriptor says: the same statuses in the same
/// order, the same parameters, and the placeholder names a text may contain are those the
/// descriptor makes available for some status.
@Suite struct KindSchemaTests {
    /// The schema's named simple and complex types.
    private let types: [String: XMLTree.Element]

    init() throws {
        let schema = try XMLTree.parse(file: ProgrammeFixtures.schemaPath)
        var types: [String: XMLTree.Element] = [:]
        for type in schema.root.children where type.name == "simpleType" || type.name == "complexType" {
            if let name = type.attribute("name") { types[name] = type }
        }
        self.types = types
    }

    /// `website-ad` → `WebsiteAd`, the prefix of the kind's type names.
    private static func typeName(_ kind: KindDescriptor) -> String {
        kind.element.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// Every descendant of `element` named `name`, in document order.
    private static func descendants(_ element: XMLTree.Element, named name: String) -> [XMLTree.Element] {
        element.children.flatMap { ($0.name == name ? [$0] : []) + descendants($0, named: name) }
    }

    @Test(arguments: KindDescriptor.all.map(\.element))
    func statusesAreTheSchemas(element: String) throws {
        let kind = try #require(KindDescriptor.named(element))
        let type = try #require(types["\(Self.typeName(kind))Status"])
        let enumerated = Self.descendants(type, named: "enumeration").compactMap { $0.attribute("value") }
        #expect(enumerated == kind.statuses.map(\.rawValue))
    }

    @Test(arguments: KindDescriptor.all.map(\.element))
    func placeholdersAreTheSchemas(element: String) throws {
        let kind = try #require(KindDescriptor.named(element))
        let type = try #require(types["\(Self.typeName(kind))Text"])
        let pattern = try #require(Self.descendants(type, named: "pattern").first?.attribute("value"))
        // `([^\{\}]|\{(asOf|evidence|…)\})*`: the names between `\{(` and `)\}`.
        let start = try #require(pattern.range(of: #"\{("#))
        let end = try #require(pattern.range(of: #")\}"#, range: start.upperBound..<pattern.endIndex))
        let named = Set(pattern[start.upperBound..<end.lowerBound].split(separator: "|").map(String.init))
        let available = kind.statuses.reduce(kind.alwaysAvailable) { $0.union(kind.available(for: $1)) }
        #expect(named == Set(available.map(\.rawValue)))
    }

    @Test(arguments: KindDescriptor.all.map(\.element))
    func parametersAreTheSchemas(element: String) throws {
        let kind = try #require(KindDescriptor.named(element))
        let type = try #require(types["\(Self.typeName(kind))Requirement"])
        let attributes = Self.descendants(type, named: "attribute").compactMap { $0.attribute("name") }.filter { $0 != "id" }
        let elements = Set(Self.descendants(type, named: "element").compactMap { $0.attribute("name") })
        for parameter in kind.parameters {
            switch parameter.reading {
            case .children: #expect(elements.contains(parameter.name), "\(parameter.name)")
            case .text, .integer, .decimal: #expect(attributes.contains(parameter.name), "\(parameter.name)")
            }
        }
        #expect(Set(attributes) == Set(kind.parameters.filter { $0.reading != .children }.map(\.name)))
    }

    @Test func overridesAreTheSchemas() throws {
        let require = try #require(types["Require"])
        let attributes = Self.descendants(require, named: "attribute").compactMap { $0.attribute("name") }.filter { $0 != "ref" }
        #expect(Set(attributes) == Set(KindDescriptor.all.flatMap(\.overridable)))
    }
}
