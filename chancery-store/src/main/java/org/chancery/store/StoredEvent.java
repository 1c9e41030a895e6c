package org.chancery.store;

import java.util.Objects;
import org.chancery.model.Sentence;
import org.chancery.pipeline.EventRecord;

/**
 * An event read back from the store with its evidence sentence (index, offsets and text; no tokens).
 */
public record StoredEvent(EventRecord record, Sentence sentence) {
    public StoredEvent {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(sentence, "sentence");
        if (sentence.index() != record.event().sentenceIndex()) {
            throw new IllegalArgumentException("event " + record.eventId() + " is in sentence " + record.event().sentenceIndex()
                    + ", not " + sentence.index());
        }
    }
}
