package org.chancery.app.server;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Three small invented documents, coded by hand, for the server's tests. No CoreNLP: sentences are
 * given, tokens are whitespace pieces, mentions and events are placed by finding their words.
 *
 * <p>USA–PAK: 2018-01 a military-aid cut (material conflict) and a rejection (verbal conflict),
 * 2018-03 talks (verbal cooperation), 2018-04 aid (material cooperation), 2018-05 a hypothetical cut
 * (not counted by default). RUS–PAK: 2018-02 aid, 2018-05 a pact. CHN praises in 2018-05. The
 * third document carries markup in its title and text to prove the UI renders it as text.
 */
final class ServerFixture {
    static final String XSS_DOC = "markup-probe";
    static final String XSS_SCRIPT = "<script>alert(1)</script>";
    static final String XSS_IMG = "<img src=x onerror=alert(2)>";
    static final String XSS_TITLE = "Border <b>claims</b> <script>alert(3)</script>";

    static final CameoCode C1622 = new CameoCode("1622", "Reduce or stop military assistance", -5.6, 4);
    static final CameoCode C162 = new CameoCode("162", "Reduce or stop material aid", -5.6, 4);
    static final CameoCode C120 = new CameoCode("120", "Reject", -4.0, 3);
    static final CameoCode C040 = new CameoCode("040", "Consult", 1.0, 1);
    static final CameoCode C070 = new CameoCode("070", "Provide aid", 7.0, 2);
    static final CameoCode C057 = new CameoCode("057", "Sign formal agreement", 8.0, 1);
    static final CameoCode C051 = new CameoCode("051", "Praise or endorse", 3.4, 1);
    static final CameoCode C112 = new CameoCode("112", "Accuse", -2.0, 3);

    private ServerFixture() {}

    static List<DocumentResult> documents() {
        return List.of(usaPak(), rusPak(), markupProbe());
    }

    private static DocumentResult usaPak() {
        Builder b = new Builder("usa-pak-2018", "Aid cut, then talks", LocalDate.of(2018, 4, 20),
                "Washington suspended military aid to Pakistan on 4 January 2018.",
                "Islamabad rejected the American charge that it shelters militants.",
                "In March 2018 officials of the United States and Pakistan held talks in Islamabad.",
                "In April 2018 the United States resumed aid to Pakistan.");
        ActorMention wash = b.mention(0, "Washington", "USAGOV", "Government of the United States", ResolutionBasis.METONYM, "capital:Washington", false);
        ActorMention pak0 = b.mention(0, "Pakistan", "PAK", "Pakistan", ResolutionBasis.DICTIONARY, "country:PAK", false);
        ActorMention isl = b.mention(1, "Islamabad", "PAKGOV", "Government of Pakistan", ResolutionBasis.METONYM, "capital:Islamabad", false);
        ActorMention amer = b.mention(1, "American", "USA", "United States", ResolutionBasis.DEMONYM, "demonym:American", false);
        ActorMention us2 = b.mention(2, "officials of the United States", "USAGOV", "Government of the United States", ResolutionBasis.AGENT, "country:USA", false);
        ActorMention pak2 = b.mention(2, "Pakistan", "PAK", "Pakistan", ResolutionBasis.DICTIONARY, "country:PAK", false);
        b.mention(2, "Islamabad", "PAK", "Islamabad", ResolutionBasis.DICTIONARY, "capital:Islamabad", true);
        ActorMention us3 = b.mention(3, "the United States", "USA", "United States", ResolutionBasis.DICTIONARY, "country:USA", false);
        ActorMention pak3 = b.mention(3, "Pakistan", "PAK", "Pakistan", ResolutionBasis.DICTIONARY, "country:PAK", false);
        b.event(0, "suspended", wash, pak0, PloverType.SANCTION, "discontinue", C1622, Modality.ASSERTED,
                day(2018, 1, 4), "sanction.suspend-aid", "nsubj(suspended, Washington) obj(suspended, aid) nmod:to(aid, Pakistan)", null);
        b.event(1, "rejected", isl, amer, PloverType.REJECT, null, C120, Modality.ASSERTED,
                new EventDate(LocalDate.of(2018, 1, 5), LocalDate.of(2018, 1, 31), Granularity.RANGE, DateBasis.INFERRED, null),
                "reject.charge", "nsubj(rejected, Islamabad) obj(rejected, charge) amod(charge, American)", null);
        b.event(2, "held talks", us2, pak2, PloverType.CONSULT, null, C040, Modality.ASSERTED,
                month(2018, 3, "In March 2018"), "consult.hold-talks", "nsubj(held, officials) conj(officials, Pakistan) obj(held, talks)", null);
        b.event(3, "resumed aid", us3, pak3, PloverType.AID, null, C070, Modality.ASSERTED,
                month(2018, 4, "In April 2018"), "aid.resume", "nsubj(resumed, States) obj(resumed, aid) nmod:to(aid, Pakistan)", null);
        return b.build();
    }

