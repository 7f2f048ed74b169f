import FoundationEssentials

/// What a line of scraped text is, as far as `BoilerplateRemover` cares.
enum LineKind: Sendable, Equatable {
    /// Sentence-like text: part of a story (or of a teaser).
    case prose
    /// Page furniture to drop wherever it is.
    case junk
    /// A header that introduces other stories ("Top Stories", "Related").
    case teaserHeader
    /// Anything else: headlines, sub-heads, section names.
    case other
}

/// The line rules of `BoilerplateRemover`. Every rule looks at one line (in its matching form,
/// see `TextNormalizer`), never at a particular site: the phrase lists hold interface labels
/// common to English news sites.
enum LineClassifier {
    static func kind(of line: String) -> LineKind {
        let m = TextNormalizer.matchingForm(line)
        let key = labelKey(m)
        if teaserHeaders.contains(key) || isMoreFromHeader(key) { return .teaserHeader }
        if isJunk(m, key: key) { return .junk }
        return isProse(m) ? .prose : .other
    }

    // MARK: Prose

    /// Three or more words ending a sentence, or twenty or more words (long headlines run to
    /// sixteen or eighteen); with a lower-case letter.
    static func isProse(_ m: String) -> Bool {
        let words = wordCount(m)
        guard m.contains(where: \.isLowercase) else { return false }
        return (words >= 3 && endsSentence(m)) || words >= 20
    }

    /// True when `text` ends with `.`, `!`, `?` or `…`, possibly followed by closing quotes or brackets.
    static func endsSentence(_ text: String) -> Bool {
        var s = Substring(TextNormalizer.matchingForm(text))
        while let l = s.last, "\"')]".contains(l) { s = s.dropLast() }
        guard let last = s.last else { return false }
        return last == "." || last == "!" || last == "?" || last == "\u{2026}"
    }

    static func wordCount(_ s: String) -> Int { s.split(whereSeparator: \.isWhitespace).count }

    /// Lower-cased, outer punctuation and white space removed, inner white space collapsed:
    /// the form in which a line is compared with the label lists.
    static func labelKey(_ m: String) -> String {
        let words = m.lowercased().split(whereSeparator: \.isWhitespace)
        let joined = words.joined(separator: " ")
        return joined.trimmingScalars(where: isLabelEdge)
    }

