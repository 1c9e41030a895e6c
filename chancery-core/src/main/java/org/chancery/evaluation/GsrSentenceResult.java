package org.chancery.evaluation;

import java.util.List;
import java.util.Objects;
import org.chancery.ontology.PloverType;

/**
 * One PLOVER gold sentence, scored.
 *
 * @param goldEvent     the type as written in the gold ({@code DEMAND}, ...)
 * @param goldType      the type after mapping to PLOVER 2021
 * @param goldSources   gold source codes as compared (country part, after aliasing)
 * @param goldTargets   gold target codes as compared; empty means any target
 * @param system        the system events, as {@code TYPE [SRC] -> [TGT]}
 * @param typeFound     some system event has the gold type
 * @param firstTypeCorrect the first system event (in the order the pipeline returned them) has the gold type
 * @param typeAndActors some system event has the gold type, a matching source and a matching target (country level)
 */
public record GsrSentenceResult(String id, String goldEvent, PloverType goldType, List<String> goldSources,
                                List<String> goldTargets, List<String> system, boolean typeFound,
                                boolean firstTypeCorrect, boolean typeAndActors) {
    public GsrSentenceResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(goldType, () -> id + ": goldType");
        goldSources = List.copyOf(goldSources);
        goldTargets = List.copyOf(goldTargets);
        system = List.copyOf(system);
        if (typeAndActors && !typeFound || firstTypeCorrect && !typeFound) {
            throw new IllegalArgumentException(id + ": a correct type+actors or first type implies the type was found");
        }
    }

    public boolean noOutput() {
        return system.isEmpty();
    }
}
