package org.chancery.store.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.chancery.analytics.EventQuery;
import org.chancery.coding.CodedEvent;
import org.chancery.coding.EventActor;
import org.chancery.coding.Quantity;
import org.chancery.store.DuckDbEventStore;
import org.chancery.store.StoredEvent;
import org.chancery.temporal.EventDate;

/**
 * Writes events as CSV (RFC 4180: CRLF line ends, fields holding a comma, quote, CR or LF are quoted
 * and their quotes doubled): a header, then one row per event with flat columns ({@link #HEADER}).
 * Lists (actor codes, names and texts, contexts, quantities, dictionary entries) are joined with
 * {@code ;}. Missing values are empty fields. Streamed; stateless; thread-safe.
 */
public final class CsvExporter {
    /** The columns, in order. */
    public static final List<String> HEADER = List.of("doc_id", "event_id", "sentence_index", "sentence_start", "sentence_end",
            "trigger_start", "trigger_end", "trigger_text", "source_codes", "source_names", "source_texts", "target_codes",
            "target_names", "target_texts", "plover_type", "plover_mode", "plover_contexts", "cameo_code", "cameo_root", "goldstein",
            "quad_class", "date_start", "date_end", "date_granularity", "date_basis", "date_text", "quantities", "quantity_values",
            "quantity_units", "modality", "confidence", "rule", "dictionaries", "version", "entries", "sentence_text");

    private CsvExporter() {}

    /** As {@link #export(DuckDbEventStore, java.io.Writer)} to a byte stream, in UTF-8; the stream is flushed, not closed. */
    public static long export(DuckDbEventStore store, java.io.OutputStream out) {
        java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
        return export(store, w);
    }

    /** Writes every event; returns how many rows (header excluded). The writer is flushed, not closed. */
    public static long export(DuckDbEventStore store, Writer out) {
        return export(store, null, out);
    }

    /** Writes the events matching {@code filter} (its limit and offset are ignored; null for all). */
    public static long export(DuckDbEventStore store, EventQuery filter, Writer out) {
        writeRow(out, HEADER);
        long n = store.forEachEvent(filter, e -> writeRow(out, row(e)));
        JsonlExporter.flush(out);
        return n;
    }

    /** The field values of one event, in {@link #HEADER} order. */
    public static List<String> row(StoredEvent stored) {
        CodedEvent e = stored.record().event();
        EventDate d = stored.record().date();
        List<String> r = new ArrayList<>(HEADER.size());
        r.add(stored.record().docId());
        r.add(stored.record().eventId());
        r.add(Integer.toString(stored.sentence().index()));
        r.add(Integer.toString(stored.sentence().start()));
        r.add(Integer.toString(stored.sentence().end()));
        r.add(Integer.toString(e.trigger().start()));
        r.add(Integer.toString(e.trigger().end()));
        r.add(e.triggerText());
        r.add(join(e.source(), a -> a.code().value()));
        r.add(join(e.source(), EventActor::name));
        r.add(join(e.source(), EventActor::text));
        r.add(join(e.target(), a -> a.code().value()));
        r.add(join(e.target(), EventActor::name));
        r.add(join(e.target(), EventActor::text));
        r.add(e.type().name());
        r.add(orEmpty(e.mode()));
        r.add(String.join(";", e.contexts()));
        r.add(e.cameo().code());
        r.add(e.cameo().root());
        r.add(Double.toString(e.cameo().goldstein()));
        r.add(Integer.toString(e.cameo().quadClass()));
        r.add(day(d.start()));
        r.add(day(d.end()));
        r.add(d.granularity() == null ? "" : d.granularity().name());
        r.add(d.basis().name());
        r.add(orEmpty(d.text()));
        r.add(join(e.quantities(), Quantity::text));
        r.add(join(e.quantities(), q -> q.value() == null ? "" : plain(q.value())));
        r.add(join(e.quantities(), Quantity::unit));
        r.add(e.modality().name());
        r.add(Double.toString(e.confidence()));
        r.add(e.provenance().rule());
        r.add(e.provenance().dictionaries());
        r.add(e.provenance().version());
        r.add(String.join(";", e.provenance().entries()));
        r.add(stored.sentence().text());
        return r;
    }

    /** One field as RFC 4180 wants it. */
    public static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    private static void writeRow(Writer out, List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(fields.get(i)));
        }
        sb.append("\r\n");
        try {
            out.write(sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV failed: " + e.getMessage(), e);
        }
    }

    private static <T> String join(List<T> items, Function<T, String> f) {
        List<String> parts = new ArrayList<>(items.size());
        for (T t : items) {
            parts.add(f.apply(t));
        }
        return String.join(";", parts);
    }

    private static String plain(BigDecimal v) {
        return v.toPlainString();
    }

    private static String day(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
