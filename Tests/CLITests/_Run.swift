import Foundation
import XCTest

/// What one run of the built `parallax` binary did.
struct RunResult {
    var stdout: String
    var stderr: String
    var status: Int32
}

/// The built `parallax` executable, beside the test bundle in the build folder.
func parallaxBinary() -> URL {
    // On Linux the test bundle is an executable in the products folder (.build/debug).
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    return exe.deletingLastPathComponent().appendingPathComponent("parallax")
}

/// The repository's root folder (for bundled examples under `Examples/`).
func repositoryRoot(file: StaticString = #filePath) -> URL {
    URL(fileURLWithPath: "\(file)").deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// Runs `parallax` with `arguments`, feeding `stdin`, and waits for it.
@discardableResult
func runParallax(_ arguments: [String], stdin: String? = nil, environment: [String: String]? = nil) throws -> RunResult {
    let p = Process()
    p.executableURL = parallaxBinary()
    p.arguments = arguments
    p.currentDirectoryURL = repositoryRoot()
    if let environment { p.environment = environment }
    let out = Pipe(), err = Pipe(), inp = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = inp
    try p.run()
    if let stdin { inp.fileHandleForWriting.write(Data(stdin.utf8)) }
    try inp.fileHandleForWriting.close()
    // Read both pipes concurrently so a large stderr cannot block a large stdout.
    let errBox = _DataBox()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async { errBox.data = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    let errData = errBox.data
    p.waitUntilExit()
    return RunResult(stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self),
                     status: p.terminationStatus)
}

private final class _DataBox: @unchecked Sendable { var data = Data() }
