// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for the entry points that read untrusted bytes. Built apart from the
// main package by `Scripts/fuzz`, which turns the fuzzer and address sanitizers on for
// every module (`-Xswiftc -sanitize=fuzzer,address`).
let fuzzerSettings: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]
let fuzzerLinking: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]

let package = Package(
    name: "partner-audit-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "partner-audit", path: "..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "FuzzDossierReader",
            dependencies: ["CFuzzerDriver", .product(name: "PartnerAudit", package: "partner-audit")],
            swiftSettings: fuzzerSettings, linkerSettings: fuzzerLinking),
        .executableTarget(
            name: "FuzzProgrammeLoader",
            dependencies: ["CFuzzerDriver", .product(name: "PartnerAudit", package: "partner-audit")],
            swiftSettings: fuzzerSettings, linkerSettings: fuzzerLinking),
        .executableTarget(
            name: "FuzzBundleReader",
            dependencies: ["CFuzzerDriver", .product(name: "PartnerAudit", package: "partner-audit")],
            swiftSettings: fuzzerSettings, linkerSettings: fuzzerLinking),
    ]
)
