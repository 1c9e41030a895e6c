package org.chancery.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chancery.actor.ActorMention;
import org.chancery.analytics.ActorSummary;
import org.chancery.analytics.DyadPoint;
import org.chancery.analytics.DyadQuery;
import org.chancery.analytics.EventQuery;
import org.chancery.analytics.Network;
import org.chancery.analytics.NetworkQuery;
import org.chancery.analytics.StoredDocument;
import org.chancery.model.Sentence;

/**
 * Where documents, sentences, mentions and events are kept and queried. Each {@link #save} is one
 * transaction: a document is stored whole or not at all. Ingestion is idempotent by content hash.
 * Implementations state their own thread-safety.
 */
public interface EventStore extends AutoCloseable {

    /** Outcome of saving one document. */
    enum SaveOutcome { STORED, ALREADY_PRESENT }

    boolean containsContent(String contentHash);

    SaveOutcome save(DocumentResult result);

    List<StoredDocument> documents(int limit, int offset);

    long documentCount();

    Optional<StoredDocument> document(String docId);

    /** Sentences of a document without tokens or dependencies unless they were stored. */
    List<Sentence> sentences(String docId);

    List<ActorMention> mentions(String docId);

    List<EventRecord> events(EventQuery query);

    long countEvents(EventQuery query);

    Optional<EventRecord> event(String eventId);

    List<ActorSummary> actors(int limit, int offset);

    List<DyadPoint> dyadSeries(DyadQuery query);

    Network network(NetworkQuery query);

    /** Writes every event (contract fields flattened) to a Parquet file. */
    void exportParquet(Path file);

    @Override
    void close();
}
