/// Where a generated partner is based: what its company, people, invoices and
/// money look like. The names are invented; several are not ASCII on purpose.
struct CorpusLocale: Sendable {
    /// ISO 3166-1 alpha-2.
    let country: String
    /// The currency its sales section is kept in.
    let currency: String
    /// Company names, with the ASCII slug used in the website's host.
    let companies: [(name: String, slug: String)]
    /// How a legal form is written around a company name: `{name}` is replaced.
    let legalForms: [String]
    let people: [String]
    let titles: [String]
    /// Prefixes of invoice and credit-note numbers.
    let invoicePrefix: String
    let creditPrefix: String

    static let all: [CorpusLocale] = [
        CorpusLocale(
            country: "CZ", currency: "CZK",
            companies: [
                ("Síťové služby Morava", "sitove-sluzby"), ("Brněnské datové centrum", "brno-dc"), ("Vltava Networks", "vltava-net"),
            ],
            legalForms: ["{name} s.r.o.", "{name} a.s."],
            people: ["Jana Nováková", "Petr Dvořák", "Tomáš Černý", "Lucie Svobodová", "Martin Procházka"],
            titles: ["jednatel", "CEO", "obchodní ředitel"], invoicePrefix: "FV", creditPrefix: "DB"),
        CorpusLocale(
            country: "DE", currency: "EUR",
            companies: [
                ("Brückner Netzwerktechnik", "brueckner-netz"), ("Nordlicht IT", "nordlicht-it"),
                ("Schwarzwald Systemhaus", "sw-systemhaus"),
            ],
            legalForms: ["{name} GmbH", "{name} AG", "{name} GmbH & Co. KG"],
            people: ["Jürgen Weiß", "Sabine Köhler", "Lukas Müller", "Anna Schröder"],
            titles: ["Geschäftsführer", "Vertriebsleiterin", "CTO"], invoicePrefix: "RE", creditPrefix: "GS"),
        CorpusLocale(
            country: "PL", currency: "PLN",
            companies: [("Łódzkie Sieci", "lodzkie-sieci"), ("Wisła Systemy", "wisla-systemy"), ("Gdańsk Net", "gdansk-net")],
            legalForms: ["{name} sp. z o.o.", "{name} S.A."],
            people: ["Łukasz Wiśniewski", "Agnieszka Wójcik", "Paweł Zieliński", "Katarzyna Nowak"],
            titles: ["Prezes Zarządu", "Dyrektor Handlowy"], invoicePrefix: "FV", creditPrefix: "KOR"),
        CorpusLocale(
            country: "RU", currency: "RUB",
            companies: [("Борей Нетворкс", "borei-networks"), ("Северный Ветер", "severny-veter"), ("Уральские Системы", "ural-systems")],
            legalForms: ["ООО «{name}»", "АО «{name}»"],
            people: ["Дмитрий Волков", "Алексей Смирнов", "Мария Кузнецова", "Ольга Иванова"],
            titles: ["Генеральный директор", "Коммерческий директор"], invoicePrefix: "СЧ", creditPrefix: "КН"),
        CorpusLocale(
            country: "FR", currency: "EUR",
            companies: [("Réseaux Azur", "reseaux-azur"), ("Côte Réseaux", "cote-reseaux"), ("Informatique Lumière", "info-lumiere")],
            legalForms: ["{name} SARL", "{name} SAS"],
            people: ["Amélie Laurent", "François Dubois", "Hélène Moreau", "Jérôme Lefèvre"],
            titles: ["Gérant", "Directrice commerciale"], invoicePrefix: "FA", creditPrefix: "AV"),
        CorpusLocale(
            country: "ES", currency: "EUR",
            companies: [("Sistemas Peñalara", "penalara"), ("Redes Ibéricas", "redes-ibericas")],
            legalForms: ["{name} S.L.", "{name} S.A."],
            people: ["José Martín", "María Fernández", "Íñigo Ruiz", "Lucía Gómez"],
            titles: ["Director General", "Directora Comercial"], invoicePrefix: "FAC", creditPrefix: "AB"),
        CorpusLocale(
            country: "GB", currency: "GBP",
            companies: [
                ("Thames Valley Networks", "thames-valley-net"), ("Pennine Systems", "pennine-sys"),
                ("Smith & Daughters IT", "smith-daughters"),
            ],
            legalForms: ["{name} Ltd", "{name} plc"],
            people: ["Oliver Smith", "Amelia Jones", "Siobhán O'Brien", "Harry Taylor"],
            titles: ["Managing Director", "Head of Sales"], invoicePrefix: "INV", creditPrefix: "CN"),
        CorpusLocale(
            country: "US", currency: "USD",
            companies: [
                ("Bluebonnet Systems", "bluebonnet-sys"), ("Great Lakes Networking", "greatlakes-net"), ("Mesa Secure", "mesa-secure"),
            ],
            legalForms: ["{name} Inc.", "{name} LLC"],
            people: ["John Carter", "Emily Davis", "Michael Brown", "Sarah Wilson"],
            titles: ["CEO", "VP Sales", "Channel Manager"], invoicePrefix: "INV", creditPrefix: "CM"),
        CorpusLocale(
            country: "SE", currency: "SEK",
            companies: [("Åkesson Nätverk", "akesson-natverk"), ("Göta Data", "gota-data")],
            legalForms: ["{name} AB"],
            people: ["Åsa Åkesson", "Björn Lindqvist", "Maja Ström"],
            titles: ["VD", "Försäljningschef"], invoicePrefix: "F", creditPrefix: "K"),
        CorpusLocale(
            country: "FI", currency: "EUR",
            companies: [("Järvinen Verkot", "jarvinen-verkot"), ("Pohjolan Tietoturva", "pohjolan-tt")],
            legalForms: ["{name} Oy"],
            people: ["Matti Järvinen", "Aino Mäkinen", "Pekka Hämäläinen"],
            titles: ["toimitusjohtaja", "myyntijohtaja"], invoicePrefix: "LASKU", creditPrefix: "HYV"),
        CorpusLocale(
            country: "HU", currency: "HUF",
            companies: [("Tarsa Hálózat", "tarsa-halozat"), ("Duna Informatika", "duna-info")],
            legalForms: ["{name} Kft.", "{name} Zrt."],
            people: ["Kovács Tamás", "Szabó Éva", "Tóth Gergő"],
            titles: ["ügyvezető", "értékesítési vezető"], invoicePrefix: "SZ", creditPrefix: "JSZ"),
        CorpusLocale(
            country: "TR", currency: "TRY",
            companies: [("Öztürk Bilişim", "ozturk-bilisim"), ("Boğaziçi Ağ", "bogazici-ag")],
            legalForms: ["{name} A.Ş.", "{name} Ltd. Şti."],
            people: ["Mehmet Öztürk", "Ayşe Yılmaz", "Emre Çelik"],
            titles: ["Genel Müdür", "Satış Müdürü"], invoicePrefix: "FTR", creditPrefix: "IADE"),
        CorpusLocale(
            country: "GR", currency: "EUR",
            companies: [("Παπαδόπουλος Δίκτυα", "papadopoulos-net"), ("Αιγαίο Συστήματα", "aigaio-sys")],
            legalForms: ["{name} Α.Ε.", "{name} Ε.Π.Ε."],
            people: ["Γιώργος Παπαδόπουλος", "Ελένη Νικολάου", "Νίκος Γεωργίου"],
            titles: ["Διευθύνων Σύμβουλος", "Διευθύντρια Πωλήσεων"], invoicePrefix: "ΤΠΥ", creditPrefix: "ΠΤ"),
        CorpusLocale(
            country: "JP", currency: "JPY",
            companies: [("東京ネットワーク", "tokyo-network"), ("大阪システム", "osaka-system")],
            legalForms: ["株式会社{name}", "{name}合同会社"],
            people: ["佐藤 健", "鈴木 花子", "高橋 誠"],
            titles: ["代表取締役", "営業部長"], invoicePrefix: "INV", creditPrefix: "CR"),
        CorpusLocale(
            country: "BR", currency: "BRL",
            companies: [("Conceição Redes", "conceicao-redes"), ("Paraná Segurança Digital", "parana-seg")],
            legalForms: ["{name} Ltda.", "{name} S.A."],
            people: ["João Conceição", "Ana Gonçalves", "Luís Araújo"],
            titles: ["Diretor", "Gerente Comercial"], invoicePrefix: "NF", creditPrefix: "ND"),
        CorpusLocale(
            country: "SK", currency: "EUR",
            companies: [("Žilinská sieť", "zilinska-siet"), ("Tatry IT", "tatry-it")],
            legalForms: ["{name} s.r.o."],
            people: ["Zuzana Žilinská", "Ján Horváth", "Peter Kováč"],
            titles: ["konateľ", "obchodný riaditeľ"], invoicePrefix: "FA", creditPrefix: "DOB"),
        CorpusLocale(
            country: "AT", currency: "EUR",
            companies: [("Hofer & Wöß Netzwerke", "hofer-woess"), ("Alpen Datentechnik", "alpen-daten")],
            legalForms: ["{name} OG", "{name} GmbH"],
            people: ["Florian Hofer", "Katharina Wöß", "Stefan Gruber"],
            titles: ["Geschäftsführer", "Prokuristin"], invoicePrefix: "RE", creditPrefix: "GS"),
        CorpusLocale(
            country: "NO", currency: "NOK",
            companies: [("Nordlys Nett", "nordlys-nett"), ("Fjord Sikkerhet", "fjord-sikkerhet")],
            legalForms: ["{name} AS"],
            people: ["Kari Nordmann", "Ørjan Dahl", "Ingrid Bø"],
            titles: ["daglig leder", "salgssjef"], invoicePrefix: "F", creditPrefix: "KN"),
        CorpusLocale(
            country: "UA", currency: "UAH",
            companies: [("Дніпро Мережі", "dnipro-merezhi"), ("Карпати Софт", "karpaty-soft")],
            legalForms: ["ТОВ «{name}»"],
            people: ["Олена Шевченко", "Андрій Коваленко", "Ірина Бондаренко"],
            titles: ["Директор", "Комерційний директор"], invoicePrefix: "РФ", creditPrefix: "КР"),
        CorpusLocale(
            country: "IE", currency: "EUR",
            companies: [("Ó Briain Networks", "obriain-net"), ("Liffey Systems", "liffey-sys")],
            legalForms: ["{name} Ltd", "{name} DAC"],
            people: ["Seán Ó Briain", "Aoife Murphy", "Ciarán Kelly"],
            titles: ["Managing Director", "Sales Director"], invoicePrefix: "INV", creditPrefix: "CN"),
    ]