    private static DocumentResult rusPak() {
        Builder b = new Builder("rus-pak-2018", "Moscow and Islamabad draw closer", LocalDate.of(2018, 5, 20),
                "Russia agreed in February 2018 to supply four helicopters to Pakistan.",
                "Pakistan and Russia signed a defence pact in May 2018.",
                "China praised the pact with Pakistan.",
                "Washington may cut further aid to Pakistan, an official said.");
        ActorMention rus0 = b.mention(0, "Russia", "RUS", "Russia", ResolutionBasis.DICTIONARY, "country:RUS", false);
        ActorMention pak0 = b.mention(0, "Pakistan", "PAK", "Pakistan", ResolutionBasis.DICTIONARY, "country:PAK", false);
        ActorMention pak1 = b.mention(1, "Pakistan", "PAK", "Pakistan", ResolutionBasis.DICTIONARY, "country:PAK", false);
        ActorMention rus1 = b.mention(1, "Russia", "RUS", "Russia", ResolutionBasis.DICTIONARY, "country:RUS", false);
        ActorMention chn = b.mention(2, "China", "CHN", "China", ResolutionBasis.DICTIONARY, "country:CHN", false);
        ActorMention pak2 = b.mention(2, "Pakistan", "PAK", "Pakistan", ResolutionBasis.DICTIONARY, "country:PAK", false);
        ActorMention wash = b.mention(3, "Washington", "USAGOV", "Government of the United States", ResolutionBasis.METONYM, "capital:Washington", false);
        ActorMention pak3 = b.mention(3, "Pakistan", "PAK", "Pakistan", ResolutionBasis.DICTIONARY, "country:PAK", false);
        b.event(0, "supply", rus0, pak0, PloverType.AID, null, C070, Modality.ASSERTED,
                month(2018, 2, "in February 2018"), "aid.supply", "xcomp(agreed, supply) obj(supply, helicopters) obl:to(supply, Pakistan)",
                b.quantity(0, "four helicopters", 4, "helicopter"));
        b.event(1, "signed", pak1, rus1, PloverType.SUPPORT, null, C057, Modality.ASSERTED,
                month(2018, 5, "in May 2018"), "support.sign-pact", "nsubj(signed, Pakistan) conj(Pakistan, Russia) obj(signed, pact)", null);
        b.event(2, "praised", chn, pak2, PloverType.SUPPORT, null, C051, Modality.ASSERTED,
                new EventDate(LocalDate.of(2018, 5, 20), LocalDate.of(2018, 5, 20), Granularity.DAY, DateBasis.PUBLICATION, null),
                "support.praise", "nsubj(praised, China) obj(praised, pact) nmod:with(pact, Pakistan)", null);
        b.event(3, "cut", wash, pak3, PloverType.SANCTION, "discontinue", C162, Modality.HYPOTHETICAL,
                new EventDate(LocalDate.of(2018, 5, 20), null, Granularity.RANGE, DateBasis.INFERRED, null),
                "sanction.cut-aid", "nsubj(cut, Washington) aux(cut, may) obj(cut, aid)", null);
        return b.build();
    }

    private static DocumentResult markupProbe() {
        Builder b = new Builder(XSS_DOC, XSS_TITLE, LocalDate.of(2018, 7, 2),
                "Pakistan accused India of shelling " + XSS_SCRIPT + " villages in June 2018.",
                "China criticised Washington " + XSS_IMG + " over the raid.");
        ActorMention pak = b.mention(0, "Pakistan", "PAK", "Pakistan", ResolutionBasis.DICTIONARY, "country:PAK", false);
        ActorMention ind = b.mention(0, "India", "IND", "India", ResolutionBasis.DICTIONARY, "country:IND", false);
        ActorMention chn = b.mention(1, "China", "CHN", "China", ResolutionBasis.DICTIONARY, "country:CHN", false);
        ActorMention wash = b.mention(1, "Washington", "USAGOV", "Government of the United States", ResolutionBasis.METONYM, "capital:Washington", false);
        b.event(0, "accused", pak, ind, PloverType.ACCUSE, "disapprove", C112, Modality.ASSERTED,
                month(2018, 6, "in June 2018"), "accuse.charge", "nsubj(accused, Pakistan) obj(accused, India)", null);
        b.event(1, "criticised", chn, wash, PloverType.ACCUSE, "disapprove", C112, Modality.ASSERTED,
                new EventDate(LocalDate.of(2018, 7, 2), LocalDate.of(2018, 7, 2), Granularity.DAY, DateBasis.PUBLICATION, null),
                "accuse.criticise", "nsubj(criticised, China) obj(criticised, Washington)", null);
        return b.build();
    }

