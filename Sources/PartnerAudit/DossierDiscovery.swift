import Foundation

#if canImport(Glibc)
    // `stat` may be found through CoreFoundation's module once Foundation is loaded.
    import CoreFoundation
#endif

/// Finds the dossiers of a batch: every `*.xml` file under the given folders,
/// recursively, plus every file given by name, sorted by path so that results come
/// in a stable order whatever the parallelism.
public enum DossierDiscovery {
    /// The files to audit. A path that does not exist is kept, so that its entry in
    /// the summary says so. Links below a folder are listed when named `*.xml`, never walked into.
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

    /// Every `*.xml` entry (extension in any case) below `folder` that is not a folder, as
    /// `folder/relative/path`: regular files, and also links, pipes and devices, so that
    /// reading them says what they are rather than the batch skipping them unseen. Hidden
    /// entries (a name starting with `.`) are skipped, and links are never walked into (no
    /// cycles); the folder given may itself be a link. A plain readdir walk: Foundation's
    /// enumerator cost a millisecond per ten files, before any audit could start.
    private static func xmlFiles(in folder: String) -> [String] {
        var status = stat()
        guard stat(folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { return [] }
        var files: [String] = []
        walk(folder, relative: "", into: &files)
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return files.map { prefix + $0 }
    }

    private static func walk(_ directory: String, relative: String, into files: inout [String]) {
        guard let stream = opendir(directory) else { return }
        defer { closedir(stream) }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name.hasPrefix(".") { continue }
            var status = stat()
            guard lstat(base + name, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: walk(base + name, relative: relative + name + "/", into: &files)
            case _ where isXML(name): files.append(relative + name)
            default: continue
            }
        }
    }

    /// The name's extension, after its last dot, is `xml` in any case (`URL.pathExtension`).
    private static func isXML(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return name[name.index(after: dot)...].lowercased() == "xml"
    }
}
