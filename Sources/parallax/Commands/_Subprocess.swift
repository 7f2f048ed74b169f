#if canImport(Glibc)
import Glibc
#endif

/// Runs a program found on `PATH` (through `/usr/bin/env`, as `evaluate` ran `git` with
/// Foundation's `Process`) with standard error discarded, and returns its standard output, or
/// nil when it could not be started or exited with a status other than 0.
func captureOutput(of arguments: [String]) -> [UInt8]? {
    var pipe: [Int32] = [0, 0]
    guard Glibc.pipe(&pipe) == 0 else { return nil }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
    posix_spawn_file_actions_addclose(&actions, pipe[0])
    posix_spawn_file_actions_addclose(&actions, pipe[1])
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = (["/usr/bin/env"] + arguments).map { strdup($0) } + [nil]
    defer { for a in argv { free(a) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, nil, argv, environ)
    close(pipe[1])
    defer { close(pipe[0]) }
    guard spawned == 0 else { return nil }
    var out: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = buffer.withUnsafeMutableBytes { read(pipe[0], $0.baseAddress, 4096) }
        if n < 0, errno == EINTR { continue }
        if n <= 0 { break }
        out.append(contentsOf: buffer[0..<n])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    // Exited normally with status 0 (WIFEXITED and WEXITSTATUS, which Swift does not import).
    return status & 0x7F == 0 && (status >> 8) & 0xFF == 0 ? out : nil
}
