package org.chancery.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chancery.actor.ActorCode;
import org.chancery.actor.ActorMention;
import org.chancery.coding.CodedEvent;
import org.chancery.coding.EventActor;
import org.chancery.coding.Quantity;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Document;
import org.chancery.model.DocumentMetadata;
import org.chancery.model.Sentence;
import org.chancery.pipeline.DocumentResult;
import org.chancery.pipeline.EventRecord;
import org.chancery.temporal.EventDate;

/**
 * Inserts one document's rows inside the caller's transaction, table by table with multi-row
 * inserts ({@link RowBatch}). Checks first that every event belongs to the document and points at
 * one of its sentences.
 */
final class DocumentWriter {
    private DocumentWriter() {}

    static void write(Connection c, DocumentResult result, String contentHash, Instant now) throws SQLException {
        AnnotatedDocument annotated = result.annotated();
        Document doc = annotated.document();
        List<Sentence> sentences = annotated.sentences();
        for (EventRecord e : result.events()) {
            if (!e.docId().equals(doc.id())) {
                throw new IllegalArgumentException("event " + e.eventId() + " names document " + e.docId() + ", not " + doc.id());
            }
            int idx = e.event().sentenceIndex();
            if (idx < 0 || idx >= sentences.size()) {
                throw new IllegalArgumentException("event " + e.eventId() + " points at sentence " + idx + " but the document has "
                        + sentences.size());
            }
        }
        String id = doc.id();
        DocumentMetadata m = doc.metadata();
        LocalDate published = m.published().date();

        RowBatch documents = new RowBatch("documents", List.of("doc_id", "content_hash", "title", "url", "source", "author", "published",
                "published_basis", "published_evidence", "published_suspect", "origin", "text", "sentence_count", "token_count",
                "mention_count", "event_count", "ingested_at"));
        documents.add(id, contentHash, m.title(), m.url(), m.source(), m.author(), published, m.published().basis().name(),
                m.published().evidence(), m.published().suspect(), doc.origin(), doc.text(), sentences.size(), annotated.tokenCount(),
                result.mentions().size(), result.events().size(), LocalDateTime.ofInstant(now, ZoneOffset.UTC));

        RowBatch sentenceRows = new RowBatch("sentences", List.of("doc_id", "idx", "start_offset", "end_offset", "text", "token_count", "parsed"));
        for (Sentence s : sentences) {
            sentenceRows.add(id, s.index(), s.start(), s.end(), s.text(), s.tokens().size(), s.parsed());
        }

        RowBatch mentionRows = new RowBatch("mentions", List.of("doc_id", "ord", "sentence_idx", "token_start", "token_end", "start_offset",
                "end_offset", "text", "code", "country", "name", "basis", "entry", "locative"));
        int ord = 0;
        for (ActorMention x : result.mentions()) {
            mentionRows.add(id, ord++, x.sentenceIndex(), x.tokenStart(), x.tokenEnd(), x.start(), x.end(), x.text(), x.code().value(),
                    x.code().countryPart(), x.name(), x.basis().name(), x.entry(), x.locative());
        }

        RowBatch events = new RowBatch("events", List.of("event_id", "doc_id", "sentence_idx", "sentence_start", "sentence_end",
                "sentence_text", "trigger_start", "trigger_end", "trigger_text", "trigger_token", "plover_type", "mode", "contexts",
                "cameo_code", "cameo_root", "cameo_name", "goldstein", "quad_class", "date_start", "date_end", "date_anchor",
                "date_granularity", "date_basis", "date_text", "modality", "confidence", "rule", "dependency_path", "entries",
                "dictionaries", "version", "published", "source_json", "target_json", "quantities_json"));
        RowBatch actors = new RowBatch("event_actors", List.of("event_id", "doc_id", "role", "ord", "code", "country", "name", "text",
                "start_offset", "end_offset", "basis", "entry", "modality", "anchor", "quad_class", "goldstein"));
        RowBatch quantities = new RowBatch("event_quantities", List.of("event_id", "doc_id", "ord", "text", "start_offset", "end_offset",
                "value_text", "value", "unit"));
        RowBatch dyads = new RowBatch("event_dyads", List.of("event_id", "doc_id", "source_code", "source_country", "target_code",
                "target_country", "anchor", "published", "plover_type", "modality", "quad_class", "goldstein", "pair_country", "pair_code", "sentence_idx", "trigger_start", "date_start", "date_end"));
        for (EventRecord r : result.events()) {
            CodedEvent e = r.event();
            EventDate d = r.date();
            Sentence s = sentences.get(e.sentenceIndex());
            events.add(r.eventId(), id, e.sentenceIndex(), s.start(), s.end(), s.text(), e.trigger().start(), e.trigger().end(),
                    e.triggerText(), e.triggerToken(), e.type().name(), e.mode(), EventRows.array(c, e.contexts()), e.cameo().code(),
                    e.cameo().root(), e.cameo().name(), e.cameo().goldstein(), e.cameo().quadClass(), d.start(), d.end(), d.anchor(),
                    d.granularity() == null ? null : d.granularity().name(), d.basis().name(), d.text(), e.modality().name(),
                    e.confidence(), e.provenance().rule(), e.provenance().dependencyPath(), EventRows.array(c, e.provenance().entries()),
                    e.provenance().dictionaries(), e.provenance().version(), published, EventRows.actorsJson(e.source()),
                    EventRows.actorsJson(e.target()), EventRows.quantitiesJson(e.quantities()));
            addActors(actors, r, "source", e.source());
            addActors(actors, r, "target", e.target());
            int q = 0;
            for (Quantity x : e.quantities()) {
                quantities.add(r.eventId(), id, q++, x.text(), x.start(), x.end(), x.value() == null ? null : x.value().toPlainString(),
                        x.value() == null ? null : x.value().doubleValue(), x.unit());
            }
            // one row per distinct (source code, target code) pair
            Set<List<ActorCode>> pairs = new LinkedHashSet<>();
            for (EventActor src : e.source()) {
                for (EventActor tgt : e.target()) {
                    pairs.add(List.of(src.code(), tgt.code()));
                }
            }
            for (List<ActorCode> p : pairs) {
                dyads.add(r.eventId(), id, p.get(0).value(), p.get(0).countryPart(), p.get(1).value(), p.get(1).countryPart(), d.anchor(),
                        published, e.type().name(), e.modality().name(), e.cameo().quadClass(), e.cameo().goldstein(),
                        ActorMatch.pairKey(p.get(0).countryPart(), p.get(1).countryPart()), ActorMatch.pairKey(p.get(0).value(), p.get(1).value()),
                        e.sentenceIndex(), e.trigger().start(), d.start(), d.end());
            }
        }
        for (RowBatch b : List.of(documents, sentenceRows, mentionRows, events, actors, quantities, dyads)) {
            b.insert(c);
        }
    }

    private static void addActors(RowBatch rows, EventRecord r, String role, List<EventActor> actors) {
        CodedEvent e = r.event();
        int ord = 0;
        for (EventActor a : actors) {
            rows.add(r.eventId(), r.docId(), role, ord++, a.code().value(), a.code().countryPart(), a.name(), a.text(), a.start(), a.end(),
                    a.basis().name(), a.entry(), e.modality().name(), r.date().anchor(), e.cameo().quadClass(), e.cameo().goldstein());
        }
    }
}