    private static EventDate day(int y, int m, int d) {
        LocalDate x = LocalDate.of(y, m, d);
        return new EventDate(x, x, Granularity.DAY, DateBasis.TEXT, "on 4 January 2018");
    }

    private static EventDate month(int y, int m, String text) {
        LocalDate s = LocalDate.of(y, m, 1);
        return new EventDate(s, s.plusMonths(1).minusDays(1), Granularity.MONTH, DateBasis.TEXT, text);
    }

    /** Lays out sentences into a text and places mentions and events by their words. */
    static final class Builder {
        private static final Pattern WORD = Pattern.compile("\\S+");
        private final Document document;
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<ActorMention> mentions = new ArrayList<>();
        private final List<EventRecord> events = new ArrayList<>();

        Builder(String id, String title, LocalDate published, String... sentenceTexts) {
            String text = String.join(" ", sentenceTexts);
            this.document = new Document(id, text, "test:" + id,
                    new DocumentMetadata(title, "https://example.org/" + id, "Fixture Wire", null,
                            PublicationDate.of(published, PublicationDateBasis.METADATA, "fixture")));
            int at = 0;
            for (int i = 0; i < sentenceTexts.length; i++) {
                String s = sentenceTexts[i];
                List<Token> tokens = new ArrayList<>();
                Matcher m = WORD.matcher(s);
                while (m.find()) {
                    tokens.add(new Token(tokens.size(), m.group(), m.group().toLowerCase(java.util.Locale.ROOT), "NN", "O",
                            at + m.start(), at + m.end()));
                }
                sentences.add(new Sentence(i, at, at + s.length(), s, tokens, List.of(), true, List.of()));
                at += s.length() + 1;
            }
        }

        private Span find(int sentence, String phrase) {
            Sentence s = sentences.get(sentence);
            int i = s.text().indexOf(phrase);
            if (i < 0) {
                throw new IllegalArgumentException("'" + phrase + "' is not in sentence " + sentence + ": " + s.text());
            }
            return new Span(s.start() + i, s.start() + i + phrase.length());
        }

        private int[] tokens(int sentence, Span span) {
            Sentence s = sentences.get(sentence);
            int first = -1;
            int last = -1;
            for (Token t : s.tokens()) {
                if (t.span().overlaps(span)) {
                    if (first < 0) first = t.index();
                    last = t.index();
                }
            }
            return new int[] {first, last + 1};
        }

        ActorMention mention(int sentence, String phrase, String code, String name, ResolutionBasis basis, String entry, boolean locative) {
            Span sp = find(sentence, phrase);
            for (ActorMention m : mentions) {
                if (m.sentenceIndex() == sentence && m.span().overlaps(sp)) {
                    sp = null;
                }
            }
            if (sp == null) {
                // the phrase occurs twice: take its second occurrence
                Sentence s = sentences.get(sentence);
                int i = s.text().indexOf(phrase, s.text().indexOf(phrase) + 1);
                sp = new Span(s.start() + i, s.start() + i + phrase.length());
            }
            int[] t = tokens(sentence, sp);
            ActorMention m = new ActorMention(sentence, t[0], t[1], sp.start(), sp.end(), phrase, ActorCode.of(code), name,
                    basis, entry, locative);
            mentions.add(m);
            return m;
        }

        Quantity quantity(int sentence, String phrase, long value, String unit) {
            Span sp = find(sentence, phrase);
            return new Quantity(phrase, sp.start(), sp.end(), BigDecimal.valueOf(value), unit);
        }

        void event(int sentence, String trigger, ActorMention source, ActorMention target, PloverType type, String mode,
                   CameoCode cameo, Modality modality, EventDate date, String rule, String path, Quantity quantity) {
            Span sp = find(sentence, trigger);
            CodedEvent e = new CodedEvent(sentence, sp, trigger, tokens(sentence, sp)[0],
                    List.of(EventActor.of(source)), List.of(EventActor.of(target)), type, mode, List.of("diplomatic"), cameo,
                    quantity == null ? List.of() : List.of(quantity), modality, 0.8, new Provenance(rule, path,
                    List.of(source.entry(), target.entry()), "sha256:fixture", "0.1.0-test"));
            events.add(new EventRecord(EventRecord.idFor(document.contentHash(), e), document.id(), e, date));
        }

        DocumentResult build() {
            return new DocumentResult(new AnnotatedDocument(document, sentences), mentions, events);
        }
    }
}
