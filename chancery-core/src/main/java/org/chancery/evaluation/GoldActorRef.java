package org.chancery.evaluation;

import java.util.List;
import java.util.Objects;
import org.chancery.actor.ActorCode;

/** A participant of a gold event: its local id, name, code and alternative codes. */
public record GoldActorRef(String actorId, String name, String code, List<String> altCodes) {
    public GoldActorRef {
        Objects.requireNonNull(code, () -> "gold actor " + actorId + " (" + name + ") has no code");
        altCodes = List.copyOf(altCodes);
    }

    public boolean matches(ActorCode system, MatchLevel level) {
        return level.matches(system, code, altCodes);
    }
}
