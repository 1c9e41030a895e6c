package org.chancery.ontology;

import java.util.Objects;

/**
 * What {@code plover.tsv} says about one PLOVER type.
 *
 * @param type              the type
 * @param requiresRecipient true when PLOVER requires a recipient (target) for events of this type
 * @param score             PLOVER cooperation-conflict score of the type without a mode, -10..+10
 */
public record PloverTypeInfo(PloverType type, boolean requiresRecipient, double score) {
    public PloverTypeInfo {
        Objects.requireNonNull(type, "type");
        if (score < -10 || score > 10) {
            throw new IllegalArgumentException("PLOVER " + type + ": score " + score + " is outside -10..10");
        }
    }
}
