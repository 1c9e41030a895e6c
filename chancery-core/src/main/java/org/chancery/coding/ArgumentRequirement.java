package org.chancery.coding;

import java.util.Objects;
import java.util.Set;

/**
 * A word the trigger needs beside it over one dependency relation, e.g. "lift" needs an object in
 * {embargo, sanction, ban}; "place" needs {@code obl:on} in {list}. The matched word becomes part of the
 * trigger and cannot trigger an event of its own.
 *
 * @param relation relation spec (see {@link SentenceGraph#matches}); {@code obj} also matches a passive subject
 * @param lemmas   accepted lemmas (lower case); {@code *} accepts any word
 */
public record ArgumentRequirement(String relation, Set<String> lemmas) {
    public ArgumentRequirement {
        Objects.requireNonNull(relation, "relation");
        lemmas = Set.copyOf(lemmas);
        if (lemmas.isEmpty()) {
            throw new IllegalArgumentException("requirement over '" + relation + "' lists no lemma");
        }
    }
}
