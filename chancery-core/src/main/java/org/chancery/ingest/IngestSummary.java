package org.chancery.ingest;

import java.util.List;

/**
 * What an ingestion run did.
 *
 * @param ingested   documents stored
 * @param duplicates documents already present (same content hash), not stored again
 * @param skipped    inputs that could not be read, each with its reason
 * @param events     events stored
 * @param docIds     ids of the documents stored, in order
 */
public record IngestSummary(int ingested, int duplicates, List<SkippedInput> skipped, int events, List<String> docIds) {
    public IngestSummary {
        skipped = List.copyOf(skipped);
        docIds = List.copyOf(docIds);
    }

    public boolean anySkipped() {
        return !skipped.isEmpty();
    }
}
