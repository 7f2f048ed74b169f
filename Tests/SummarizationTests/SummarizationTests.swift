import XCTest
@testable import Summarization
