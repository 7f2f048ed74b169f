import TextProcessing
import LinearAlgebra
// Owned by the summarize work.
