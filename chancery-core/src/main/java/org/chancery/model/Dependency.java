package org.chancery.model;

import java.util.Objects;

/**
 * A Universal Dependencies edge between two tokens of one sentence.
 *
 * @param governor  index of the head token, or {@code -1} for the root edge
 * @param dependent index of the dependent token
 * @param relation  UD relation, with subtype where the parser gives one ({@code nsubj}, {@code obl:to}, {@code nmod:poss}, {@code conj:and}...)
 */
public record Dependency(int governor, int dependent, String relation) {
    public static final int ROOT = -1;

    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (governor < ROOT || dependent < 0) {
            throw new IllegalArgumentException("bad dependency " + relation + "(" + governor + ", " + dependent + ")");
        }
    }

    /** The relation without its subtype: {@code obl:to} becomes {@code obl}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
