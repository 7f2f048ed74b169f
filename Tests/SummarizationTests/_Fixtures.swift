import TextProcessing
@testable import Summarization

/// An invented news story (ours), 6 sentences: the bridge is the topic; sentence 5 is off-topic.
let bridgeStory = """
The harbour bridge reopened on Monday after three years of repairs.

Engineers replaced every cable on the harbour bridge and repainted its towers. The repairs cost the city 40 million dollars, twice the first estimate. Commuters said the reopened bridge felt quieter and smoother.

A bakery on Elm Street won a regional prize for its rye bread. The council plans a festival on the harbour bridge next month to mark the reopening.
"""

/// A vectorizer with a fixed, small IDF table so expectations do not depend on Models/.
func testVectorizer(idf: IDFTable = .uniform) -> TFIDFVectorizer {
    try! TFIDFVectorizer(idf: idf)
}

func analyzed(_ text: String, idf: IDFTable = .uniform) -> AnalyzedDocument {
    testVectorizer(idf: idf).analyze([Article(text: text)])
}
