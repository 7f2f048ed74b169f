import XCTest
@testable import EvaluationHarness
