package org.chancery.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.chancery.ontology.PloverType;

/**
 * One PLOVER gold sentence.
 *
 * @param event  the type as written ({@code DEMAND}, {@code FIGHT}...)
 * @param type   mapped to the 2021 types by {@link PloverType#parse}
 * @param date   the gold {@code date}, or null
 * @param target empty when the gold gives no target ({@code ""}, missing or {@code []}): any target is accepted
 */
public record GsrSentence(String id, String event, PloverType type, LocalDate date, String text,
                          List<GsrActor> source, List<GsrActor> target) {
    public GsrSentence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, () -> id + ": type");
        Objects.requireNonNull(text, () -> id + ": text");
        source = List.copyOf(source);
        target = List.copyOf(target);
    }
}
