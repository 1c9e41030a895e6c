package org.chancery.evaluation;

import java.util.Objects;

/** A gold annotation with the text it annotates (read from the corpus). */
public record SeedGoldCase(GoldDocument gold, String text, String goldFile) {
    public SeedGoldCase {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(text, () -> "text of " + gold.id());
    }
}
