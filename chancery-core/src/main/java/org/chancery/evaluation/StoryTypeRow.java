package org.chancery.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.chancery.ontology.PloverType;

/** Synthetic stories of one label: how many were scored and in how many an event of the label was coded. */
public record StoryTypeRow(PloverType type, int stories, int found) {
    public StoryTypeRow {
        if (found < 0 || found > stories) {
            throw new IllegalArgumentException(type + ": found " + found + " of " + stories + " stories");
        }
    }

    @JsonProperty("recall")
    public Double recall() {
        return Ratio.of(found, stories);
    }
}
