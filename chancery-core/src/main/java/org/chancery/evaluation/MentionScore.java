package org.chancery.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Actor-mention scores against the gold surface-form occurrences (eval README §2.3).
 *
 * @param occurrences      counted gold occurrences
 * @param foundCountry     occurrences overlapped by a non-locative system mention whose code matches at country level
 * @param foundStrict      the same at the strict level
 * @param excluded         excluded gold occurrences (locative capitals, names inside proper names)
 * @param excludedHits     excluded occurrences overlapped by a non-locative system mention (false positives)
 * @param misses           occurrences not found at the strict level (countryHit tells whether the country level had it)
 * @param excludedHitList  the false positives
 */
public record MentionScore(int occurrences, int foundCountry, int foundStrict, int excluded, int excludedHits,
                           List<MentionMiss> misses, List<MentionMiss> excludedHitList) {
    public MentionScore {
        misses = List.copyOf(misses);
        excludedHitList = List.copyOf(excludedHitList);
        if (foundStrict > foundCountry || foundCountry > occurrences || excludedHits > excluded) {
            throw new IllegalArgumentException("inconsistent mention counts: strict " + foundStrict + ", country " + foundCountry
                    + " of " + occurrences + ", excluded hits " + excludedHits + " of " + excluded);
        }
    }

    public static MentionScore empty() {
        return new MentionScore(0, 0, 0, 0, 0, List.of(), List.of());
    }

    @JsonProperty("countryRecall")
    public Double countryRecall() {
        return Ratio.of(foundCountry, occurrences);
    }

    @JsonProperty("strictRecall")
    public Double strictRecall() {
        return Ratio.of(foundStrict, occurrences);
    }

    public MentionScore plus(MentionScore o) {
        List<MentionMiss> m = new ArrayList<>(misses);
        m.addAll(o.misses);
        List<MentionMiss> x = new ArrayList<>(excludedHitList);
        x.addAll(o.excludedHitList);
        return new MentionScore(occurrences + o.occurrences, foundCountry + o.foundCountry, foundStrict + o.foundStrict,
                excluded + o.excluded, excludedHits + o.excludedHits, m, x);
    }
}
