package org.chancery.evaluation;

import java.util.Objects;
import org.chancery.model.Span;

/** A phrase that must not be extracted as an event ({@code document.non_events}). */
public record GoldNonEvent(String reason, String text, Span evidence) {
    public GoldNonEvent {
        Objects.requireNonNull(evidence, () -> "non-event '" + text + "' has no evidence span");
    }
}
