package org.chancery.store.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.chancery.actor.ActorMention;
import org.chancery.store.DuckDbEventStore;
import org.chancery.store.StoredMention;

/**
 * Writes actor mentions as JSON Lines: {@code doc_id}, {@code start}, {@code end}, {@code text},
 * {@code code}, {@code basis}, {@code entry}, plus {@code name}, {@code sentence_index} and
 * {@code locative} (true for a place that is not acting). Offsets as in the event contract.
 * Ordered by document and text; streamed. Stateless; thread-safe.
 */
public final class MentionsExporter {
    private MentionsExporter() {}

    /** The JSON object of one mention. */
    public static ObjectNode toJson(StoredMention stored) {
        ActorMention m = stored.mention();
        ObjectNode o = EventJson.MAPPER.createObjectNode();
        o.put("doc_id", stored.docId());
        o.put("start", m.start());
        o.put("end", m.end());
        o.put("text", m.text());
        o.put("code", m.code().value());
        o.put("basis", m.basis().name());
        o.put("entry", m.entry());
        o.put("name", m.name());
        o.put("sentence_index", m.sentenceIndex());
        o.put("locative", m.locative());
        return o;
    }

    /** As {@link #export(DuckDbEventStore, java.io.Writer)} to a byte stream, in UTF-8; the stream is flushed, not closed. */
    public static long export(DuckDbEventStore store, java.io.OutputStream out) {
        java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
        return export(store, w);
    }

    /** Writes every mention; returns how many. The writer is flushed, not closed. */
    public static long export(DuckDbEventStore store, Writer out) {
        long n = store.forEachMention(m -> {
            try {
                out.write(EventJson.MAPPER.writeValueAsString(toJson(m)));
                out.write('\n');
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("mention " + m.docId() + "@" + m.mention().start() + " could not be written as JSON", ex);
            } catch (IOException ex) {
                throw new UncheckedIOException("writing mentions failed: " + ex.getMessage(), ex);
            }
        });
        JsonlExporter.flush(out);
        return n;
    }
}
