package org.chancery.app.server;

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
import org.chancery.pipeline.DocumentResult;
import org.chancery.pipeline.EventRecord;
import org.chancery.pipeline.EventStore;

/**
 * A real store seen only through the {@link EventStore} port (every call goes to the DuckDB store),
 * so the server takes its generic code paths instead of DuckDbEventStore's own aggregations.
 */
final class PortOnlyStore implements EventStore {
    private final EventStore d;

    PortOnlyStore(EventStore delegate) {
        this.d = delegate;
    }

    @Override public boolean containsContent(String contentHash) { return d.containsContent(contentHash); }
    @Override public SaveOutcome save(DocumentResult result) { return d.save(result); }
    @Override public List<StoredDocument> documents(int limit, int offset) { return d.documents(limit, offset); }
    @Override public long documentCount() { return d.documentCount(); }
    @Override public Optional<StoredDocument> document(String docId) { return d.document(docId); }
    @Override public List<Sentence> sentences(String docId) { return d.sentences(docId); }
    @Override public List<ActorMention> mentions(String docId) { return d.mentions(docId); }
    @Override public List<EventRecord> events(EventQuery query) { return d.events(query); }
    @Override public long countEvents(EventQuery query) { return d.countEvents(query); }
    @Override public Optional<EventRecord> event(String eventId) { return d.event(eventId); }
    @Override public List<ActorSummary> actors(int limit, int offset) { return d.actors(limit, offset); }
    @Override public List<DyadPoint> dyadSeries(DyadQuery query) { return d.dyadSeries(query); }
    @Override public Network network(NetworkQuery query) { return d.network(query); }
    @Override public void exportParquet(Path file) { d.exportParquet(file); }
    @Override public void close() { /* the delegate is closed by its owner */ }
}
