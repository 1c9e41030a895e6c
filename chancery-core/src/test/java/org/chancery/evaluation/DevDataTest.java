package org.chancery.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    }

    @Test
    void ploverGoldSentences() throws Exception {
        Path f = DEV.resolve("plover-gsr/PLOVER_GSR_dev.json");
        Assumptions.assumeTrue(Files.isRegularFile(f), "no PLOVER gold at " + f);
        List<GsrSentence> s = PloverGsrEvaluator.read(f);
        assertEquals(161, s.size());
        // 18 type names in the file fold onto all 16 of the 2021 types (FIGHT joins ASSAULT, DISAPPROVE and INVESTIGATE make ACCUSE)
        assertEquals(16, s.stream().map(GsrSentence::type).distinct().count());
        assertEquals(17 + 17, s.stream().filter(x -> x.type() == org.chancery.ontology.PloverType.REQUEST
                || x.type() == org.chancery.ontology.PloverType.REJECT).count());
        assertEquals(16, s.stream().filter(x -> x.target().isEmpty()).count());
    }

    @Test
    void syntheticStories() throws Exception {
        Path f = DEV.resolve("ngec-synthetic/ngec_synthetic_dev.csv");
        Assumptions.assumeTrue(Files.isRegularFile(f), "no synthetic stories at " + f);
        List<SyntheticStory> s = SyntheticStoryEvaluator.read(f);
        assertEquals(3000, s.size());
        assertEquals(16, s.stream().map(SyntheticStory::label).distinct().count());
        assertEquals(520, s.stream().filter(x -> x.label() == org.chancery.ontology.PloverType.CONCEDE).count());
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
}
