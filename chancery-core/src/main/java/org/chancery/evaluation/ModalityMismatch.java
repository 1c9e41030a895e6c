package org.chancery.evaluation;

import java.util.List;

/**
 * A found gold event whose matching system events all contradict its factuality: the gold is
 * negated and no match is NEGATED; the gold is hypothetical and no match is HYPOTHETICAL or
 * RECOMMENDED; or the gold happened and every match is NEGATED, HYPOTHETICAL or RECOMMENDED.
 */
public record ModalityMismatch(String docId, String eventId, String goldModality, boolean goldNegated,
                               boolean goldHypothetical, List<String> systemModalities) {
    public ModalityMismatch {
        systemModalities = List.copyOf(systemModalities);
    }
}
