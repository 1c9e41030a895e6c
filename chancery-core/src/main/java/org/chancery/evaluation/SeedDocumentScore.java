package org.chancery.evaluation;

import java.util.Objects;

/**
 * Seed-gold scores of one document.
 *
 * @param publicationDate the day passed to the pipeline as publication date (from {@code reference_date}), or null
 */
public record SeedDocumentScore(String docId, String referenceDate, String publicationDate, int goldEvents, int systemEvents,
                                LevelScore country, LevelScore strict, MentionScore mentions) {
    public SeedDocumentScore {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(strict, "strict");
        Objects.requireNonNull(mentions, "mentions");
        if (country.level() != MatchLevel.COUNTRY || strict.level() != MatchLevel.STRICT) {
            throw new IllegalArgumentException(docId + ": scores given at levels " + country.level() + " and " + strict.level());
        }
    }
}