    /// The vendor's side of every contract.
    static let vendorPeople: [(name: String, title: String)] = [
        ("Petr Svoboda", "Channel Director"), ("Markéta Horáková", "Partner Programme Manager"), ("Pavel Beneš", "VP Sales EMEA"),
    ]

    static let products = [
        "Kerio Connect", "Kerio Control", "Kerio Control Box", "Kerio Operator", "Kerio Connect Cloud", "Kerio Control Box NG300",
    ]
}

/// A conversion rate to USD written as the dossier writes it, and as an exact
/// fraction so that amounts can be converted with integers.
struct CorpusRate: Sendable {
    let currency: String
    let text: String
    let numerator: Int
    let denominator: Int

    /// The rates a generated dossier may give, USD first (one unit is one USD).
    static let all: [CorpusRate] = [
        CorpusRate(currency: "USD", text: "1", numerator: 1, denominator: 1),
        CorpusRate(currency: "EUR", text: "1.08", numerator: 108, denominator: 100),
        CorpusRate(currency: "CZK", text: "0.043", numerator: 43, denominator: 1000),
        CorpusRate(currency: "PLN", text: "0.25", numerator: 25, denominator: 100),
        CorpusRate(currency: "RUB", text: "0.0109", numerator: 109, denominator: 10000),
        CorpusRate(currency: "GBP", text: "1.27", numerator: 127, denominator: 100),
        CorpusRate(currency: "SEK", text: "0.095", numerator: 95, denominator: 1000),
        CorpusRate(currency: "HUF", text: "0.0028", numerator: 28, denominator: 10000),
        CorpusRate(currency: "TRY", text: "0.031", numerator: 31, denominator: 1000),
        CorpusRate(currency: "JPY", text: "0.0067", numerator: 67, denominator: 10000),
        CorpusRate(currency: "BRL", text: "0.19", numerator: 19, denominator: 100),
        CorpusRate(currency: "NOK", text: "0.093", numerator: 93, denominator: 1000),
        CorpusRate(currency: "UAH", text: "0.024", numerator: 24, denominator: 1000),
        CorpusRate(currency: "CHF", text: "1.13", numerator: 113, denominator: 100),
    ]

    static func of(_ currency: String) -> CorpusRate {
        all.first { $0.currency == currency } ?? all[0]
    }

    /// `usdCents` expressed in this currency's cents, rounded to the nearest cent.
    func cents(fromUSDCents usdCents: Int) -> Int {
        (usdCents * denominator * 2 + numerator) / (numerator * 2)
    }
}
