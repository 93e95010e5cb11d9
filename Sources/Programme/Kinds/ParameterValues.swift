import Foundation

/// The parameters read from a definition or a `tier/require`, by name: what a kind's
/// descriptor builds its `RequirementKind` from. An accessor gives nil for a parameter not
/// read or of another type.
struct ParameterValues {
    /// One parameter's value, as its `KindParameter.Reading` reads it.
    enum Value {
        case text(String)
        case integer(Int)
        case decimal(Decimal)
        case texts([String])
    }

    private var values: [String: Value] = [:]

    subscript(name: String) -> Value? {
        get { values[name] }
        set { values[name] = newValue }
    }

    func text(_ name: String) -> String? {
        if case .text(let text) = values[name] { text } else { nil }
    }

    func integer(_ name: String) -> Int? {
        if case .integer(let number) = values[name] { number } else { nil }
    }

    func decimal(_ name: String) -> Decimal? {
        if case .decimal(let number) = values[name] { number } else { nil }
    }

    func texts(_ name: String) -> [String]? {
        if case .texts(let texts) = values[name] { texts } else { nil }
    }
}
