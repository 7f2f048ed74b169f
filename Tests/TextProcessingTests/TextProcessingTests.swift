import XCTest
@testable import TextProcessing
