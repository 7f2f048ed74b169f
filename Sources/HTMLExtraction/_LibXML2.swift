internal import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// The two libxml2 functions HTML extraction calls, bound with `dlopen` on first use.
///
/// libxml2 is not a load-time dependency of `parallax`: loading it, with the ICU, zlib and liblzma
/// libraries it needs, cost about 1 ms of every process start, also for the plain-text runs that
/// never parse HTML (a twentieth of a `summarize --jsonl` batch over bbc-dev). Its types and
/// constants still come from the `CLibXML2` system-library target's headers; only the calls go
/// through these pointers. The shared object is found by its soname, `libxml2.so.2` (ABI version
/// 2, which every libxml2 since 2000 has kept).
enum _LibXML2 {
    typealias ReadMemory = @convention(c) (UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?,
                                           UnsafePointer<CChar>?, Int32) -> htmlDocPtr?
    typealias FreeDoc = @convention(c) (xmlDocPtr?) -> Void

    struct Functions: @unchecked Sendable {
        /// `htmlReadMemory(buffer, size, URL, encoding, options)`.
        let readMemory: ReadMemory
        /// `xmlFreeDoc(document)`.
        let freeDoc: FreeDoc
    }

    static let soname = "libxml2.so.2"

    /// The bound functions, or why they could not be bound (looked up once per process).
    static let functions: Result<Functions, HTMLExtractionError> = {
        guard let handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL) else {
            return .failure(.libraryUnavailable(soname))
        }
        guard let read = dlsym(handle, "htmlReadMemory"), let free = dlsym(handle, "xmlFreeDoc") else {
            return .failure(.libraryUnavailable(soname))
        }
        return .success(Functions(readMemory: unsafeBitCast(read, to: ReadMemory.self),
                                  freeDoc: unsafeBitCast(free, to: FreeDoc.self)))
    }()
}
