package org.chancery.evaluation;

import java.util.Objects;
import org.chancery.ontology.PloverType;

/** One labelled synthetic story ({@code id,label,mode,title,text}). */
public record SyntheticStory(String id, PloverType label, String mode, String title, String text, int line) {
    public SyntheticStory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, () -> id + ": label");
        Objects.requireNonNull(text, () -> id + ": text");
    }
}
