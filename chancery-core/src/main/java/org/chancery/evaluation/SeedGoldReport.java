package org.chancery.evaluation;

import java.util.List;

/** Seed-gold scores per document and summed (micro-averaged) over all documents. */
public record SeedGoldReport(List<SeedDocumentScore> documents, LevelScore country, LevelScore strict,
                             MentionScore mentions, List<String> notes) {
    public SeedGoldReport {
        documents = List.copyOf(documents);
        notes = List.copyOf(notes);
    }

    /** Sums the documents' scores. */
    public static SeedGoldReport of(List<SeedDocumentScore> documents, List<String> notes) {
        LevelScore c = LevelScore.empty(MatchLevel.COUNTRY);
        LevelScore s = LevelScore.empty(MatchLevel.STRICT);
        MentionScore m = MentionScore.empty();
        for (SeedDocumentScore d : documents) {
            c = c.plus(d.country());
            s = s.plus(d.strict());
            m = m.plus(d.mentions());
        }
        return new SeedGoldReport(documents, c, s, m, notes);
    }

    public LevelScore at(MatchLevel level) {
        return level == MatchLevel.COUNTRY ? country : strict;
    }
}
