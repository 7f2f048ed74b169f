import XCTest
@testable import Comparison
