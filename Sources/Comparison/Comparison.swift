import TextProcessing
import LinearAlgebra
import Summarization
// Owned by the compare work.
