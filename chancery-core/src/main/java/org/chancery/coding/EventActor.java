package org.chancery.coding;

import java.util.Objects;
import org.chancery.actor.ActorCode;
import org.chancery.actor.ActorMention;
import org.chancery.actor.ResolutionBasis;

/** One participant (source or target) of an event, with the mention it came from. */
public record EventActor(ActorCode code, String name, String text, int start, int end,
                         ResolutionBasis basis, String entry) {
    public EventActor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(entry, "entry");
    }

    public static EventActor of(ActorMention m) {
        return new EventActor(m.code(), m.name(), m.text(), m.start(), m.end(), m.basis(), m.entry());
    }
}
