package org.chancery.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Seed-gold scores at one actor-matching level, for one document or summed over documents.
 *
 * @param coreEvents     gold events with tier core
 * @param coreFound      of those, found
 * @param goldEvents     all gold events
 * @param goldFound      of those, found
 * @param systemEvents   all system events
 * @param systemMatched  system events that match at least one gold event
 * @param factEvents     system events of the kinds analytics count (asserted, reported, habitual)
 * @param factMatched    of those, events that match at least one gold event
 * @param datedFound     found gold events that have a gold date
 * @param dateCorrect    of those, found by a matching system event whose date overlaps the gold interval
 * @param nonEvents      gold non-events
 * @param nonEventHits   gold non-events on which an unmatched ASSERTED system event sits
 * @param rules          per rule: its events and how many match, ordered by rule id
 */
public record LevelScore(MatchLevel level, int coreEvents, int coreFound, int goldEvents, int goldFound,
                         int systemEvents, int systemMatched, int factEvents, int factMatched, int datedFound, int dateCorrect,
                         int nonEvents, int nonEventHits,
                         List<CoreMiss> coreMisses, List<NonEventHit> nonEventHitList,
                         List<ModalityMismatch> modalityMismatches, List<RuleScore> rules) {
    public LevelScore {
        Objects.requireNonNull(level, "level");
        coreMisses = List.copyOf(coreMisses);
        nonEventHitList = List.copyOf(nonEventHitList);
        modalityMismatches = List.copyOf(modalityMismatches);
        rules = List.copyOf(rules);
        if (coreFound > coreEvents || goldFound > goldEvents || systemMatched > systemEvents
                || factMatched > factEvents || factEvents > systemEvents || factMatched > systemMatched
                || dateCorrect > datedFound || nonEventHits > nonEvents || coreEvents > goldEvents) {
            throw new IllegalArgumentException("inconsistent counts: core " + coreFound + "/" + coreEvents + ", all " + goldFound + "/" + goldEvents
                    + ", system " + systemMatched + "/" + systemEvents + ", facts " + factMatched + "/" + factEvents
                    + ", dates " + dateCorrect + "/" + datedFound
                    + ", non-events " + nonEventHits + "/" + nonEvents);
        }
        if (coreMisses.size() != coreEvents - coreFound) {
            throw new IllegalArgumentException(coreMisses.size() + " core misses listed for " + (coreEvents - coreFound) + " missed core events");
        }
    }

    public static LevelScore empty(MatchLevel level) {
        return new LevelScore(level, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of(), List.of());
    }

    @JsonProperty("coreRecall")
    public Double coreRecall() {
        return Ratio.of(coreFound, coreEvents);
    }

    @JsonProperty("allRecall")
    public Double allRecall() {
        return Ratio.of(goldFound, goldEvents);
    }

    @JsonProperty("precision")
    public Double precision() {
        return Ratio.of(systemMatched, systemEvents);
    }

    /**
     * Precision over the events analytics count by default (asserted, reported, habitual): the gold annotates only
     * events the text presents as having happened, while the export also keeps negated, hypothetical, recommended and
     * planned ones, marked as such. A secondary figure; {@link #precision()} is the one the eval README defines.
     */
    @JsonProperty("factPrecision")
    public Double factPrecision() {
        return Ratio.of(factMatched, factEvents);
    }

    @JsonProperty("dateAccuracy")
    public Double dateAccuracy() {
        return Ratio.of(dateCorrect, datedFound);
    }

    /** Sums counts and concatenates lists; both must be at the same level. */
    public LevelScore plus(LevelScore o) {
        if (o.level != level) {
            throw new IllegalArgumentException("cannot add a " + o.level + " score to a " + level + " score");
        }
        List<CoreMiss> misses = new ArrayList<>(coreMisses);
        misses.addAll(o.coreMisses);
        List<NonEventHit> hits = new ArrayList<>(nonEventHitList);
        hits.addAll(o.nonEventHitList);
        List<ModalityMismatch> mm = new ArrayList<>(modalityMismatches);
        mm.addAll(o.modalityMismatches);
        return new LevelScore(level, coreEvents + o.coreEvents, coreFound + o.coreFound, goldEvents + o.goldEvents,
                goldFound + o.goldFound, systemEvents + o.systemEvents, systemMatched + o.systemMatched,
                factEvents + o.factEvents, factMatched + o.factMatched,
                datedFound + o.datedFound, dateCorrect + o.dateCorrect, nonEvents + o.nonEvents,
                nonEventHits + o.nonEventHits, misses, hits, mm, RuleScore.merge(rules, o.rules));
    }
}
