// swift-tools-version:6.0
import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "partner-audit",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "partner-audit", targets: ["partner-audit"]),
        .library(name: "PartnerAudit", targets: ["PartnerAudit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "DossierXML", dependencies: ["CLibXML2"], swiftSettings: upcoming),
        .target(
            name: "DossierModel",
            dependencies: ["DossierXML"],
            swiftSettings: upcoming
        ),
        .target(name: "Programme", dependencies: ["DossierXML", "DossierModel"], swiftSettings: upcoming),
        .target(
            name: "Audit",
            dependencies: ["DossierModel", "Programme"],
            swiftSettings: upcoming
        ),
        .target(
            name: "AttachmentSources",
            dependencies: [
                "Audit", "DossierModel", "DossierXML",
                .product(name: "Crypto", package: "swift-crypto"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: upcoming
        ),
        .target(name: "Reports", dependencies: ["Audit", "AuditStore", "DossierModel", "DossierXML", "Programme"], swiftSettings: upcoming),
        .target(
            name: "AuditStore",
            dependencies: [
                "DossierModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "PartnerAudit",
            dependencies: [
                "DossierXML", "DossierModel", "Programme", "Audit", "AttachmentSources", "Reports", "AuditStore",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "partner-audit",
            dependencies: [
                "PartnerAudit", "Audit", "AttachmentSources", "AuditStore", "DossierModel", "DossierXML", "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(name: "DossierXMLTests", dependencies: ["DossierXML"], swiftSettings: upcoming),
        .testTarget(
            name: "CLITests",
            dependencies: [
                "partner-audit", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "AuditStoreTests",
            dependencies: [
                "AuditStore", "PartnerAudit", "Audit", "DossierModel", "Reports",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(name: "DossierModelTests", dependencies: ["DossierModel"], swiftSettings: upcoming),
        .testTarget(name: "AuditTests", dependencies: ["Audit", "DossierModel", "Programme"], swiftSettings: upcoming),
        .testTarget(name: "ProgrammeTests", dependencies: ["Programme", "DossierXML", "DossierModel"], swiftSettings: upcoming),
        .testTarget(
            name: "AttachmentSourcesTests",
            dependencies: [
                "AttachmentSources", "Audit", "DossierModel", "DossierXML", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "PartnerAuditTests",
            dependencies: ["PartnerAudit", "AttachmentSources", "DossierXML", "DossierModel", "Programme", "Audit", "Reports"],
            exclude: ["Golden"],
            swiftSettings: upcoming
        ),
    ]
)
