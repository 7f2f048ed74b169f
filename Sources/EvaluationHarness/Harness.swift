import TextProcessing
import Summarization
import Scoring
// Owned by the evaluate work.
