package org.chancery.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A seed-gold file as the evaluator needs it.
 *
 * @param id                 the text file name without extension (the pipeline's default document id)
 * @param path               the text file path relative to the corpus root ({@code seeds/000_....txt})
 * @param sha256             hash of the text file's bytes as annotated, or null
 * @param referenceDateValue {@code document.reference_date} as written ({@code 2017-09})
 * @param referenceDate      the day given to the pipeline as publication date: the date itself, or the
 *                           last day of a month or year value
 */
public record GoldDocument(String id, String path, String sha256, String referenceDateValue, LocalDate referenceDate,
                           List<GoldEvent> events, List<GoldNonEvent> nonEvents, List<GoldMention> mentions) {
    public GoldDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, () -> "gold document " + id + ": path");
        events = List.copyOf(events);
        nonEvents = List.copyOf(nonEvents);
        mentions = List.copyOf(mentions);
    }

    public long coreCount() {
        return events.stream().filter(GoldEvent::isCore).count();
    }
}
