package org.chancery.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.chancery.actor.ActorMention;
import org.chancery.coding.CodedEvent;
import org.chancery.coding.EventActor;
import org.chancery.coding.Modality;
import org.chancery.model.Document;
import org.chancery.model.DocumentMetadata;
import org.chancery.model.PublicationDate;
import org.chancery.model.PublicationDateBasis;
import org.chancery.model.Sentence;
import org.chancery.model.Span;
import org.chancery.pipeline.DocumentResult;
import org.chancery.pipeline.EventRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores a pipeline on the seed gold with the matching rules of the eval README ("How a gold event
 * is matched"). Matching is any-match, not one-to-one: a gold event is found when at least one
 * system event matches it, and a system event counts for precision when it matches at least one
 * gold event (core or hard); one system event may thus find several gold events.
 * Immutable and thread-safe; the processor is called once per document, in file-name order.
 */
public final class SeedGoldEvaluator {
    private static final Logger LOG = LoggerFactory.getLogger(SeedGoldEvaluator.class);
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}_]+");

    /** Evidence string of the publication date given to the pipeline. */
    public static final String DATE_EVIDENCE = "gold reference date";

    public static final List<String> NOTES = List.of(
            "publication date given to the pipeline: document.reference_date as PublicationDate(METADATA, \"" + DATE_EVIDENCE
                    + "\"); a month or year value is given as its last day",
            "matching is any-match (not one-to-one): a gold event is found when some system event matches it;"
                    + " precision = system events matching some gold event (core or hard) / all system events",
            "precision of the counted kinds: the same over system events marked ASSERTED, REPORTED or HABITUAL only, the"
                    + " kinds analytics count (negated, hypothetical, recommended and planned events are exported, marked)",
            "sentence rule: the system event's sentence span overlaps the gold evidence by at least half of the shorter span",
            "date accuracy = found gold events with a gold date that some matching system event dates overlappingly"
                    + " / found gold events with a gold date; an UNKNOWN system date never overlaps",
            "non-event hit: an ASSERTED system event matching no gold event whose trigger overlaps the non-event's evidence",
            "mentions: a gold occurrence is found when a non-locative system mention overlapping it has a matching code;"
                    + " an excluded occurrence is a false positive when any non-locative system mention overlaps it");

    private final Path corpusDir;

    /** @param corpusDir the corpus root that gold {@code document.path} values are relative to */
    public SeedGoldEvaluator(Path corpusDir) {
        this.corpusDir = Objects.requireNonNull(corpusDir, "corpusDir");
    }

    /**
     * The corpus root for a gold folder given alone: the nearest ancestor's {@code corpus} folder
     * ({@code ../shared/eval/dev/seed-gold} gives {@code ../shared/corpus}), or empty.
     */
    public static java.util.Optional<Path> guessCorpus(Path goldDirOrFile) {
        for (Path p = goldDirOrFile.toAbsolutePath().normalize().getParent(); p != null; p = p.getParent()) {
            Path c = p.resolve("corpus");
            if (java.nio.file.Files.isDirectory(c)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    /** Reads every gold file of {@code goldDirOrFile}, processes its text and scores it. */
    public SeedGoldReport evaluate(Path goldDirOrFile, DocumentProcessor processor) throws IOException {
        List<SeedDocumentScore> scores = new ArrayList<>();
        for (Path f : SeedGoldReader.goldFiles(goldDirOrFile)) {
            SeedGoldCase c = SeedGoldReader.read(f, corpusDir);
            Document doc = documentFor(c);
            DocumentResult result;
            try {
                result = processor.process(doc);
            } catch (RuntimeException e) {
                throw new IllegalStateException("processing seed document " + doc.id() + " (" + f + ") failed: " + e.getMessage(), e);
            }
            SeedDocumentScore s = score(c.gold(), result);
            LOG.info("seed gold {}: {} system events, core recall {} / precision {} (country level)", doc.id(), s.systemEvents(),
                    Ratio.format(s.country().coreRecall()), Ratio.format(s.country().precision()));
            scores.add(s);
        }
        return SeedGoldReport.of(scores, NOTES);
    }

    /** The document the pipeline sees: id from the file name, text as read, reference date as publication date. */
    public static Document documentFor(SeedGoldCase c) {
        GoldDocument g = c.gold();
        PublicationDate published = g.referenceDate() == null ? PublicationDate.unknown()
                : PublicationDate.of(g.referenceDate(), PublicationDateBasis.METADATA, DATE_EVIDENCE);
        return new Document(g.id(), c.text(), c.goldFile(), DocumentMetadata.empty().withPublished(published));
    }

    /** Scores one document's result against its gold (both levels, events and mentions). */
    public static SeedDocumentScore score(GoldDocument gold, DocumentResult result) {
        List<Sentence> sentences = result.annotated().sentences();
        String text = result.annotated().document().text();
        List<EventRecord> events = result.events();
        List<Sentence> eventSentence = new ArrayList<>(events.size());
        for (EventRecord r : events) {
            int i = r.event().sentenceIndex();
            if (i < 0 || i >= sentences.size()) {
                throw new IllegalArgumentException("document " + gold.id() + ": event " + r.eventId() + " refers to sentence " + i
                        + " of " + sentences.size());
            }
            eventSentence.add(sentences.get(i));
        }
        Scorer sc = new Scorer(gold, text, sentences, events, eventSentence);
        return new SeedDocumentScore(gold.id(), gold.referenceDateValue(),
                gold.referenceDate() == null ? null : gold.referenceDate().toString(),
                gold.events().size(), events.size(),
                sc.level(MatchLevel.COUNTRY), sc.level(MatchLevel.STRICT), mentions(gold, result.mentions()));
    }

    /** True when a system sentence lies on the gold event's evidence (README matching rule 1). */
    static boolean sameSentence(Sentence s, GoldEvent g) {
        if (g.evidence() != null) {
            Span a = s.span();
            Span b = g.evidence();
            int overlap = a.overlap(b);
            return overlap > 0 && 2 * overlap >= Math.min(a.length(), b.length());
        }
        String x = normalise(s.text());
        String y = normalise(g.evidenceText());
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    static String normalise(String s) {
        return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** True when some system actor of a side hits some gold actor of that side; an empty gold side accepts anything. */
    static boolean sideMatches(List<EventActor> system, List<GoldActorRef> gold, MatchLevel level) {
        if (gold.isEmpty()) {
            return true;
        }
        for (EventActor a : system) {
            for (GoldActorRef g : gold) {
                if (g.matches(a.code(), level)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** README matching rule 3, with the swap for symmetric gold events. */
    static boolean actorsMatch(CodedEvent e, GoldEvent g, MatchLevel level) {
        if (sideMatches(e.source(), g.source(), level) && sideMatches(e.target(), g.target(), level)) {
            return true;
        }
        return g.symmetric() && sideMatches(e.target(), g.source(), level) && sideMatches(e.source(), g.target(), level);
    }

    static boolean modalityAgrees(Modality system, GoldEvent g) {
        if (g.negated()) {
            return system == Modality.NEGATED;
        }
        if (g.hypothetical()) {
            return system == Modality.HYPOTHETICAL || system == Modality.RECOMMENDED;
        }
        return system != Modality.NEGATED && system != Modality.HYPOTHETICAL && system != Modality.RECOMMENDED;
    }

    private static MentionScore mentions(GoldDocument gold, List<ActorMention> all) {
        List<ActorMention> actors = all.stream().filter(m -> !m.locative()).toList();
        int occurrences = 0;
        int country = 0;
        int strict = 0;
        int excluded = 0;
        int excludedHits = 0;
        List<MentionMiss> misses = new ArrayList<>();
        List<MentionMiss> fps = new ArrayList<>();
        for (GoldMention g : gold.mentions()) {
            List<ActorMention> over = actors.stream().filter(m -> m.span().overlaps(g.span())).toList();
            List<String> codes = over.stream().map(m -> m.code().value()).distinct().toList();
            if (g.excluded()) {
                excluded++;
                if (!over.isEmpty()) {
                    excludedHits++;
                    fps.add(new MentionMiss(gold.id(), g.actorId(), g.form(), g.span().start(), g.span().end(), g.code(), codes,
                            false, false, g.excludedReason()));
                }
                continue;
            }
            occurrences++;
            boolean c = g.code() != null && over.stream().anyMatch(m -> MatchLevel.COUNTRY.matches(m.code(), g.code(), g.altCodes()));
            boolean s = g.code() != null && over.stream().anyMatch(m -> MatchLevel.STRICT.matches(m.code(), g.code(), g.altCodes()));
            country += c ? 1 : 0;
            strict += s ? 1 : 0;
            if (!s) {
                misses.add(new MentionMiss(gold.id(), g.actorId(), g.form(), g.span().start(), g.span().end(), g.code(), codes, c, false, null));
            }
        }
        return new MentionScore(occurrences, country, strict, excluded, excludedHits, misses, fps);
    }

    /** The per-document matching state. */
    private static final class Scorer {
        private final GoldDocument gold;
        private final String text;
        private final List<Sentence> sentences;
        private final List<EventRecord> events;
        private final List<Sentence> eventSentence;

        Scorer(GoldDocument gold, String text, List<Sentence> sentences, List<EventRecord> events, List<Sentence> eventSentence) {
            this.gold = gold;
            this.text = text;
            this.sentences = sentences;
            this.events = events;
            this.eventSentence = eventSentence;
        }

        boolean matches(int e, GoldEvent g, MatchLevel level) {
            CodedEvent ce = events.get(e).event();
            return g.accepts(ce.type()) && sameSentence(eventSentence.get(e), g) && actorsMatch(ce, g, level);
        }

        LevelScore level(MatchLevel level) {
            boolean[] systemMatched = new boolean[events.size()];
            int coreFound = 0;
            int goldFound = 0;
            int dated = 0;
            int dateOk = 0;
            List<CoreMiss> misses = new ArrayList<>();
            List<ModalityMismatch> modality = new ArrayList<>();
            for (GoldEvent g : gold.events()) {
                List<Integer> matching = new ArrayList<>();
                for (int e = 0; e < events.size(); e++) {
                    if (matches(e, g, level)) {
                        matching.add(e);
                        systemMatched[e] = true;
                    }
                }
                if (matching.isEmpty()) {
                    if (g.isCore()) {
                        misses.add(miss(g, level));
                    }
                    continue;
                }
                goldFound++;
                coreFound += g.isCore() ? 1 : 0;
                if (g.date() != null) {
                    dated++;
                    if (matching.stream().anyMatch(e -> g.date().overlaps(events.get(e).date()))) {
                        dateOk++;
                    }
                }
                if (matching.stream().noneMatch(e -> modalityAgrees(events.get(e).event().modality(), g))) {
                    modality.add(new ModalityMismatch(gold.id(), g.eventId(), g.modality(), g.negated(), g.hypothetical(),
                            matching.stream().map(e -> events.get(e).event().modality().name()).distinct().toList()));
                }
            }
            int matched = 0;
            int facts = 0;
            int factsMatched = 0;
            for (int e = 0; e < events.size(); e++) {
                matched += systemMatched[e] ? 1 : 0;
                if (events.get(e).event().modality().countsAsFact()) {
                    facts++;
                    factsMatched += systemMatched[e] ? 1 : 0;
                }
            }
            List<NonEventHit> hits = new ArrayList<>();
            int nonEventHits = 0;
            for (GoldNonEvent n : gold.nonEvents()) {
                boolean hit = false;
                for (int e = 0; e < events.size(); e++) {
                    CodedEvent ce = events.get(e).event();
                    if (!systemMatched[e] && ce.modality() == Modality.ASSERTED && ce.trigger().overlaps(n.evidence())) {
                        hit = true;
                        hits.add(new NonEventHit(gold.id(), n.text(), n.reason(), events.get(e).eventId(), ce.type(), ce.triggerText()));
                    }
                }
                nonEventHits += hit ? 1 : 0;
            }
            List<RuleScore> perEvent = new ArrayList<>(events.size());
            for (int e = 0; e < events.size(); e++) {
                CodedEvent ce = events.get(e).event();
                perEvent.add(new RuleScore(ce.provenance().rule(), 1, systemMatched[e] ? 1 : 0, ce.modality().countsAsFact() ? 1 : 0));
            }
            List<RuleScore> rules = RuleScore.sum(perEvent);
            return new LevelScore(level, (int) gold.coreCount(), coreFound, gold.events().size(), goldFound,
                    events.size(), matched, facts, factsMatched, dated, dateOk, gold.nonEvents().size(), nonEventHits, misses, hits,
                    modality, rules);
        }

        private CoreMiss miss(GoldEvent g, MatchLevel level) {
            List<Integer> onSentence = new ArrayList<>();
            for (int e = 0; e < events.size(); e++) {
                if (sameSentence(eventSentence.get(e), g)) {
                    onSentence.add(e);
                }
            }
            MissReason reason;
            String detail;
            if (onSentence.isEmpty()) {
                List<Sentence> candidates = sentences.stream().filter(s -> sameSentence(s, g)).toList();
                if (candidates.isEmpty()) {
                    reason = MissReason.SENTENCE_NOT_REACHED;
                    detail = "no system sentence covers the evidence";
                } else if (candidates.stream().noneMatch(Sentence::parsed)) {
                    reason = MissReason.SENTENCE_NOT_REACHED;
                    detail = "sentence " + indices(candidates) + " not parsed";
                } else {
                    reason = MissReason.NO_TRIGGER;
                    detail = "no system event on sentence " + indices(candidates);
                }
            } else {
                List<Integer> typed = onSentence.stream().filter(e -> g.accepts(events.get(e).event().type())).toList();
                if (typed.isEmpty()) {
                    reason = MissReason.WRONG_TYPE;
                    detail = "system " + onSentence.stream().map(e -> describe(events.get(e).event())).collect(Collectors.joining("; "))
                            + " | gold " + g.acceptedTypes();
                } else {
                    reason = MissReason.WRONG_OR_MISSING_ACTOR;
                    detail = "system " + typed.stream().map(e -> describe(events.get(e).event())).collect(Collectors.joining("; "))
                            + " | gold " + codes(g.source()) + " -> " + codes(g.target()) + (g.symmetric() ? " (symmetric)" : "")
                            + " at " + level.name().toLowerCase(Locale.ROOT) + " level";
                }
            }
            return new CoreMiss(gold.id(), g.eventId(), g.type(), reason, detail, g.description());
        }

        private static String indices(List<Sentence> s) {
            return s.stream().map(x -> String.valueOf(x.index())).collect(Collectors.joining(","));
        }

        private static String describe(CodedEvent e) {
            return e.type() + " " + e.source().stream().map(a -> a.code().value()).collect(Collectors.joining("+", "[", "]"))
                    + " -> " + e.target().stream().map(a -> a.code().value()).collect(Collectors.joining("+", "[", "]"))
                    + " '" + e.triggerText() + "'";
        }

        private static String codes(List<GoldActorRef> refs) {
            return refs.stream().map(r -> r.altCodes().isEmpty() ? r.code() : r.code() + "|" + String.join("|", r.altCodes()))
                    .collect(Collectors.joining("+", "[", "]"));
        }
    }
}
