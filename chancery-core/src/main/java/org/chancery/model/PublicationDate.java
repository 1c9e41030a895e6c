package org.chancery.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The publication date of a document, with how it was found.
 *
 * @param date     the date, or {@code null} when {@code basis == UNKNOWN}
 * @param basis    how the date was established
 * @param evidence the text or field it came from (e.g. {@code "Mar 8, 2018"} or {@code "front matter: published"}), may be null
 * @param suspect  true when the date looks like a crawl or display date (later than every dated fact in the text)
 */
public record PublicationDate(LocalDate date, PublicationDateBasis basis, String evidence, boolean suspect) {
    public PublicationDate {
        Objects.requireNonNull(basis, "basis");
        if ((date == null) != (basis == PublicationDateBasis.UNKNOWN)) {
            throw new IllegalArgumentException("publication date must be null exactly when basis is UNKNOWN, got date=" + date + " basis=" + basis);
        }
    }

    public static PublicationDate unknown() {
        return new PublicationDate(null, PublicationDateBasis.UNKNOWN, null, false);
    }

    public static PublicationDate of(LocalDate date, PublicationDateBasis basis, String evidence) {
        return new PublicationDate(date, basis, evidence, false);
    }

    public boolean isKnown() {
        return date != null;
    }
}
