package org.chancery.evaluation;

import java.util.List;
import java.util.Objects;
import org.chancery.model.Span;

/**
 * One occurrence of a gold actor's surface form (eval README §2.3).
 *
 * @param excludedReason null for a counted mention; the gold's reason for an excluded occurrence
 *                       (e.g. "locative: ..."), which a system should not report as an actor mention
 */
public record GoldMention(String actorId, String code, List<String> altCodes, String form, Span span, String excludedReason) {
    public GoldMention {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(form, () -> "form of a mention of " + actorId);
        Objects.requireNonNull(span, () -> "span of '" + form + "'");
        altCodes = List.copyOf(altCodes);
    }

    public boolean excluded() {
        return excludedReason != null;
    }
}
