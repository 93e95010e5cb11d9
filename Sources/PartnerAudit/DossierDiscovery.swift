import Foundation

/// Finds the dossiers of a batch: every `*.xml` file under the given folders,
/// recursively, plus every file given by name, sorted by path so that results come
/// in a stable order whatever the parallelism.
public enum DossierDiscovery {
    /// The files to audit. A path that does not exist is kept, so that its entry in
    /// the summary says so. Symbolic links to folders are not followed (no cycles).
    public static func files(under paths: [String]) -> [String] {
        var found: Set<String> = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                found.insert(path)
                continue
            }
            found.formUnion(xmlFiles(in: path))
        }
        return found.sorted()
    }

    private static func xmlFiles(in folder: String) -> [String] {
        let base = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var files: [String] = []
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let basePath = base.standardizedFileURL.path
        for case let url as URL in walker where url.pathExtension.lowercased() == "xml" {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            // Keep the path as the user would write it: the folder given, then the relative part.
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(basePath + "/") ? String(full.dropFirst(basePath.count + 1)) : url.lastPathComponent
            files.append(prefix + relative)
        }
        return files
    }
}
