/// Which elements are page furniture rather than article: by tag, by `class`/`id` words, and by
/// visibility. These are the "unlikely candidates" of Arc90 Readability (2010) and the
/// tag/class rules of trafilatura (Barbaresi 2021), rewritten as word lists over the
/// tokenised `class` and `id` instead of regular expressions, so that `ad` matches the word
/// `ad` in `ad-slot` but not the letters in `header` or `download`.
enum _BoilerplateHints {
    /// Elements removed with everything inside them, wherever they occur.
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "nav", "aside", "footer", "iframe", "svg",
        "button", "select", "input", "textarea", "label", "object", "embed", "canvas", "video",
        "audio", "map", "head", "link", "meta", "dialog", "menu", "figcaption", "math", "picture",
    ]

    /// Elements removed unless they hold a substantial share of the page's text:
    /// `header` (title, byline, share bar) and `form` (some sites wrap the whole page in one).
    static let conditionallyDroppedTags: Set<String> = ["header", "form"]

    /// Never removed on account of their `class` or `id`: the page's skeleton, and the parts
    /// of a table (whose row classes name the data, as in `player-2020-580`).
    static let protectedTags: Set<String> = [
        "html", "body", "article", "main", "#document", "tbody", "thead", "tfoot", "tr", "td", "th",
    ]

    /// Whole words (after splitting `class`/`id` on spaces, `-`, `_`) that mark furniture.
    static let negativeWords: Set<String> = [
        "ad", "ads", "adv", "advert", "advertisement", "advertising", "adslot", "adunit", "dfp",
        "banner", "sponsor", "sponsored", "promo", "promos", "promotion", "nav", "navbar",
        "navigation", "menu", "breadcrumb", "breadcrumbs", "footer", "masthead", "sidebar",
        "widget", "widgets", "share", "sharing", "shares", "social", "sociallinks", "related",
        "recommended", "recommendations", "newsletter", "subscribe", "subscription", "signup",
        "comment", "comments", "disqus", "popular", "trending", "caption", "credit", "credits",
        "byline", "cookie", "cookies", "gdpr", "modal", "popup", "outbrain", "taboola", "tags",
        "tag", "toolbar", "pagination", "pager", "rss", "login", "skip", "sronly",
        "jump", "follow", "author", "bio", "timestamp", "meta", "more",
        "carousel", "slider", "gallery", "video", "player", "embed", "tooltip",
        "overlay", "visuallyhidden", "screenreader", "newsletters", "topics",
    ]

    /// Substrings of the lower-cased `class`/`id` that mark furniture even inside compounds
    /// (`commentlist`, `socialshare`, `relatedarticles`).
    static let negativeFragments: [String] = [
        "comment", "disqus", "share", "social", "related", "recommend", "newsletter", "subscri",
        "sidebar", "breadcrumb", "outbrain", "taboola", "cookie", "promo", "advert", "sponsor",
        "popular", "trending", "readmore", "morestories", "mostread", "sr-only", "visually-hidden",
        "screen-reader", "signup", "byline", "caption",
    ]

    /// Words that mark the article body itself; an element carrying one is never removed by
    /// a negative word.
    static let positiveFragments: [String] = [
        "articlebody", "article-body", "article_body", "article__body", "articletext",
        "article-text", "article-content", "articlecontent", "story-body", "storybody",
        "story-content", "entry-content", "post-content", "postcontent", "post-body", "postbody",
        "main-content", "body-text", "bodytext", "content-body", "article__content",
        "story__body", "entry-body", "single-content", "td-post-content",
    ]

    /// Words of a lower-cased `class`/`id` string: split on anything that is not a letter or digit.
    static func words(_ classAndID: String) -> [Substring] {
        classAndID.split { !($0.isLetter || $0.isNumber) }
    }

    /// Whether the element's `class`/`id` names it as furniture (and not as the body).
    static func looksLikeBoilerplate(_ node: _HTMLNode) -> Bool {
        let hint = node.classAndID
        guard hint.count > 1 else { return false }
        if isPositive(node) { return false }
        // An embedded post (`social-embed` around a `blockquote.twitter-tweet`) is quoted in the story.
        if node.name == "blockquote" || !node.descendants(where: { $0.name == "blockquote" }).isEmpty { return false }
        if words(hint).contains(where: { negativeWords.contains(String($0)) }) { return true }
        return negativeFragments.contains { hint.contains($0) }
    }

    /// Whether the element carries an article-body marker (class/id or `itemprop=articleBody`).
    static func isPositive(_ node: _HTMLNode) -> Bool {
        if let itemprop = node.attribute("itemprop")?.lowercased(),
           itemprop.contains("articlebody") || itemprop == "text" {
            return true
        }
        let hint = node.classAndID
        return positiveFragments.contains { hint.contains($0) }
    }

    /// Whether the element is hidden from readers: `hidden`, `aria-hidden="true"`, or an
    /// inline `display:none` / `visibility:hidden`.
    static func isHidden(_ node: _HTMLNode) -> Bool {
        if node.attribute("hidden") != nil { return true }
        if node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let style = node.attribute("style")?.lowercased().filter({ !$0.isWhitespace }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        if let role = node.attribute("role")?.lowercased(),
           ["navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alert"].contains(role) {
            return true
        }
        return false
    }
}
