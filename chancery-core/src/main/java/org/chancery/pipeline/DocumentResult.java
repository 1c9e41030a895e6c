package org.chancery.pipeline;

import java.util.List;
import java.util.Objects;
import org.chancery.actor.ActorMention;
import org.chancery.model.AnnotatedDocument;

/** Everything the pipeline produced for one document: stored in one transaction. */
public record DocumentResult(AnnotatedDocument annotated, List<ActorMention> mentions, List<EventRecord> events) {
    public DocumentResult {
        Objects.requireNonNull(annotated, "annotated");
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
    }
}
