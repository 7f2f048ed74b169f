import TextProcessing
// Owned by the ROUGE work.
