package org.chancery.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How one rule's events fared against the seed gold: how many it coded and how many of those match a gold event. Read
 * together over the documents, it shows which rules misfire on analysis prose.
 *
 * @param rule    the rule id as the provenance names it (derived readings keep their suffix: "+intent", "+refusal")
 * @param events  system events the rule coded
 * @param matched of those, events that match some gold event
 * @param facts   events of the kinds analytics count (asserted, reported, habitual)
 */
public record RuleScore(String rule, int events, int matched, int facts) {
    public RuleScore {
        Objects.requireNonNull(rule, "rule");
        if (matched > events || facts > events || matched < 0) {
            throw new IllegalArgumentException("rule " + rule + ": " + matched + " matched, " + facts + " facts of " + events);
        }
    }

    public int unmatched() {
        return events - matched;
    }

    /** The two lists summed rule by rule, ordered by rule id. */
    static List<RuleScore> merge(List<RuleScore> a, List<RuleScore> b) {
        List<RuleScore> all = new ArrayList<>(a);
        all.addAll(b);
        return sum(all);
    }

    /** The scores summed rule by rule (one per event, or per document), ordered by rule id. */
    static List<RuleScore> sum(List<RuleScore> scores) {
        Map<String, RuleScore> by = new TreeMap<>();
        for (RuleScore r : scores) {
            by.merge(r.rule(), r, (x, y) -> new RuleScore(x.rule(), x.events() + y.events(), x.matched() + y.matched(),
                    x.facts() + y.facts()));
        }
        return new ArrayList<>(by.values());
    }
}
