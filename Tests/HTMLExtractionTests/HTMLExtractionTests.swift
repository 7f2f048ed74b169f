import XCTest
@testable import HTMLExtraction
