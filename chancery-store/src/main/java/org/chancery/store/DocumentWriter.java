package org.chancery.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * Inserts one document's rows with batched prepared statements, inside the caller's transaction.
 * Checks that every event belongs to the document and points at one of its sentences.
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
        LocalDate published = doc.metadata().published().date();
        insertDocument(c, doc, contentHash, annotated, result, now);
        insertSentences(c, doc.id(), sentences);
        insertMentions(c, doc.id(), result.mentions());
        insertEvents(c, doc.id(), sentences, result.events(), published);
    }

    private static void insertDocument(Connection c, Document doc, String hash, AnnotatedDocument annotated, DocumentResult result,
                                       Instant now) throws SQLException {
        DocumentMetadata m = doc.metadata();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents (doc_id, content_hash, title, url, source, author, published, "
                + "published_basis, published_evidence, published_suspect, origin, text, sentence_count, token_count, mention_count, "
                + "event_count, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            ps.setString(i++, doc.id());
            ps.setString(i++, hash);
            ps.setString(i++, m.title());
            ps.setString(i++, m.url());
            ps.setString(i++, m.source());
            ps.setString(i++, m.author());
            ps.setObject(i++, m.published().date());
            ps.setString(i++, m.published().basis().name());
            ps.setString(i++, m.published().evidence());
            ps.setBoolean(i++, m.published().suspect());
            ps.setString(i++, doc.origin());
            ps.setString(i++, doc.text());
            ps.setInt(i++, annotated.sentences().size());
            ps.setInt(i++, annotated.tokenCount());
            ps.setInt(i++, result.mentions().size());
            ps.setInt(i++, result.events().size());
            ps.setObject(i, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    private static void insertSentences(Connection c, String docId, List<Sentence> sentences) throws SQLException {
        if (sentences.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sentences (doc_id, idx, start_offset, end_offset, text, token_count, parsed) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Sentence s : sentences) {
                ps.setString(1, docId);
                ps.setInt(2, s.index());
                ps.setInt(3, s.start());
                ps.setInt(4, s.end());
                ps.setString(5, s.text());
                ps.setInt(6, s.tokens().size());
                ps.setBoolean(7, s.parsed());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertMentions(Connection c, String docId, List<ActorMention> mentions) throws SQLException {
        if (mentions.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mentions (doc_id, ord, sentence_idx, token_start, token_end, start_offset, "
                + "end_offset, text, code, country, name, basis, entry, locative) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int ord = 0;
            for (ActorMention m : mentions) {
                int i = 1;
                ps.setString(i++, docId);
                ps.setInt(i++, ord++);
                ps.setInt(i++, m.sentenceIndex());
                ps.setInt(i++, m.tokenStart());
                ps.setInt(i++, m.tokenEnd());
                ps.setInt(i++, m.start());
                ps.setInt(i++, m.end());
                ps.setString(i++, m.text());
                ps.setString(i++, m.code().value());
                ps.setString(i++, m.code().countryPart());
                ps.setString(i++, m.name());
                ps.setString(i++, m.basis().name());
                ps.setString(i++, m.entry());
                ps.setBoolean(i, m.locative());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertEvents(Connection c, String docId, List<Sentence> sentences, List<EventRecord> events, LocalDate published)
            throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement ev = c.prepareStatement("INSERT INTO events (event_id, doc_id, sentence_idx, sentence_start, sentence_end, "
                + "sentence_text, trigger_start, trigger_end, trigger_text, trigger_token, plover_type, mode, contexts, cameo_code, cameo_root, "
                + "cameo_name, goldstein, quad_class, date_start, date_end, date_anchor, date_granularity, date_basis, date_text, modality, "
                + "confidence, rule, dependency_path, entries, dictionaries, version, published, source_json, target_json, quantities_json) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement actors = c.prepareStatement("INSERT INTO event_actors (event_id, doc_id, role, ord, code, country, name, text, "
                     + "start_offset, end_offset, basis, entry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement quantities = c.prepareStatement("INSERT INTO event_quantities (event_id, doc_id, ord, text, start_offset, "
                     + "end_offset, value_text, value, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement dyads = c.prepareStatement("INSERT INTO event_dyads (event_id, doc_id, source_code, source_country, target_code, "
                     + "target_country, anchor, published, plover_type, modality, quad_class, goldstein) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int actorRows = 0;
            int quantityRows = 0;
            int dyadRows = 0;
            for (EventRecord r : events) {
                CodedEvent e = r.event();
                EventDate d = r.date();
                Sentence s = sentences.get(e.sentenceIndex());
                int i = 1;
                ev.setString(i++, r.eventId());
                ev.setString(i++, docId);
                ev.setInt(i++, e.sentenceIndex());
                ev.setInt(i++, s.start());
                ev.setInt(i++, s.end());
                ev.setString(i++, s.text());
                ev.setInt(i++, e.trigger().start());
                ev.setInt(i++, e.trigger().end());
                ev.setString(i++, e.triggerText());
                ev.setInt(i++, e.triggerToken());
                ev.setString(i++, e.type().name());
                ev.setString(i++, e.mode());
                ev.setArray(i++, EventRows.array(c, e.contexts()));
                ev.setString(i++, e.cameo().code());
                ev.setString(i++, e.cameo().root());
                ev.setString(i++, e.cameo().name());
                ev.setDouble(i++, e.cameo().goldstein());
                ev.setInt(i++, e.cameo().quadClass());
                ev.setObject(i++, d.start());
                ev.setObject(i++, d.end());
                ev.setObject(i++, d.anchor());
                ev.setString(i++, d.granularity() == null ? null : d.granularity().name());
                ev.setString(i++, d.basis().name());
                ev.setString(i++, d.text());
                ev.setString(i++, e.modality().name());
                ev.setDouble(i++, e.confidence());
                ev.setString(i++, e.provenance().rule());
                ev.setString(i++, e.provenance().dependencyPath());
                ev.setArray(i++, EventRows.array(c, e.provenance().entries()));
                ev.setString(i++, e.provenance().dictionaries());
                ev.setString(i++, e.provenance().version());
                ev.setObject(i++, published);
                ev.setString(i++, EventRows.actorsJson(e.source()));
                ev.setString(i++, EventRows.actorsJson(e.target()));
                ev.setString(i, EventRows.quantitiesJson(e.quantities()));
                ev.addBatch();

                actorRows += addActors(actors, r.eventId(), docId, "source", e.source());
                actorRows += addActors(actors, r.eventId(), docId, "target", e.target());
                int ord = 0;
                for (Quantity q : e.quantities()) {
                    int j = 1;
                    quantities.setString(j++, r.eventId());
                    quantities.setString(j++, docId);
                    quantities.setInt(j++, ord++);
                    quantities.setString(j++, q.text());
                    quantities.setInt(j++, q.start());
                    quantities.setInt(j++, q.end());
                    BigDecimal v = q.value();
                    quantities.setString(j++, v == null ? null : v.toPlainString());
                    if (v == null) {
                        quantities.setNull(j++, Types.DOUBLE);
                    } else {
                        quantities.setDouble(j++, v.doubleValue());
                    }
                    quantities.setString(j, q.unit());
                    quantities.addBatch();
                    quantityRows++;
                }
                Set<List<String>> pairs = new LinkedHashSet<>();
                for (EventActor src : e.source()) {
                    for (EventActor tgt : e.target()) {
                        pairs.add(List.of(src.code().value(), tgt.code().value()));
                    }
                }
                for (EventActor src : e.source()) {
                    for (EventActor tgt : e.target()) {
                        if (!pairs.remove(List.of(src.code().value(), tgt.code().value()))) {
                            continue;
                        }
                        int j = 1;
                        dyads.setString(j++, r.eventId());
                        dyads.setString(j++, docId);
                        dyads.setString(j++, src.code().value());
                        dyads.setString(j++, src.code().countryPart());
                        dyads.setString(j++, tgt.code().value());
                        dyads.setString(j++, tgt.code().countryPart());
                        dyads.setObject(j++, d.anchor());
                        dyads.setObject(j++, published);
                        dyads.setString(j++, e.type().name());
                        dyads.setString(j++, e.modality().name());
                        dyads.setInt(j++, e.cameo().quadClass());
                        dyads.setDouble(j, e.cameo().goldstein());
                        dyads.addBatch();
                        dyadRows++;
                    }
                }
            }
            ev.executeBatch();
            if (actorRows > 0) {
                actors.executeBatch();
            }
            if (quantityRows > 0) {
                quantities.executeBatch();
            }
            if (dyadRows > 0) {
                dyads.executeBatch();
            }
        }
    }

    private static int addActors(PreparedStatement ps, String eventId, String docId, String role, List<EventActor> actors) throws SQLException {
        int ord = 0;
        for (EventActor a : actors) {
            int i = 1;
            ps.setString(i++, eventId);
            ps.setString(i++, docId);
            ps.setString(i++, role);
            ps.setInt(i++, ord++);
            ps.setString(i++, a.code().value());
            ps.setString(i++, a.code().countryPart());
            ps.setString(i++, a.name());
            ps.setString(i++, a.text());
            ps.setInt(i++, a.start());
            ps.setInt(i++, a.end());
            ps.setString(i++, a.basis().name());
            ps.setString(i, a.entry());
            ps.addBatch();
        }
        return actors.size();
    }
}
