import TextProcessing

extension ComparisonReport {
    /// The comparison as JSON (schema in docs/compare.md; keys only ever added, never renamed):
    ///
    /// `{"outlets":[{"name","stance","title","words","sentences":[{"text","fact","unique","loaded"}],
    /// "omitted","profile"}],"facts":[{"id","outlets","sentences","wording","confidence",
    /// "differences"}],"consensus":[{"text","fact","outlets"}],"coverage":{…},"threshold"}`;
    /// each sentence also carries `"framing"` (score or null) and `"framed"`, and with
    /// `framingFeatures` the feature values as `"framing_features":{name: value}` (for calibration).
    public static func json(_ r: StoryComparison, framingFeatures: Bool = false) -> JSONValue {
        func opt(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
        let outlets: [JSONValue] = r.outlets.map { o in
            .object([
                ("name", .string(o.name)), ("stance", opt(o.stance)), ("title", opt(o.title)),
                ("words", .int(o.profile.words)),
                ("sentences", .array(o.sentences.map { s in
                    var fields: [(String, JSONValue)] = [
                        ("text", .string(s.text)), ("fact", s.fact.map(JSONValue.int) ?? .null),
                        ("unique", .bool(s.unique)), ("loaded", .array(s.loaded.map(JSONValue.string))),
                        ("framing", s.framing.map(JSONValue.number) ?? .null), ("framed", .bool(s.framed))]
                    if framingFeatures && !s.framingFeatures.isEmpty {
                        fields.append(("framing_features", .object(zip(FramingModel.featureNames, s.framingFeatures).map { ($0, .number($1)) })))
                    }
                    return .object(fields)
                })),
                ("omitted", .array(o.omitted.map(JSONValue.int))),
                ("profile", profile(o.profile)),
            ])
        }
        let facts: [JSONValue] = r.facts.map { f in
            .object([
                ("id", .int(f.id)),
                ("outlets", .array(outletNames(r, f).map(JSONValue.string))),
                ("sentences", .array(f.members.map { .object([("outlet", .string(r.outlets[$0.outlet].name)), ("index", .int($0.sentence))]) })),
                ("wording", .object([("outlet", .string(r.outlets[f.wording.outlet].name)), ("index", .int(f.wording.sentence))])),
                ("confidence", .number(f.confidence)),
                ("differences", .array(f.differences.flatMap { d in
                    d.diff.edits.map { e in
                        .object([("outlet", .string(r.outlets[d.outlet].name)), ("kind", .string(e.kind.rawValue)),
                                 ("from", .string(e.from)), ("to", .string(e.to)), ("tags", .array(e.tags.map(JSONValue.string)))])
                    }
                })),
            ])
        }
        let cov = r.coverageSummary
        return .object([
            ("outlets", .array(outlets)),
            ("facts", .array(facts)),
            ("consensus", .array(r.consensus.map { c in
                .object([("text", .string(c.text)), ("fact", c.fact.map(JSONValue.int) ?? .null),
                         ("outlets", .array(c.outlets.map(JSONValue.string)))])
            })),
            ("coverage", .object([
                ("all", .int(cov.all)), ("several", .int(cov.several)),
                ("unique", .object(zip(r.outlets, cov.unique).map { ($0.name, .int($1)) })),
            ])),
            ("threshold", .number(r.threshold)),
        ])
    }

    static func profile(_ p: FramingProfile) -> JSONValue {
        func cat(_ c: FramingProfile.Category) -> JSONValue {
            .object([("count", .int(c.count)), ("per_100_words", .number(c.per100Words)),
                     ("triggers", .array(c.triggers.map { .object([("term", .string($0.term)), ("count", .int($0.count))]) }))])
        }
        return .object([
            ("words", .int(p.words)),
            ("neutral_attribution", cat(p.neutralAttribution)), ("loaded_attribution", cat(p.loadedAttribution)),
            ("hedges", cat(p.hedges)), ("assertives", cat(p.assertives)), ("factives", cat(p.factives)),
            ("intensifiers", cat(p.intensifiers)), ("loaded", cat(p.loaded)),
            ("valence", p.valence.map(JSONValue.number) ?? .null), ("arousal", p.arousal.map(JSONValue.number) ?? .null),
            ("sentiment_words", .int(p.sentimentWords)),
            ("quotation_share", .number(p.quotationShare)),
            ("speakers", .array(p.speakers.map { .object([("name", .string($0.name)), ("statements", .int($0.statements)), ("direct", .int($0.direct))]) })),
            ("entities", .array(p.entities.map {
                .object([("name", .string($0.name)), ("count", .int($0.count)),
                         ("first_sentence", $0.firstSentence.map(JSONValue.int) ?? .null), ("in_headline", .bool($0.inHeadline))])
            })),
        ])
    }
}
