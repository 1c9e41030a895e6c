package org.chancery.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chancery.actor.ActorCode;
import org.chancery.actor.ActorMention;
import org.chancery.actor.ResolutionBasis;
import org.chancery.coding.CodedEvent;
import org.chancery.coding.EventActor;
import org.chancery.coding.Modality;
import org.chancery.coding.Provenance;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Document;
import org.chancery.model.Granularity;
import org.chancery.model.Sentence;
import org.chancery.model.Span;
import org.chancery.ontology.CameoCode;
import org.chancery.ontology.PloverType;
import org.chancery.pipeline.DocumentResult;
import org.chancery.pipeline.EventRecord;
import org.chancery.temporal.DateBasis;
import org.chancery.temporal.EventDate;

/** Builds real pipeline records for hand-made system outputs. */
final class Fixtures {
    private Fixtures() {
    }

    /** Builds a result for a document, sentence by sentence; sentences are found by their text. */
    static final class ResultBuilder {
        private final Document doc;
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<ActorMention> mentions = new ArrayList<>();
        private final List<EventRecord> events = new ArrayList<>();
        private int searchFrom;

        ResultBuilder(Document doc) {
            this.doc = doc;
        }

        ResultBuilder sentence(String s) {
            return sentence(s, true);
        }

        ResultBuilder sentence(String s, boolean parsed) {
            int start = doc.text().indexOf(s, searchFrom);
            if (start < 0) {
                throw new IllegalArgumentException("sentence '" + s + "' not in the text after " + searchFrom);
            }
            searchFrom = start + s.length();
            sentences.add(new Sentence(sentences.size(), start, start + s.length(), s, List.of(), List.of(), parsed, List.of()));
            return this;
        }

        /** A mention of the {@code nth} (0-based) occurrence of {@code form} in sentence {@code si}. */
        ResultBuilder mention(int si, String form, int nth, String code, boolean locative) {
            Span sp = find(si, form, nth);
            mentions.add(new ActorMention(si, 0, 1, sp.start(), sp.end(), form, ActorCode.of(code), form,
                    ResolutionBasis.DICTIONARY, "test:" + form, locative));
            return this;
        }

        ResultBuilder event(int si, String trigger, PloverType type, List<String> source, List<String> target,
                            Modality modality, EventDate date) {
            Span t = find(si, trigger, 0);
            CodedEvent e = new CodedEvent(si, t, trigger, 0, actors(si, source), actors(si, target), type, null, List.of(),
                    new CameoCode("010", "test code", 0.0, 1), List.of(), modality, 0.5,
                    new Provenance("test-rule", "", List.of(), "test-dict", "test"));
            events.add(new EventRecord("ev" + events.size(), doc.id(), e, date));
            return this;
        }

        DocumentResult build() {
            return new DocumentResult(new AnnotatedDocument(doc, sentences), mentions, events);
        }

        private List<EventActor> actors(int si, List<String> codes) {
            List<EventActor> out = new ArrayList<>();
            Sentence s = sentences.get(si);
            for (String c : codes) {
                out.add(new EventActor(ActorCode.of(c), c, c, s.start(), s.start() + 1, ResolutionBasis.DICTIONARY, "test:" + c));
            }
            return out;
        }

        private Span find(int si, String form, int nth) {
            Sentence s = sentences.get(si);
            int at = -1;
            for (int k = 0; k <= nth; k++) {
                at = s.text().indexOf(form, at + 1);
                if (at < 0) {
                    throw new IllegalArgumentException("'" + form + "' #" + nth + " not in sentence " + si + ": " + s.text());
                }
            }
            return new Span(s.start() + at, s.start() + at + form.length());
        }
    }

    static EventDate day(String d) {
        LocalDate x = LocalDate.parse(d);
        return new EventDate(x, x, Granularity.DAY, DateBasis.TEXT, d);
    }

    static EventDate range(String a, String b) {
        return new EventDate(a == null ? null : LocalDate.parse(a), b == null ? null : LocalDate.parse(b), Granularity.RANGE,
                DateBasis.INFERRED, null);
    }
}
