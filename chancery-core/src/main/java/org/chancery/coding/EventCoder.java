package org.chancery.coding;

import java.util.List;
import org.chancery.actor.ActorMention;
import org.chancery.model.AnnotatedDocument;

/**
 * Codes events from an annotated document and its actor mentions.
 *
 * <p>Consumes parsed sentences (unparsed ones are skipped) and the resolver's mentions; produces
 * events ordered by sentence and trigger offset, at most one per trigger token and type. Thread-safe.
 */
public interface EventCoder {
    List<CodedEvent> code(AnnotatedDocument document, List<ActorMention> mentions);

    /** One line for the pipeline banner ("rules 0.3.0, 412 rules, sha256:…"). */
    String describe();
}
