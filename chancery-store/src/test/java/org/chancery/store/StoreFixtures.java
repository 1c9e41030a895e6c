package org.chancery.store;

import java.math.BigDecimal;
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
import org.chancery.coding.Quantity;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Document;
import org.chancery.model.DocumentMetadata;
import org.chancery.model.Granularity;
import org.chancery.model.PublicationDate;
import org.chancery.model.PublicationDateBasis;
import org.chancery.model.Sentence;
import org.chancery.model.Span;
import org.chancery.model.Token;
import org.chancery.ontology.CameoCode;
import org.chancery.ontology.PloverType;
import org.chancery.pipeline.DocumentResult;
import org.chancery.pipeline.EventRecord;
import org.chancery.temporal.DateBasis;
import org.chancery.temporal.EventDate;

/**
 * Hand-built documents for store tests. The sentences are invented for these tests; the codes and
 * Goldstein values are the CAMEO facts.
 */
public final class StoreFixtures {
    static final CameoCode STOP_MILITARY_AID = new CameoCode("1622", "Reduce or stop military assistance", -5.6, 4);
    static final CameoCode ACCUSE = new CameoCode("112", "Accuse", -2.0, 3);
    static final CameoCode ECONOMIC_AID = new CameoCode("071", "Provide economic aid", 7.4, 2);
    static final CameoCode COOPERATE_ECONOMICALLY = new CameoCode("061", "Cooperate economically", 6.4, 2);
    static final CameoCode THREATEN_FORCE = new CameoCode("138", "Threaten with military force", -7.0, 3);
    static final CameoCode MAKE_VISIT = new CameoCode("042", "Make a visit", 1.9, 1);

    private StoreFixtures() {}

    /** Builds one document sentence by sentence, with mentions and events found by their surface text. */
    static final class DocBuilder {
        private final String id;
        private final LocalDate published;
        private final List<String> sentenceTexts = new ArrayList<>();
        private final List<MentionSpec> mentionSpecs = new ArrayList<>();
        private final List<EventSpec> eventSpecs = new ArrayList<>();
        private String title = "A test article";

        DocBuilder(String id, LocalDate published) {
            this.id = id;
            this.published = published;
        }

        DocBuilder title(String t) {
            this.title = t;
            return this;
        }

        DocBuilder sentence(String text) {
            sentenceTexts.add(text);
            return this;
        }

        DocBuilder mention(int sentence, String surface, String code, String name, ResolutionBasis basis, String entry, boolean locative) {
            mentionSpecs.add(new MentionSpec(sentence, surface, code, name, basis, entry, locative));
            return this;
        }

        DocBuilder event(EventSpec spec) {
            eventSpecs.add(spec);
            return this;
        }

        DocumentResult build() {
            String text = String.join(" ", sentenceTexts);
            List<Sentence> sentences = new ArrayList<>();
            int pos = 0;
            for (int i = 0; i < sentenceTexts.size(); i++) {
                String s = sentenceTexts.get(i);
                sentences.add(new Sentence(i, pos, pos + s.length(), s, tokens(s, pos), List.of(), true, List.of()));
                pos += s.length() + 1;
            }
            PublicationDate pub = published == null ? PublicationDate.unknown()
                    : PublicationDate.of(published, PublicationDateBasis.METADATA, "front matter: published");
            Document doc = new Document(id, text, "/corpus/" + id + ".txt",
                    new DocumentMetadata(title, "https://example.org/" + id, "Example Wire", "A. Writer", pub));
            AnnotatedDocument annotated = new AnnotatedDocument(doc, sentences);
            List<ActorMention> mentions = new ArrayList<>();
            for (MentionSpec m : mentionSpecs) {
                mentions.add(m.resolve(sentences.get(m.sentence)));
            }
            List<EventRecord> events = new ArrayList<>();
            for (EventSpec e : eventSpecs) {
                CodedEvent coded = e.code(sentences.get(e.sentence));
                events.add(new EventRecord(e.eventId != null ? e.eventId : EventRecord.idFor(doc.contentHash(), coded), id, coded, e.date));
            }
            return new DocumentResult(annotated, mentions, events);
        }
    }

