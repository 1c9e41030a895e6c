package org.chancery.actor;

import java.util.List;
import org.chancery.model.AnnotatedDocument;

/**
 * Finds and codes actor mentions in an annotated document.
 *
 * <p>Consumes sentences with tokens (and dependencies where parsed); produces mentions ordered by
 * sentence and start offset, never overlapping within one sentence. Persons are coded by the office
 * held at the document's publication date (or the date of the sentence's own time expression when
 * one governs it). Implementations are thread-safe and immutable once built.
 */
public interface ActorResolver {
    List<ActorMention> resolve(AnnotatedDocument document);

    /** Stable hash of the dictionaries behind this resolver ({@code sha256:…}), for provenance. */
    String dictionaryHash();
}
