package org.chancery.evaluation;

import org.chancery.ontology.PloverType;

/** An unmatched ASSERTED system event whose trigger lies inside a gold non-event phrase. */
public record NonEventHit(String docId, String nonEvent, String nonEventReason, String systemEventId,
                          PloverType systemType, String trigger) {
}
