import TextProcessing

/// One outlet's version of a story: who published it, where it leans, and the article itself.
public struct OutletVersion: Sendable, Equatable {
    /// The outlet's name as shown in reports ("Harbour Ledger", or the file name).
    public var name: String
    /// An optional stance label given by the user ("left", "center", "right", …); never inferred.
    public var stance: String?
    /// The article: headline and body paragraphs.
    public var article: Article

    public init(name: String, stance: String? = nil, article: Article) {
        self.name = name
        self.stance = stance
        self.article = article
    }
}
