import CLibXML2
import TextProcessing
// Owned by the HTML extraction work.
