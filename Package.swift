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
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // MARK: - Engine
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "Diagnostics", swiftSettings: upcoming),
        .target(name: "DossierXML", dependencies: ["CLibXML2", "Diagnostics"], swiftSettings: upcoming),
        .target(name: "DossierModel", dependencies: ["Diagnostics", "DossierXML"], swiftSettings: upcoming),
        .target(name: "Programme", dependencies: ["Diagnostics", "DossierXML", "DossierModel"], swiftSettings: upcoming),
        .target(name: "Audit", dependencies: ["Diagnostics", "DossierModel", "Programme"], swiftSettings: upcoming),
        .target(
            name: "AttachmentSources",
            dependencies: [
                "Audit", "Diagnostics", "DossierModel", "DossierXML",
                .product(name: "Crypto", package: "swift-crypto"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "AuditStore",
            dependencies: [
                "DossierModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "Reports", dependencies: ["Audit", "AuditStore", "Diagnostics", "DossierModel", "Programme"], swiftSettings: upcoming),
        .target(
            name: "PartnerAudit",
            dependencies: [
                "AttachmentSources", "Audit", "AuditStore", "Diagnostics", "DossierModel", "DossierXML", "Programme", "Reports",
            ],
            swiftSettings: upcoming
        ),
        .target(name: "Corpus", dependencies: ["DossierModel"], swiftSettings: upcoming),

        // MARK: - Front ends
        .target(
            name: "PartnerAuditServer",
            dependencies: [
                "PartnerAudit", "AttachmentSources", "Audit", "AuditStore", "Diagnostics", "DossierModel", "DossierXML", "Programme",
                "Reports",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "partner-audit",
            dependencies: [
                "PartnerAudit", "PartnerAuditServer", "AttachmentSources", "Audit", "AuditStore", "Corpus", "Diagnostics",
                "DossierModel", "DossierXML", "Programme", "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),

        // MARK: - Tests
        .target(
            name: "_TestSupport",
            dependencies: ["PartnerAudit", "Audit", "Diagnostics", "DossierModel", "Programme", "Reports"],
            path: "Tests/_TestSupport",
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "PartnerAuditServerTests",
            dependencies: [
                "PartnerAuditServer", "PartnerAudit", "AuditStore", "Diagnostics", "Reports", "DossierModel", "Programme", "_TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Golden"],
            swiftSettings: upcoming
        ),
        .testTarget(name: "DossierXMLTests", dependencies: ["DossierXML", "Diagnostics", "_TestSupport"], swiftSettings: upcoming),
        .testTarget(
            name: "CLITests",
            dependencies: [
                "partner-audit", "AuditStore", "_TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "AuditStoreTests",
            dependencies: [
                "AuditStore", "PartnerAudit", "Audit", "Diagnostics", "DossierModel", "Programme", "Reports", "_TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(name: "DossierModelTests", dependencies: ["DossierModel", "Diagnostics"], swiftSettings: upcoming),
        .testTarget(name: "AuditTests", dependencies: ["Audit", "Diagnostics", "DossierModel", "Programme"], swiftSettings: upcoming),
        .testTarget(
            name: "ProgrammeTests", dependencies: ["Programme", "Diagnostics", "DossierXML", "DossierModel", "_TestSupport"],
            swiftSettings: upcoming),
        .testTarget(
            name: "AttachmentSourcesTests",
            dependencies: [
                "AttachmentSources", "Audit", "Diagnostics", "DossierModel", "DossierXML", "Programme", "_TestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "PartnerAuditTests",
            dependencies: [
                "PartnerAudit", "AttachmentSources", "AuditStore", "Diagnostics", "DossierXML", "DossierModel", "Programme", "Audit",
                "Reports", "Corpus", "_TestSupport",
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Reports", "PartnerAudit", "Diagnostics", "DossierXML", "DossierModel", "Programme", "Audit", "_TestSupport"],
            exclude: ["Golden"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "CorpusTests",
            dependencies: ["Corpus", "Diagnostics", "PartnerAudit", "Audit", "DossierModel", "DossierXML", "Programme", "_TestSupport"],
            swiftSettings: upcoming),
    ]
)
