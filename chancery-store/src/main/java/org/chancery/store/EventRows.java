package org.chancery.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chancery.actor.ActorCode;
import org.chancery.actor.ResolutionBasis;
import org.chancery.coding.CodedEvent;
import org.chancery.coding.EventActor;
import org.chancery.coding.Modality;
import org.chancery.coding.Provenance;
import org.chancery.coding.Quantity;
import org.chancery.model.Granularity;
import org.chancery.model.Sentence;
import org.chancery.model.Span;
import org.chancery.ontology.CameoCode;
import org.chancery.ontology.PloverType;
import org.chancery.pipeline.EventRecord;
import org.chancery.temporal.DateBasis;
import org.chancery.temporal.EventDate;

/** Turns event rows into records and records into the JSON columns of the events table. */
final class EventRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Columns every event read selects, in this order; {@link #read} depends on it. */
    static final String COLUMNS = "e.event_id, e.doc_id, e.sentence_idx, e.sentence_start, e.sentence_end, e.sentence_text, "
            + "e.trigger_start, e.trigger_end, e.trigger_text, e.trigger_token, e.plover_type, e.mode, e.contexts, "
            + "e.cameo_code, e.cameo_name, e.goldstein, e.quad_class, e.date_start, e.date_end, e.date_granularity, "
            + "e.date_basis, e.date_text, e.modality, e.confidence, e.rule, e.dependency_path, e.entries, e.dictionaries, "
            + "e.version, e.source_json, e.target_json, e.quantities_json";

    private EventRows() {}

    static StoredEvent read(ResultSet rs) throws SQLException {
        String eventId = rs.getString(1);
        try {
            String docId = rs.getString(2);
            int sentenceIdx = rs.getInt(3);
            Sentence sentence = new Sentence(sentenceIdx, rs.getInt(4), rs.getInt(5), rs.getString(6), List.of(), List.of(), false, List.of());
            CameoCode cameo = new CameoCode(rs.getString(14), rs.getString(15), rs.getDouble(16), rs.getInt(17));
            String granularity = rs.getString(20);
            EventDate date = new EventDate(localDate(rs, 18), localDate(rs, 19),
                    granularity == null ? null : Granularity.valueOf(granularity), DateBasis.valueOf(rs.getString(21)), rs.getString(22));
            Provenance provenance = new Provenance(rs.getString(25), rs.getString(26), strings(rs.getArray(27)), rs.getString(28), rs.getString(29));
            CodedEvent event = new CodedEvent(sentenceIdx, new Span(rs.getInt(7), rs.getInt(8)), rs.getString(9), rs.getInt(10),
                    actors(rs.getString(30)), actors(rs.getString(31)), PloverType.valueOf(rs.getString(11)), rs.getString(12),
                    strings(rs.getArray(13)), cameo, quantities(rs.getString(32)), Modality.valueOf(rs.getString(23)),
                    rs.getDouble(24), provenance);
            return new StoredEvent(new EventRecord(eventId, docId, event, date), sentence);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StoreException("stored event " + eventId + " cannot be read back: " + e.getMessage(), e);
        }
    }

    static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add((String) v);
        }
        return out;
    }

    static Array array(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("VARCHAR", values.toArray());
    }

    static String actorsJson(List<EventActor> actors) {
        ArrayNode array = JSON.createArrayNode();
        for (EventActor a : actors) {
            ObjectNode o = array.addObject();
            o.put("code", a.code().value());
            o.put("name", a.name());
            o.put("text", a.text());
            o.put("start", a.start());
            o.put("end", a.end());
            o.put("basis", a.basis().name());
            o.put("entry", a.entry());
        }
        return write(array);
    }

    static String quantitiesJson(List<Quantity> quantities) {
        ArrayNode array = JSON.createArrayNode();
        for (Quantity q : quantities) {
            ObjectNode o = array.addObject();
            o.put("text", q.text());
            o.put("start", q.start());
            o.put("end", q.end());
            // kept as a string so the exact decimal survives
            o.put("value", q.value() == null ? null : q.value().toPlainString());
            o.put("unit", q.unit());
        }
        return write(array);
    }

    private static List<EventActor> actors(String json) {
        List<EventActor> out = new ArrayList<>();
        for (JsonNode n : parse(json)) {
            out.add(new EventActor(ActorCode.of(n.get("code").asText()), n.get("name").asText(), n.get("text").asText(),
                    n.get("start").asInt(), n.get("end").asInt(), ResolutionBasis.valueOf(n.get("basis").asText()), n.get("entry").asText()));
        }
        return out;
    }

    private static List<Quantity> quantities(String json) {
        List<Quantity> out = new ArrayList<>();
        for (JsonNode n : parse(json)) {
            JsonNode value = n.get("value");
            out.add(new Quantity(n.get("text").asText(), n.get("start").asInt(), n.get("end").asInt(),
                    value == null || value.isNull() ? null : new BigDecimal(value.asText()), n.get("unit").asText()));
        }
        return out;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON column is malformed: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