    /// True for what `labelKey` trims from a key's ends: punctuation (`P*`), symbols (`S*`) and
    /// white space, but not the apostrophe (Foundation's `punctuationCharacters ∪ symbols ∪
    /// whitespaces` minus `'`, which the key used to be trimmed with). The categories come from
    /// the standard library's Unicode tables, which agree with Foundation's on every scalar
    /// but 861 that Unicode 15.1 to 17 added.
    static func isLabelEdge(_ s: Unicode.Scalar) -> Bool {
        if s == "'" { return false }
        if s.isFoundationWhitespace { return true }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    // MARK: Junk

    static func isJunk(_ m: String, key: String) -> Bool {
        if key.isEmpty { return true }
        let words = wordCount(m)
        if navigationLabels.contains(key) { return true }
        if words <= 12, navigationPrefixes.contains(where: { key.hasPrefix($0) }) { return true }
        if words <= 60, boilerplatePatterns.contains(where: { $0.matches(m) }) { return true }
        if isCaption(m) { return true }
        if words <= 14, isByline(m) || isTimestamp(m, key: key) { return true }
        if isMenu(m) { return true }
        return false
    }

    /// Photo captions: a credit in parentheses at the end ("(Jane Roe/Harbor Herald via AP)",
    /// "(AP Photo/John Doe)"), a credit label ("Photo: …", "Credit: …", "… Getty Images"),
    /// or a caption (40–1,000 characters) the page repeated on one line (its two halves equal).
    static func isCaption(_ m: String) -> Bool {
        if creditAtEnd.matches(m) || creditLabel.matches(m) { return true }
        let t = m.trimmingWhitespace()
        let n = t.count
        if n >= 40, n <= 1_000, n % 2 == 1 {  // captions are short; long prose is never a caption
            let half = (n - 1) / 2
            let a = t.prefix(half), b = t.suffix(half)
            if a == b, t[t.index(t.startIndex, offsetBy: half)] == " " { return true }
        }
        return false
    }

    /// "By Jane Roe and John Doe", "By JANE ROE, Associated Press", "Jane Roe, Reuters" (no
    /// sentence end), or an agency name alone.
    static func isByline(_ m: String) -> Bool {
        if agencyNames.contains(labelKey(m)) { return true }
        if endsSentence(m) && !m.hasSuffix("Jr.") && !m.hasSuffix("Press.") { return false }
        return bylinePattern.matches(m) || nameCommaAgency.matches(m)
    }

    /// "Updated 3:42 PM EST, March 5, 2024", "Published March 5, 2024", "5 min read",
    /// or a line that is a date alone.
    static func isTimestamp(_ m: String, key: String) -> Bool {
        if timestampPrefixes.contains(where: { key.hasPrefix($0 + " ") }) { return true }
        if key.hasSuffix("min read") || key.hasSuffix("minute read") { return true }
        return dateOnly.matches(m)
    }

    /// Menu lines: three or more short items separated by `|`, `•`, `·` or tabs.
    static func isMenu(_ m: String) -> Bool {
        let items = m.split(whereSeparator: { "|•·\t".contains($0) })
        guard items.count >= 3 else { return false }
        return items.allSatisfy { wordCount(String($0)) <= 4 }
    }

    /// True when `line` opens with a news dateline: a place in capitals, optionally a region and
    /// an agency in brackets, then a dash ("ST. JOSEPH, Mich. (AP) — ", "LONDON (Reuters) - ").
    ///
    /// Not shared with Comparison's `_WireDateline` (which cuts a dateline off an outlet's first
    /// sentence) because the two accept different lines, and either one's answers moved would
    /// change output (here: where a page's story starts). This one is a yes/no test of a whole
    /// page line in matching form: ASCII capitals, hyphens allowed in the place
    /// ("WINSTON-SALEM, N.C. (AP) — " is one), a dash with a space on both sides, then anything
    /// ("WASHINGTON — Crews left." is one). `_WireDateline` must hand back the rest as a
    /// sentence, so it wants three more words, and it also takes Unicode capitals, a dash
    /// right after the place ("CALDER— ") and an agency alone ("(CNN) — "), which this does not.
    static func startsWithDateline(_ line: String) -> Bool {
        datelinePattern.matches(TextNormalizer.matchingForm(line))
    }

    // MARK: Teasers

    /// Splits "…achieve.” Top Stories" into the paragraph and the glued teaser header.
    /// Returns nil when no header is glued to the end of `line`.
    static func splitGluedTeaser(_ line: String) -> (kept: String, header: String)? {
        let scalars = Array(line.unicodeScalars)
        // Try the last one to four words as a header, preceded by a sentence end.
        var spaces: [Int] = []
        for (i, s) in scalars.enumerated() where s == " " { spaces.append(i) }
        for space in spaces.reversed().prefix(4) {
            var head = String.UnicodeScalarView(), tail = String.UnicodeScalarView()
            head.append(contentsOf: scalars[..<space])
            tail.append(contentsOf: scalars[(space + 1)...])
            let header = String(tail), kept = String(head)
            guard let first = header.first, first.isUppercase else { continue }
            let key = labelKey(TextNormalizer.matchingForm(header))
            if (teaserHeaders.contains(key) || isMoreFromHeader(key)) && endsSentence(kept) && isProse(TextNormalizer.matchingForm(kept)) {
                return (kept, header)
            }
        }
        return nil
    }

    static func isMoreFromHeader(_ key: String) -> Bool {
        (key.hasPrefix("more from ") || key.hasPrefix("more in ") || key.hasPrefix("more on ")) && key.split(separator: " ").count <= 5
    }

    // MARK: Lists (interface labels of English news sites, lower-case)

    static let teaserHeaders: Set<String> = [
        "top stories", "top headlines", "local spotlight", "spotlight", "related", "related stories",
        "related articles", "related content", "related coverage", "related news", "related topics",
        "read more", "read next", "more stories", "more news", "most read", "most popular",
        "most viewed", "most shared", "trending", "trending now", "trending stories", "recommended",
        "recommended for you", "recommended stories", "you may also like", "you might also like",
        "editor's picks", "editors' picks", "editors picks", "latest news", "latest stories",
        "popular", "popular now", "what to read next", "around the web", "sponsored content",
        "more coverage", "don't miss", "also read", "see also", "further reading", "up next",
        "in other news", "comments", "join the conversation", "more to explore", "from our partners",
        "paid content", "promoted stories", "what others are reading", "in case you missed it",
    ]

    static let navigationLabels: Set<String> = [
        "skip to main content", "skip to content", "skip to navigation", "skip to main navigation",
        "advertisement", "advertisements", "ad", "ads", "sponsored", "share", "share this",
        "share this article", "share this story", "share article", "share story", "tweet", "email",
        "e-mail", "print", "copy link", "link copied", "copied", "menu", "search", "close", "sign in",
        "log in", "login", "subscribe", "sign up", "listen", "watch", "play", "play video", "home",
        "back to top", "show comments", "hide caption", "toggle caption", "enlarge this image",
        "expand", "view comments", "save", "save article", "gift this article", "follow", "more",
        "loading", "loading...", "next", "previous", "facebook", "twitter", "x", "linkedin",
        "whatsapp", "reddit", "pinterest", "instagram", "youtube", "flipboard", "open in app",
        "newsletters", "sections", "toggle navigation", "main menu", "open menu", "close menu",
        "accessibility", "image", "photo", "video", "audio", "gallery", "view gallery", "caption",
    ]

    static let navigationPrefixes: [String] = [
        "share on ", "share via ", "share to ", "follow us", "subscribe to", "subscribe for",
        "sign up for", "sign up to", "click here", "tap here", "download the", "download our",
        "listen to this", "listen to article", "watch:", "video:", "photos:", "gallery:",
        "advertisement", "skip ad", "skip to", "read the full", "continue reading", "see more",
        "view more", "load more", "show more", "image ", "photo ",
    ]

    static let agencyNames: Set<String> = [
        "associated press", "the associated press", "ap", "reuters", "afp", "agence france-presse",
        "bloomberg", "cnn", "bbc news", "staff", "staff writer", "staff reports", "wire reports",
    ]

    static let timestampPrefixes: [String] = [
        "updated", "published", "posted", "last updated", "modified", "first published", "originally published",
    ]

    static let boilerplatePatterns: [Pattern] = [
        Pattern(#"all rights reserved"#, mustContain: ["all rights reserved"]),
        Pattern(#"this material may not be (published|broadcast|rewritten|redistributed)"#, mustContain: ["this material may not be "]),
        Pattern(#"^(copyright|©|\(c\) \d{4})"#, mustContain: ["copyright", "©", "(c) "]),
        Pattern(#"(we|this (web)?site) uses? cookies|cookie (policy|settings|preferences)|privacy policy|terms of (use|service)"#,
                mustContain: ["cookie", "privacy policy", "terms of "]),
        Pattern(#"(sign up|subscribe) (for|to) (our|the|a) .{0,40}newsletter"#, mustContain: ["newsletter"]),
        Pattern(#"contributed (reporting )?to this (report|story|article)"#, mustContain: ["contributed "]),
        Pattern(#"^(additional )?(reporting|editing|writing|research) by "#, mustContain: [" by "]),
        Pattern(#"^follow .{1,40} on (twitter|x|facebook|instagram|threads|bluesky|linkedin)\b"#, mustContain: ["follow "]),
        Pattern(#"^have a (news )?tip\b"#, mustContain: ["have a "]),
        Pattern(#"^this (story|article) (has been|was) (updated|corrected)\b"#, mustContain: ["updated", "corrected"]),
        Pattern(#"javascript (is )?(disabled|required)|enable javascript|your browser (does not|doesn't) support"#,
                mustContain: ["javascript", "your browser "]),
    ]

    /// "(Name/Agency via AP)", "(AP Photo/Name)", "(Photo: …)", "(Getty Images)" at the end of a line.
    static let creditAtEnd = Pattern(#"\((?i:ap photo|photo|photograph|image|credit|courtesy)\b[^()]*\)\s*$|\([A-Z][\w.'\- ]{0,40}/[^()]{2,60}\)\s*$|\([^()]*(?i:getty images|via ap|via reuters|/ap|/reuters|/afp|shutterstock)\)\s*$"#,
                                     caseInsensitive: false, mustContain: ["("])
    static let creditLabel = Pattern(#"^(photo|photograph|image|credit|picture|caption|pictured)( credit)?\s*[:|]|(getty images|ap photo/[\w .'\-]+|shutterstock|reuters/[\w .'\-]+)\s*$"#,
                                     mustContain: ["photo", "image", "credit", "picture", "caption", "shutterstock", "reuters/"])
    static let bylinePattern = Pattern(#"^(?i:by)\s+[A-Z][\w.'\-]*( [A-Z][\w.'\-]*)*((,| and| &) [A-Z][\w.'\-]*( [A-Z][\w.'\-]*)*)*( ?[,|\-] .*)?$"#,
                                       caseInsensitive: false, mustContain: ["by"])
    static let nameCommaAgency = Pattern(#"^[A-Z][\w.'\-]*( [A-Z][\w.'\-]*){1,3}, (?i:(the )?(associated press|reuters|afp|bloomberg|staff writer))$"#,
                                         caseInsensitive: false, mustContain: ["associated press", "reuters", "afp", "bloomberg", "staff writer"])
    static let datelinePattern = Pattern(#"^[A-Z][A-Z.'\- ]{2,40}(, [A-Z][A-Za-z.'\- ]{1,30})?( \([A-Za-z.& ]{1,25}\))? -{1,2} \S"#,
                                         caseInsensitive: false, mustContain: [" - ", " -- "])
    static let dateOnly = Pattern(#"^((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{4}|\d{4}-\d{2}-\d{2})([ ,]+(at )?\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( [a-z]{2,4})?)?$"#)
}
