package org.chancery.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reads the real development files at run time (skipped when /work/shared is absent). */
class DevDataTest {
    static final Path SHARED = Path.of(System.getProperty("chancery.shared", "/work/shared"));
    static final Path DEV = SHARED.resolve("eval/dev");

    @Test
    void seedGoldParsesWithCheckedOffsets() throws Exception {
        Path gold = DEV.resolve("seed-gold");
        Assumptions.assumeTrue(Files.isDirectory(gold) && Files.isDirectory(SHARED.resolve("corpus")), "no seed gold at " + gold);
        List<Path> files = SeedGoldReader.goldFiles(gold);
        assertEquals(3, files.size());
        int events = 0;
        int core = 0;
        int nonEvents = 0;
        for (Path f : files) {
            SeedGoldCase c = SeedGoldReader.read(f, SHARED.resolve("corpus"));
            events += c.gold().events().size();
            core += (int) c.gold().coreCount();
            nonEvents += c.gold().nonEvents().size();
            assertTrue(c.gold().referenceDate() != null, c.gold().id());
        }
        assertEquals(91, events);
        assertEquals(42, core);
        assertEquals(12, nonEvents);
        assertEquals(SHARED.resolve("corpus").toAbsolutePath().normalize(), SeedGoldEvaluator.guessCorpus(gold).orElseThrow());
    }

    @Test
    void ploverGoldSentences() throws Exception {
        Path f = DEV.resolve("plover-gsr/PLOVER_GSR_dev.json");
        Assumptions.assumeTrue(Files.isRegularFile(f), "no PLOVER gold at " + f);
        List<GsrSentence> s = PloverGsrEvaluator.read(f);
        assertEquals(161, s.size());
        // 18 type names in the file fold onto all 16 of the 2021 types (FIGHT joins ASSAULT, DISAPPROVE and INVESTIGATE make ACCUSE)
        assertEquals(16, s.stream().map(GsrSentence::type).distinct().count());
        assertEquals(17 + 17, s.stream().filter(x -> x.type() == PloverType.REQUEST
                || x.type() == PloverType.REJECT).count());
        assertEquals(16, s.stream().filter(x -> x.target().isEmpty()).count());
    }

    @Test
    void syntheticStories() throws Exception {
        Path f = DEV.resolve("ngec-synthetic/ngec_synthetic_dev.csv");
        Assumptions.assumeTrue(Files.isRegularFile(f), "no synthetic stories at " + f);
        List<SyntheticStory> s = SyntheticStoryEvaluator.read(f);
        assertEquals(3000, s.size());
        assertEquals(16, s.stream().map(SyntheticStory::label).distinct().count());
        assertEquals(520, s.stream().filter(x -> x.label() == PloverType.CONCEDE).count());
        assertEquals("ngec-0000", s.get(0).id());
        assertTrue(s.stream().filter(x -> x.text().contains("\n")).count() > 2900);
        assertEquals(16 * 5, SyntheticStoryEvaluator.select(s, 5).size());
    }

