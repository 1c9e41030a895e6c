package org.chancery.app.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chancery.ingest.DocumentReader;
import org.chancery.ingest.IngestSummary;
import org.chancery.ingest.Ingestion;
import org.chancery.ingest.ReadOutcome;
import org.chancery.ingest.SkippedInput;
import org.chancery.model.Document;
import org.chancery.model.PublicationDate;
import org.chancery.model.PublicationDateBasis;
import org.chancery.pipeline.DocumentResult;
import org.chancery.pipeline.EventStore;
import org.chancery.pipeline.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads inputs, runs the pipeline on each document, and stores each result in its own transaction.
 * A document already present (same content hash) is counted and not processed again; a document that
 * fails is reported and the batch goes on. Not thread-safe (one ingestion at a time per store).
 */
public final class IngestService implements Ingestion {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    /** Told about each document as it is done, for a progress bar. */
    public interface Progress {
        void documentDone(int index, int total, String docId);

        Progress NONE = (i, n, id) -> { };
    }

    private final DocumentReader reader;
    private final java.util.function.Supplier<Pipeline> pipeline;
    private Pipeline built;
    private final EventStore store;
    private final PublicationDateResolver dates;
    private final LocalDate dateOverride;

    public IngestService(DocumentReader reader, java.util.function.Supplier<Pipeline> pipeline, EventStore store, PublicationDateResolver dates,
                         LocalDate dateOverride) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.store = Objects.requireNonNull(store, "store");
        this.dates = Objects.requireNonNull(dates, "dates");
        this.dateOverride = dateOverride;
    }

    public IngestSummary ingest(List<Path> paths, Progress progress) {
        return process(reader.readAll(paths), progress);
    }

    @Override
    public IngestSummary ingestBytes(String fileName, byte[] content) {
        return process(reader.readBytes(fileName, content), Progress.NONE);
    }

    private IngestSummary process(List<ReadOutcome> outcomes, Progress progress) {
        List<SkippedInput> skipped = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        int duplicates = 0;
        int events = 0;
        int total = outcomes.size();
        int i = 0;
        for (ReadOutcome o : outcomes) {
            i++;
            if (o instanceof ReadOutcome.Skipped s) {
                skipped.add(s.input());
            } else if (o instanceof ReadOutcome.Read r) {
                Document doc = withDate(r.document());
                if (store.containsContent(doc.contentHash())) {
                    duplicates++;
                } else {
                    doc = uniqueId(doc);
                    try {
                        DocumentResult result = pipeline().process(doc);
                        if (store.save(result) == EventStore.SaveOutcome.STORED) {
                            stored.add(doc.id());
                            events += result.events().size();
                        } else {
                            duplicates++;
                        }
                    } catch (RuntimeException e) {
                        LOG.debug("document {} failed", doc.id(), e);
                        skipped.add(new SkippedInput(doc.origin() == null ? doc.id() : doc.origin(),
                                "processing failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                                "report this with the file; the rest of the batch was ingested"));
                    }
                }
            }
            progress.documentDone(i, total, o instanceof ReadOutcome.Read r ? r.document().id() : null);
        }
        return new IngestSummary(stored.size(), duplicates, skipped, events, stored);
    }

    /** The pipeline is built on the first document that needs it: a batch of bad files never loads CoreNLP. */
    private Pipeline pipeline() {
        if (built == null) {
            built = pipeline.get();
        }
        return built;
    }

    private Document withDate(Document doc) {
        if (dateOverride != null) {
            return doc.withMetadata(doc.metadata().withPublished(
                    PublicationDate.of(dateOverride, PublicationDateBasis.OVERRIDE, "--date " + dateOverride)));
        }
        if (doc.metadata().published().isKnown()) {
            return doc;
        }
        return doc.withMetadata(doc.metadata().withPublished(dates.fromText(doc.text())));
    }

    /** Another text already stored under this id (same file name in two folders): suffix the id with the hash. */
    private Document uniqueId(Document doc) {
        if (store.document(doc.id()).isEmpty()) {
            return doc;
        }
        return new Document(doc.id() + "_" + doc.contentHash().substring(0, 8), doc.text(), doc.origin(), doc.metadata());
    }

    /** Finds a publication date in a document's text when its metadata has none. */
    @FunctionalInterface
    public interface PublicationDateResolver {
        PublicationDate fromText(String text);
    }
}