    static List<Token> tokens(String sentence, int offset) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < sentence.length()) {
            while (i < sentence.length() && sentence.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < sentence.length() && sentence.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                String t = sentence.substring(start, i);
                out.add(new Token(out.size(), t, t.toLowerCase(java.util.Locale.ROOT), "NN", "O", offset + start, offset + i));
            }
        }
        return out;
    }

    static int tokenAt(Sentence s, int offset) {
        for (Token t : s.tokens()) {
            if (t.start() <= offset && offset < t.end()) {
                return t.index();
            }
        }
        throw new IllegalArgumentException("no token at " + offset + " in sentence " + s.index());
    }

    static int find(Sentence s, String surface) {
        int i = s.text().indexOf(surface);
        if (i < 0) {
            throw new IllegalArgumentException("'" + surface + "' not in sentence " + s.index() + ": " + s.text());
        }
        return s.start() + i;
    }

    record MentionSpec(int sentence, String surface, String code, String name, ResolutionBasis basis, String entry, boolean locative) {
        ActorMention resolve(Sentence s) {
            int start = find(s, surface);
            int end = start + surface.length();
            return new ActorMention(s.index(), tokenAt(s, start), tokenAt(s, end - 1) + 1, start, end, surface, ActorCode.of(code),
                    name, basis, entry, locative);
        }
    }

    /** An actor in an event spec: surface text in the sentence plus its code and name. */
    record ActorSpec(String surface, String code, String name) {
        EventActor resolve(Sentence s) {
            int start = find(s, surface);
            return new EventActor(ActorCode.of(code), name, surface, start, start + surface.length(), ResolutionBasis.DICTIONARY,
                    "country:" + code.substring(0, 3));
        }
    }

    static ActorSpec actor(String surface, String code, String name) {
        return new ActorSpec(surface, code, name);
    }

    static final class EventSpec {
        final int sentence;
        final String trigger;
        final PloverType type;
        final CameoCode cameo;
        List<ActorSpec> source = List.of();
        List<ActorSpec> target = List.of();
        Modality modality = Modality.ASSERTED;
        EventDate date = EventDate.unknown();
        String mode;
        List<String> contexts = List.of();
        List<String[]> quantities = new ArrayList<>();
        String rule = "test.rule";
        String eventId;
        double confidence = 0.8;

        EventSpec(int sentence, String trigger, PloverType type, CameoCode cameo) {
            this.sentence = sentence;
            this.trigger = trigger;
            this.type = type;
            this.cameo = cameo;
        }

        EventSpec source(ActorSpec... a) {
            source = List.of(a);
            return this;
        }

        EventSpec target(ActorSpec... a) {
            target = List.of(a);
            return this;
        }

        EventSpec modality(Modality m) {
            modality = m;
            return this;
        }

        EventSpec date(EventDate d) {
            date = d;
            return this;
        }

        EventSpec day(LocalDate d) {
            date = new EventDate(d, d, Granularity.DAY, DateBasis.TEXT, d.toString());
            return this;
        }

        EventSpec mode(String m, String... ctx) {
            mode = m;
            contexts = List.of(ctx);
            return this;
        }

        /** A quantity: surface text, value (or null), unit. */
        EventSpec quantity(String surface, String value, String unit) {
            quantities.add(new String[] {surface, value, unit});
            return this;
        }

        EventSpec rule(String r) {
            rule = r;
            return this;
        }

        EventSpec id(String id) {
            eventId = id;
            return this;
        }

        CodedEvent code(Sentence s) {
            int start = find(s, trigger);
            List<EventActor> src = new ArrayList<>();
            for (ActorSpec a : source) {
                src.add(a.resolve(s));
            }
            List<EventActor> tgt = new ArrayList<>();
            for (ActorSpec a : target) {
                tgt.add(a.resolve(s));
            }
            List<Quantity> qs = new ArrayList<>();
            for (String[] q : quantities) {
                int qs0 = find(s, q[0]);
                qs.add(new Quantity(q[0], qs0, qs0 + q[0].length(), q[1] == null ? null : new BigDecimal(q[1]), q[2]));
            }
            List<String> entries = new ArrayList<>();
            for (EventActor a : src) {
                entries.add(a.entry());
            }
            for (EventActor a : tgt) {
                entries.add(a.entry());
            }
            return new CodedEvent(s.index(), new Span(start, start + trigger.length()), trigger, tokenAt(s, start), src, tgt, type, mode,
                    contexts, cameo, qs, modality, confidence,
                    new Provenance(rule, "nsubj(" + trigger + ")", entries, "sha256:0123abcd", "0.1.0"));
        }
    }

    static EventSpec ev(int sentence, String trigger, PloverType type, CameoCode cameo) {
        return new EventSpec(sentence, trigger, type, cameo);
    }

    /** A three-sentence article on Pakistan's relations in 2018, with four events. */
    static DocumentResult pakistan2018() {
        return new DocBuilder("pk-2018-aid", LocalDate.of(2018, 3, 20))
                .title("Aid, loans and accusations")
                .sentence("Washington suspended military aid to Islamabad on 4 January 2018.")
                .sentence("Pakistani officials accused the United States of ignoring the war's cost, a spokesman said.")
                .sentence("Beijing pledged $500 million in loans to Pakistan during a visit to Islamabad.")
                .mention(0, "Washington", "USAGOV", "Government of the United States", ResolutionBasis.METONYM, "capital:Washington", false)
                .mention(0, "Islamabad", "PAKGOV", "Government of Pakistan", ResolutionBasis.METONYM, "capital:Islamabad", false)
                .mention(1, "Pakistani officials", "PAKGOV", "Government of Pakistan", ResolutionBasis.AGENT, "agent:officials", false)
                .mention(1, "the United States", "USA", "United States", ResolutionBasis.DICTIONARY, "country:USA", false)
                .mention(2, "Beijing", "CHNGOV", "Government of China", ResolutionBasis.METONYM, "capital:Beijing", false)
                .mention(2, "Pakistan", "PAK", "Pakistan", ResolutionBasis.DICTIONARY, "country:PAK", false)
                .mention(2, "Islamabad", "PAK", "Pakistan", ResolutionBasis.METONYM, "capital:Islamabad", true)
                .event(ev(0, "suspended", PloverType.SANCTION, STOP_MILITARY_AID)
                        .source(actor("Washington", "USAGOV", "Government of the United States"))
                        .target(actor("Islamabad", "PAKGOV", "Government of Pakistan"))
                        .mode(null, "military").day(LocalDate.of(2018, 1, 4)).rule("sanction.suspend-aid"))
                .event(ev(1, "accused", PloverType.ACCUSE, ACCUSE)
                        .source(actor("Pakistani officials", "PAKGOV", "Government of Pakistan"))
                        .target(actor("the United States", "USA", "United States"))
                        .modality(Modality.REPORTED)
                        .date(new EventDate(null, LocalDate.of(2018, 3, 20), Granularity.DAY, DateBasis.INFERRED, null))
                        .rule("accuse.verb"))
                .event(ev(2, "pledged", PloverType.AID, ECONOMIC_AID)
                        .source(actor("Beijing", "CHNGOV", "Government of China"))
                        .target(actor("Pakistan", "PAK", "Pakistan"))
                        .mode("pledge", "economic")
                        .quantity("$500 million", "500000000", "USD")
                        .date(new EventDate(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31), Granularity.MONTH, DateBasis.PUBLICATION, null))
                        .rule("aid.pledge"))
                .event(ev(2, "visit", PloverType.CONSULT, MAKE_VISIT)
                        .source(actor("Beijing", "CHNGOV", "Government of China"))
                        .modality(Modality.PLANNED)
                        .rule("consult.visit-noun"))
                .build();
    }

    /** A four-sentence article from 2019 on the United States and Pakistan (no mentions; four events). */
    static DocumentResult relations2019() {
        return new DocBuilder("relations-2019", LocalDate.of(2019, 7, 10))
                .title("Trade talks after a cold year")
                .sentence("The United States and Pakistan agreed on 22 July 2019 to cooperate on trade.")
                .sentence("In November 2018 Washington had cut off military aid to the Pakistani army.")
                .sentence("Officials said the United States would not threaten Pakistan, which it has long aided.")
                .sentence("In February 2019 the State Department and the Pentagon funded \"small\" projects in Pakistan.")
                .event(ev(0, "cooperate", PloverType.COOPERATE, COOPERATE_ECONOMICALLY)
                        .source(actor("The United States", "USA", "United States"))
                        .target(actor("Pakistan", "PAK", "Pakistan"))
                        .day(LocalDate.of(2019, 7, 22)).rule("cooperate.agree-to"))
                .event(ev(1, "cut off", PloverType.SANCTION, STOP_MILITARY_AID)
                        .source(actor("Washington", "USAGOV", "Government of the United States"))
                        .target(actor("the Pakistani army", "PAKMIL", "Military of Pakistan"))
                        .date(new EventDate(LocalDate.of(2018, 11, 1), LocalDate.of(2018, 11, 30), Granularity.MONTH, DateBasis.TEXT,
                                "In November 2018"))
                        .rule("sanction.cut-aid"))
                .event(ev(2, "threaten", PloverType.THREATEN, THREATEN_FORCE)
                        .source(actor("the United States", "USA", "United States"))
                        .target(actor("Pakistan", "PAK", "Pakistan"))
                        .modality(Modality.NEGATED)
                        .date(new EventDate(LocalDate.of(2019, 7, 10), LocalDate.of(2019, 7, 10), Granularity.DAY, DateBasis.PUBLICATION, null))
                        .rule("threaten.verb"))
                .event(ev(3, "funded", PloverType.AID, ECONOMIC_AID)
                        .source(actor("the State Department", "USAGOV", "Government of the United States"),
                                actor("the Pentagon", "USAMIL", "Military of the United States"))
                        .target(actor("Pakistan", "PAK", "Pakistan"))
                        .modality(Modality.HABITUAL)
                        .date(new EventDate(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 2, 28), Granularity.MONTH, DateBasis.TEXT,
                                "In February 2019"))
                        .rule("aid.fund"))
                .build();
    }

    /** A store holding {@link #pakistan2018()} and {@link #relations2019()}. */
    public static DuckDbEventStore filledStore(java.nio.file.Path file) {
        DuckDbEventStore store = DuckDbEventStore.open(file);
        store.save(pakistan2018());
        store.save(relations2019());
        return store;
    }
}
