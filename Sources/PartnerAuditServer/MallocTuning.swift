/// How the server's process asks glibc's allocator to give memory back. By default glibc
/// raises its mmap threshold each time a large block is freed, so that the buffers of the
/// next large uploads come from the heap, where they stay after the answer: the resident
/// size creeps up upload after upload. With a fixed threshold, every block of 256 KiB or
/// more is mapped on its own and returned whole once freed (measured by `Scripts/load`).
enum MallocTuning {
    /// Blocks at least this large are always mapped on their own.
    static let mmapThreshold: Int32 = 256 * 1024

    /// Fixes the mmap threshold (a no-op where the C library is not glibc).
    static func keepLargeBlocksMapped() {
        #if os(Linux)
            _ = glibcMallopt(mmapThresholdOption, mmapThreshold)
        #endif
    }

    #if os(Linux)
        /// `M_MMAP_THRESHOLD` of glibc's `malloc.h`.
        private static let mmapThresholdOption: Int32 = -3
    #endif
}

#if os(Linux)
    /// glibc's `mallopt` (declared in `malloc.h`, which Swift's Glibc module leaves out).
    @_silgen_name("mallopt")
    private func glibcMallopt(_ option: Int32, _ value: Int32) -> Int32
#endif
