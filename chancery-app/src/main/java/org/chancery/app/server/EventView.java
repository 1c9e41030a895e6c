package org.chancery.app.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.coding.CodedEvent;
import org.chancery.coding.EventActor;
import org.chancery.coding.Quantity;
import org.chancery.model.Sentence;
import org.chancery.pipeline.EventRecord;
import org.chancery.temporal.EventDate;

/**
 * The JSON of one event: the export contract's fields (DESIGN.md §4) in the same names, so an API
 * client and an export reader see one shape.
 */
final class EventView {
    private EventView() {}

    /**
     * @param sentence the event's sentence, or null when the store has lost it (then only its index is given)
     */
    static Map<String, Object> contract(EventRecord r, Sentence sentence) {
        CodedEvent e = r.event();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc_id", r.docId());
        m.put("event_id", r.eventId());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("index", e.sentenceIndex());
        if (sentence != null) {
            s.put("start", sentence.start());
            s.put("end", sentence.end());
            s.put("text", sentence.text());
        }
        m.put("sentence", s);
        m.put("trigger", span(e.trigger().start(), e.trigger().end(), e.triggerText()));
        m.put("source", actors(e.source()));
        m.put("target", actors(e.target()));
        Map<String, Object> plover = new LinkedHashMap<>();
        plover.put("type", e.type().name());
        plover.put("mode", e.mode());
        plover.put("context", e.contexts());
        m.put("plover", plover);
        Map<String, Object> cameo = new LinkedHashMap<>();
        cameo.put("code", e.cameo().code());
        cameo.put("root", e.cameo().root());
        cameo.put("name", e.cameo().name());
        cameo.put("goldstein", e.cameo().goldstein());
        cameo.put("quad_class", e.cameo().quadClass());
        m.put("cameo", cameo);
        m.put("date", date(r.date()));
        List<Object> qs = new ArrayList<>();
        for (Quantity q : e.quantities()) {
            Map<String, Object> qm = new LinkedHashMap<>();
            qm.put("text", q.text());
            qm.put("value", q.value());
            qm.put("unit", q.unit());
            qm.put("start", q.start());
            qm.put("end", q.end());
            qs.add(qm);
        }
        m.put("quantities", qs);
        m.put("modality", e.modality().name());
        m.put("counts_as_fact", e.modality().countsAsFact());
        m.put("confidence", e.confidence());
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("rule", e.provenance().rule());
        prov.put("dictionaries", e.provenance().dictionaries());
        prov.put("version", e.provenance().version());
        m.put("provenance", prov);
        return m;
    }

    static Map<String, Object> date(EventDate d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", d.start() == null ? null : d.start().toString());
        m.put("end", d.end() == null ? null : d.end().toString());
        m.put("granularity", d.granularity() == null ? null : d.granularity().name());
        m.put("basis", d.basis().name());
        m.put("text", d.text());
        return m;
    }

    static List<Object> actors(List<EventActor> actors) {
        List<Object> out = new ArrayList<>();
        for (EventActor a : actors) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", a.code().value());
            m.put("name", a.name());
            m.put("text", a.text());
            m.put("start", a.start());
            m.put("end", a.end());
            out.add(m);
        }
        return out;
    }

    static Map<String, Object> span(int start, int end, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", start);
        m.put("end", end);
        m.put("text", text);
        return m;
    }
}
