package org.chancery.store.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.chancery.coding.CodedEvent;
import org.chancery.coding.EventActor;
import org.chancery.coding.Quantity;
import org.chancery.model.Sentence;
import org.chancery.pipeline.EventRecord;
import org.chancery.store.StoredEvent;
import org.chancery.temporal.EventDate;

/**
 * The event export contract (DESIGN.md §4): one JSON object per event, with the contract fields in
 * the contract's order and nesting. Extra fields beyond the contract: {@code cameo.name}, the
 * actors' {@code basis} and {@code entry}, the quantities' {@code start} and {@code end}, and
 * {@code provenance.dependency_path} and {@code provenance.entries}. Dates are ISO days; missing
 * values are JSON null. Stateless; thread-safe.
 */
public final class EventJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private EventJson() {}

    /** The contract object of one stored event. */
    public static ObjectNode toJson(StoredEvent event) {
        return toJson(event.record(), event.sentence());
    }

    /** The contract object of an event and its evidence sentence (only index, offsets and text are used). */
    public static ObjectNode toJson(EventRecord record, Sentence sentence) {
        if (sentence.index() != record.event().sentenceIndex()) {
            throw new IllegalArgumentException("event " + record.eventId() + " is in sentence " + record.event().sentenceIndex()
                    + ", not " + sentence.index());
        }
        CodedEvent e = record.event();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("doc_id", record.docId());
        o.put("event_id", record.eventId());
        ObjectNode s = o.putObject("sentence");
        s.put("index", sentence.index());
        s.put("start", sentence.start());
        s.put("end", sentence.end());
        s.put("text", sentence.text());
        ObjectNode t = o.putObject("trigger");
        t.put("start", e.trigger().start());
        t.put("end", e.trigger().end());
        t.put("text", e.triggerText());
        actors(o.putArray("source"), e.source());
        actors(o.putArray("target"), e.target());
        ObjectNode plover = o.putObject("plover");
        plover.put("type", e.type().name());
        plover.put("mode", e.mode());
        ArrayNode contexts = plover.putArray("context");
        e.contexts().forEach(contexts::add);
        ObjectNode cameo = o.putObject("cameo");
        cameo.put("code", e.cameo().code());
        cameo.put("root", e.cameo().root());
        cameo.put("goldstein", e.cameo().goldstein());
        cameo.put("quad_class", e.cameo().quadClass());
        cameo.put("name", e.cameo().name());
        EventDate d = record.date();
        ObjectNode date = o.putObject("date");
        date.put("start", iso(d.start()));
        date.put("end", iso(d.end()));
        date.put("granularity", d.granularity() == null ? null : d.granularity().name());
        date.put("basis", d.basis().name());
        date.put("text", d.text());
        ArrayNode quantities = o.putArray("quantities");
        for (Quantity q : e.quantities()) {
            ObjectNode qn = quantities.addObject();
            qn.put("text", q.text());
            qn.put("value", q.value());
            qn.put("unit", q.unit());
            qn.put("start", q.start());
            qn.put("end", q.end());
        }
        o.put("modality", e.modality().name());
        o.put("confidence", e.confidence());
        ObjectNode p = o.putObject("provenance");
        p.put("rule", e.provenance().rule());
        p.put("dictionaries", e.provenance().dictionaries());
        p.put("version", e.provenance().version());
        p.put("dependency_path", e.provenance().dependencyPath());
        ArrayNode entries = p.putArray("entries");
        e.provenance().entries().forEach(entries::add);
        return o;
    }

    /** The contract object as one line of compact JSON (no trailing newline). */
    public static String toLine(StoredEvent event) {
        try {
            return MAPPER.writeValueAsString(toJson(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.record().eventId() + " could not be written as JSON", e);
        }
    }

    private static void actors(ArrayNode array, List<EventActor> actors) {
        for (EventActor a : actors) {
            ObjectNode n = array.addObject();
            n.put("code", a.code().value());
            n.put("name", a.name());
            n.put("text", a.text());
            n.put("start", a.start());
            n.put("end", a.end());
            n.put("basis", a.basis().name());
            n.put("entry", a.entry());
        }
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
