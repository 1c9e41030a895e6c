package org.chancery.actor;

import java.util.List;
import java.util.Objects;

/**
 * One way an entry is written.
 *
 * @param surface   the form as written in the dictionary ("U.S.", "Lashkar-e-Taiba", "Sino-")
 * @param pieces    the form split at spaces and hyphens, as written (for case checks)
 * @param keys      the pieces normalised by {@link Surface#key(String)}
 * @param kind      role of the form
 * @param entry     the entry it names
 * @param preferred true when this entry wins if another entry shares the form
 * @param file      file it was read from
 * @param line      1-based line
 */
public record SurfaceForm(String surface, List<String> pieces, List<String> keys, FormKind kind, ActorEntry entry,
                          boolean preferred, String file, int line) {
    public SurfaceForm {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entry, "entry");
        pieces = List.copyOf(pieces);
        keys = List.copyOf(keys);
        if (pieces.isEmpty() || pieces.size() != keys.size()) {
            throw new IllegalArgumentException("form '" + surface + "' has no usable pieces");
        }
    }

    public String joinedKey() {
        return String.join(" ", keys);
    }
}