    @Test
    void suiteRunsEndToEndWithAnEmptySystem() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DEV), "no dev data at " + DEV);
        EvalSuite suite = EvalSuite.dev(SHARED, 2);
        EvalReport r = suite.run(d -> new Fixtures.ResultBuilder(d).build(), "2026-11-22", "test", "no events");
        assertEquals(42, r.seedGold().country().coreEvents());
        assertEquals(91, r.seedGold().strict().goldEvents());
        assertEquals(0, r.seedGold().country().coreFound());
        assertEquals(null, r.seedGold().country().precision());
        assertEquals(407, r.seedGold().mentions().occurrences());
        assertEquals(3, r.seedGold().mentions().excluded());
        assertEquals(42, r.seedGold().country().coreMisses().stream().filter(m -> m.reason() == MissReason.SENTENCE_NOT_REACHED).count());
        assertEquals(161, r.ploverGsr().noOutput());
        assertEquals(32, r.synthetic().stories());
        assertEquals(0.0, r.synthetic().macroRecall());
        String text = EvalReportText.render(r);
        assertTrue(text.contains("... 367 more in the JSON report"), text);
        assertTrue(EvalReportJson.toJson(r).contains("\"noOutputRate\" : 1.0"));
    }

    /** A system that outputs the gold itself must score 1.0 everywhere: checks the matching on the real files. */
    @Test
    void goldAsSystemScoresPerfectly() throws Exception {
        Path gold = DEV.resolve("seed-gold");
        Assumptions.assumeTrue(Files.isDirectory(gold) && Files.isDirectory(SHARED.resolve("corpus")), "no seed gold at " + gold);
        SeedGoldReport r = new SeedGoldEvaluator(SHARED.resolve("corpus")).evaluate(gold, DevDataTest::oracle);
        for (LevelScore l : List.of(r.country(), r.strict())) {
            assertEquals(1.0, l.coreRecall(), l.level() + " " + l.coreMisses());
            assertEquals(1.0, l.allRecall());
            assertEquals(1.0, l.precision());
            assertEquals(1.0, l.dateAccuracy());
            assertEquals(85, l.datedFound());
            assertEquals(0, l.nonEventHits());
            assertEquals(0, l.modalityMismatches().size());
        }
        assertEquals(407, r.mentions().foundStrict());
        assertEquals(0, r.mentions().excludedHits());
    }

    private static DocumentResult oracle(Document d) {
        try {
            Path file = DEV.resolve("seed-gold").resolve(SeedGoldReader.goldFiles(DEV.resolve("seed-gold")).stream()
                    .filter(f -> f.getFileName().toString().startsWith(d.id())).findFirst().orElseThrow().getFileName());
            GoldDocument g = SeedGoldReader.read(file, SHARED.resolve("corpus")).gold();
            List<Span> spans = g.events().stream().map(GoldEvent::evidence).distinct()
                    .sorted(Comparator.comparingInt(Span::start)).toList();
            List<Sentence> sentences = new ArrayList<>();
            for (Span sp : spans) {
                sentences.add(new Sentence(sentences.size(), sp.start(), sp.end(), d.text().substring(sp.start(), sp.end()),
                        List.of(), List.of(), true, List.of()));
            }
            List<EventRecord> events = new ArrayList<>();
            for (GoldEvent e : g.events()) {
                Span t = e.trigger() != null ? e.trigger() : e.evidence();
                EventDate date = e.date() == null ? EventDate.unknown()
                        : new EventDate(e.date().start(), e.date().end(), Granularity.RANGE,
                                DateBasis.TEXT, e.date().value());
                CodedEvent ce = new CodedEvent(spans.indexOf(e.evidence()), t, "t", 0,
                        actors(e.source()), actors(e.target()), e.type(), null, List.of(),
                        new CameoCode("010", "oracle", 0.0, 1), List.of(),
                        e.negated() ? Modality.NEGATED : Modality.ASSERTED, 1.0,
                        new Provenance("oracle", "", List.of(), "-", "-"));
                events.add(new EventRecord(e.eventId(), d.id(), ce, date));
            }
            List<ActorMention> mentions = g.mentions().stream().filter(m -> !m.excluded())
                    .map(m -> new ActorMention(0, 0, 1, m.span().start(), m.span().end(), m.form(),
                            ActorCode.of(m.code()), m.form(), ResolutionBasis.DICTIONARY, "oracle", false))
                    .toList();
            return new DocumentResult(new AnnotatedDocument(d, sentences), mentions, events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<EventActor> actors(List<GoldActorRef> refs) {
        return refs.stream().map(r -> new EventActor(ActorCode.of(r.code()), r.name(), r.name(), 0, 1,
                ResolutionBasis.DICTIONARY, "oracle")).toList();
    }
}
