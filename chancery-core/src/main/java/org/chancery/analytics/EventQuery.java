package org.chancery.analytics;

import java.time.LocalDate;
import java.util.Set;
import org.chancery.actor.ActorCode;
import org.chancery.coding.Modality;
import org.chancery.ontology.PloverType;

/**
 * Filters over stored events. Null fields do not filter. An actor code of three letters matches
 * every code of that country ({@code PAK} matches {@code PAKGOV}, {@code PAKMIL}); a longer code
 * matches exactly.
 *
 * @param docId      only events of this document
 * @param actor      events with this actor as source or target
 * @param dyadA      with {@code dyadB}: events between the two, in either direction unless {@code directed}
 * @param dyadB      see {@code dyadA}
 * @param directed   when true, dyadA must be a source and dyadB a target
 * @param types      PLOVER types to keep; empty keeps all
 * @param from       events whose date interval ends on or after this day
 * @param to         events whose date interval starts on or before this day
 * @param modalities modalities to keep; empty keeps all
 * @param text       case-insensitive text to find in the evidence sentence
 * @param limit      page size (1..10000)
 * @param offset     rows to skip
 */
public record EventQuery(String docId, ActorCode actor, ActorCode dyadA, ActorCode dyadB, boolean directed,
                         Set<PloverType> types, LocalDate from, LocalDate to, Set<Modality> modalities,
                         String text, int limit, int offset) {
    public EventQuery {
        types = types == null ? Set.of() : Set.copyOf(types);
        modalities = modalities == null ? Set.of() : Set.copyOf(modalities);
        if ((dyadA == null) != (dyadB == null)) {
            throw new IllegalArgumentException("a dyad needs both actors, got " + dyadA + ":" + dyadB);
        }
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be 1..10000, got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, false, Set.of(), null, null, Set.of(), null, 10_000, 0);
    }
}
