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
/// through these pointers. The shared object is opened by the soname that matches the headers the
/// build used (`libxml2.so.2` up to libxml2 2.13, `libxml2.so.16` from 2.14, which renumbered
/// it), so the struct layouts read through those headers are the library's; the development
/// package's unversioned `libxml2.so` is the fallback.
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

    /// The soname of the libxml2 whose headers this build was compiled with.
    static let soname = LIBXML_VERSION >= 21400 ? "libxml2.so.16" : "libxml2.so.2"

    /// The bound functions, or why they could not be bound (looked up once per process).
    static let functions: Result<Functions, HTMLExtractionError> = {
        guard let handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL) ?? dlopen("libxml2.so", RTLD_NOW | RTLD_LOCAL) else {
            return .failure(.libraryUnavailable(soname))
        }
        guard let read = dlsym(handle, "htmlReadMemory"), let free = dlsym(handle, "xmlFreeDoc") else {
            return .failure(.libraryUnavailable(soname))
        }
        return .success(Functions(readMemory: unsafeBitCast(read, to: ReadMemory.self),
                                  freeDoc: unsafeBitCast(free, to: FreeDoc.self)))
    }()
}
