package org.chancery.temporal;

import org.chancery.coding.CodedEvent;
import org.chancery.model.AnnotatedDocument;

/**
 * Dates an event: the time expression that governs the trigger's clause, else a fallback by tense
 * around the publication date; never a made-up day. Thread-safe.
 */
public interface TemporalResolver {
    EventDate resolve(AnnotatedDocument document, CodedEvent event);
}
