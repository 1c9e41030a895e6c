package org.chancery.evaluation;

import java.util.List;
import java.util.Objects;
import org.chancery.model.Span;
import org.chancery.ontology.PloverType;

/**
 * One hand-annotated event of a seed article. Spans are already converted from the gold's code-point
 * offsets to Java {@code String} indices.
 *
 * @param acceptedTypes the gold type first, then the {@code acceptable_alternatives}' PLOVER types
 * @param date          the gold date interval, or null when the gold gives no date value
 * @param evidence      the evidence sentence span, or null when the gold gives no offsets
 * @param evidenceText  the evidence text (used by the text rule when offsets are missing)
 * @param trigger       the trigger span, or null
 * @param modality      the gold modality word (asserted, reported, ...), or null
 */
public record GoldEvent(String eventId, GoldTier tier, String description,
                        List<GoldActorRef> source, List<GoldActorRef> target, boolean symmetric,
                        PloverType type, List<PloverType> acceptedTypes, EdtfInterval date,
                        Span evidence, String evidenceText, Span trigger,
                        String modality, boolean negated, boolean hypothetical) {
    public GoldEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(tier, () -> "event " + eventId + ": tier");
        source = List.copyOf(source);
        target = List.copyOf(target);
        Objects.requireNonNull(type, () -> "event " + eventId + ": plover_type");
        acceptedTypes = List.copyOf(acceptedTypes);
        if (acceptedTypes.isEmpty() || acceptedTypes.get(0) != type) {
            throw new IllegalArgumentException("event " + eventId + ": accepted types " + acceptedTypes + " must start with the gold type " + type);
        }
        if (evidence == null && (evidenceText == null || evidenceText.isBlank())) {
            throw new IllegalArgumentException("event " + eventId + " has neither evidence offsets nor evidence text");
        }
    }

    public boolean isCore() {
        return tier == GoldTier.CORE;
    }

    public boolean accepts(PloverType systemType) {
        return acceptedTypes.contains(systemType);
    }
}
