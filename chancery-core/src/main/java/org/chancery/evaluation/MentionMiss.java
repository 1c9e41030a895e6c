package org.chancery.evaluation;

import java.util.List;

/**
 * A gold actor occurrence the system did not get right at the strict level (or, for an excluded
 * occurrence, one where the system reported a non-locative actor mention).
 *
 * @param systemCodes codes of the system's non-locative mentions overlapping the occurrence
 */
public record MentionMiss(String docId, String actorId, String form, int start, int end, String goldCode,
                          List<String> systemCodes, boolean countryHit, boolean strictHit, String excludedReason) {
    public MentionMiss {
        systemCodes = List.copyOf(systemCodes);
    }
}
