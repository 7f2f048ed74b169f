/// A numerical routine failed on valid input (shape mismatches are preconditions, not errors).
public enum LinearAlgebraError: Error, Equatable, CustomStringConvertible {
    /// A LAPACK routine reported `info > 0`: the iteration did not converge.
    case didNotConverge(routine: String, info: Int)

    public var description: String {
        switch self {
        case let .didNotConverge(routine, info):
            return "\(routine) did not converge (LAPACK info = \(info))"
        }
    }
}
