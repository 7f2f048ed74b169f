import XCTest
@testable import Scoring
