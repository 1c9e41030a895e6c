package org.chancery.ingest;

/**
 * Ingests uploaded or pasted content through the same path as the CLI: read, annotate, code, store,
 * one transaction per document. Used by the server's {@code --allow-ingest} routes.
 */
public interface Ingestion {
    /**
     * @param fileName name the content came with (its extension chooses the reader: .txt .md .html .jsonl);
     *                 also the default document id
     * @param content  raw bytes as uploaded
     */
    IngestSummary ingestBytes(String fileName, byte[] content);
}
