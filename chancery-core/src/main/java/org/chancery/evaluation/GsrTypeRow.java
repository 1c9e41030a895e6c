package org.chancery.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.chancery.ontology.PloverType;

/** PLOVER gold sentences of one (mapped) type: how many, and how many were right in each sense. */
public record GsrTypeRow(PloverType type, int sentences, int typeFound, int firstTypeCorrect, int typeAndActors, int noOutput) {
    public GsrTypeRow {
        if (typeFound > sentences || firstTypeCorrect > typeFound || typeAndActors > typeFound || noOutput > sentences) {
            throw new IllegalArgumentException(type + ": inconsistent counts " + typeFound + "/" + firstTypeCorrect + "/" + typeAndActors
                    + "/" + noOutput + " of " + sentences);
        }
    }

    @JsonProperty("typeAccuracy")
    public Double typeAccuracy() {
        return Ratio.of(typeFound, sentences);
    }

    @JsonProperty("typeActorsAccuracy")
    public Double typeActorsAccuracy() {
        return Ratio.of(typeAndActors, sentences);
    }
}
