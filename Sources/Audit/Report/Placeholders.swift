import Programme

/// The placeholder values of one judgement: a handful, so a short list rather than a
/// dictionary.
struct Placeholders: Sendable, ExpressibleByDictionaryLiteral {
    /// Names and values.
    private var entries: [(PlaceholderName, PlaceholderValue)]

    init(dictionaryLiteral elements: (PlaceholderName, PlaceholderValue)...) {
        entries = []
        // Room for the values added later (the audit date, those of the judged element):
        // no judgement gives more than ten.
        entries.reserveCapacity(max(elements.count, 10))
        entries += elements
    }

    subscript(name: PlaceholderName) -> PlaceholderValue? {
        get { entries.first { $0.0 == name }?.1 }
        set {
            let index = entries.firstIndex { $0.0 == name }
            switch (index, newValue) {
            case (let index?, let value?): entries[index].1 = value
            case (let index?, nil): entries.remove(at: index)
            case (nil, let value?): entries.append((name, value))
            case (nil, nil): break
            }
        }
    }
}
