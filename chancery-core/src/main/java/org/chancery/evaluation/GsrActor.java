package org.chancery.evaluation;

import java.util.Objects;

/** An actor of a PLOVER gold sentence: its text, its (CAMEO-style) country or generic code, and its sector or null. */
public record GsrActor(String text, String code, String sector) {
    public GsrActor {
        Objects.requireNonNull(code, () -> "gold actor '" + text + "' has no code");
    }
}
