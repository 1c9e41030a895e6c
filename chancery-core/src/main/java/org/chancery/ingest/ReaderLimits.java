package org.chancery.ingest;

/**
 * Explicit limits of reading.
 *
 * @param maxFileBytes     larger files are skipped with a message naming the limit
 * @param maxDocumentChars larger documents (a JSONL record's text, a file's text) are skipped
 */
public record ReaderLimits(long maxFileBytes, int maxDocumentChars) {
    public ReaderLimits {
        if (maxFileBytes < 1 || maxDocumentChars < 1) {
            throw new IllegalArgumentException("reader limits must be positive, got maxFileBytes=" + maxFileBytes
                    + " maxDocumentChars=" + maxDocumentChars);
        }
    }

    public static ReaderLimits defaults() {
        return new ReaderLimits(512L * 1024 * 1024, 2_000_000);
    }
}
