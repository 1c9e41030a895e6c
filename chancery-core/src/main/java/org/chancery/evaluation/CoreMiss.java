package org.chancery.evaluation;

import java.util.Objects;
import org.chancery.ontology.PloverType;

/** A core gold event that no system event matched, with the reason and what the system had there. */
public record CoreMiss(String docId, String eventId, PloverType type, MissReason reason, String detail, String description) {
    public CoreMiss {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reason, () -> "reason of miss " + eventId);
        Objects.requireNonNull(detail, "detail");
    }
}
