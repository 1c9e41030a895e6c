package org.chancery.evaluation;

import java.util.List;
import org.chancery.ontology.PloverType;

/** A synthetic story in which no event of its label was coded, with the types that were. */
public record StoryMiss(String id, PloverType label, String mode, List<PloverType> systemTypes) {
    public StoryMiss {
        systemTypes = List.copyOf(systemTypes);
    }
}
