package org.chancery.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Scores on the synthetic stories.
 *
 * @param limitPerLabel the first N stories per label that were scored, or null for all
 * @param perType       one row per label present, in PLOVER type order
 */
public record SyntheticReport(int stories, int found, Integer limitPerLabel, List<StoryTypeRow> perType,
                              List<StoryMiss> misses, List<String> notes) {
    public SyntheticReport {
        perType = List.copyOf(perType);
        misses = List.copyOf(misses);
        notes = List.copyOf(notes);
        int n = perType.stream().mapToInt(StoryTypeRow::stories).sum();
        int f = perType.stream().mapToInt(StoryTypeRow::found).sum();
        if (n != stories || f != found || misses.size() != stories - found) {
            throw new IllegalArgumentException("synthetic totals " + found + "/" + stories + " with " + misses.size()
                    + " misses disagree with the rows' " + f + "/" + n);
        }
    }

    /** Stories found over all stories scored. */
    @JsonProperty("microRecall")
    public Double microRecall() {
        return Ratio.of(found, stories);
    }

    /** The mean of the per-label recalls. */
    @JsonProperty("macroRecall")
    public Double macroRecall() {
        if (perType.isEmpty()) {
            return null;
        }
        return perType.stream().mapToDouble(r -> (double) r.found() / r.stories()).average().orElseThrow();
    }

    /** The lowest per-label recall (the goal is ≥ 0.70 for every type). */
    @JsonProperty("minRecall")
    public Double minRecall() {
        return perType.stream().map(StoryTypeRow::recall).min(Double::compare).orElse(null);
    }
}
