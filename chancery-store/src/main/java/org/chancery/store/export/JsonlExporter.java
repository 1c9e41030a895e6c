package org.chancery.store.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.chancery.analytics.EventQuery;
import org.chancery.store.DuckDbEventStore;

/**
 * Writes events as JSON Lines, one {@link EventJson} contract object per line ({@code \n}), ordered by
 * document, sentence and trigger offset. Streams from the store: memory does not grow with the
 * number of events. Stateless; thread-safe.
 */
public final class JsonlExporter {
    private JsonlExporter() {}

    /** As {@link #export(DuckDbEventStore, java.io.Writer)} to a byte stream, in UTF-8; the stream is flushed, not closed. */
    public static long export(DuckDbEventStore store, java.io.OutputStream out) {
        java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
        return export(store, w);
    }

    /** Writes every event; returns how many. The writer is flushed, not closed. */
    public static long export(DuckDbEventStore store, Writer out) {
        return export(store, null, out);
    }

    /**
     * Writes the events matching {@code filter} (its limit and offset are ignored; null for all).
     *
     * @throws UncheckedIOException when the writer fails
     */
    public static long export(DuckDbEventStore store, EventQuery filter, Writer out) {
        long n = store.forEachEvent(filter, e -> {
            try {
                out.write(EventJson.toLine(e));
                out.write('\n');
            } catch (IOException ex) {
                throw new UncheckedIOException("writing event " + e.record().eventId() + " failed: " + ex.getMessage(), ex);
            }
        });
        flush(out);
        return n;
    }

    static void flush(Writer out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("flushing the export failed: " + e.getMessage(), e);
        }
    }
}
