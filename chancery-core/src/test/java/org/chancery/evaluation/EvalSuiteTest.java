package org.chancery.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.chancery.model.Document;
import org.chancery.pipeline.DocumentResult;
import org.junit.jupiter.api.Test;

class EvalSuiteTest {
    private static DocumentResult system(Document d) {
        if (d.id().equals("fixture_news")) {
            return SeedGoldEvaluatorTest.system(d);
        }
        return d.id().startsWith("T-") ? PloverGsrEvaluatorTest.system(d) : SyntheticStoryEvaluatorTest.system(d);
    }

    @Test
    void runsAllThreeDatasets() throws Exception {
        Path seed = SeedGoldEvaluatorTest.seedDir();
        Path res = seed.getParent();
        EvalSuite suite = new EvalSuite(seed.resolve("gold"), seed, res.resolve("gsr_fixture.json"), res.resolve("stories_fixture.csv"), null);
        EvalReport r = suite.run(EvalSuiteTest::system, "2026-11-22T20:30Z", "deadbeef", "Pipeline[fixtures]");
        assertEquals(3, r.seedGold().country().coreFound());
        assertEquals(4, r.ploverGsr().typeAndActors());
        assertEquals(4, r.synthetic().found());
        String text = EvalReportText.render(r);
        assertTrue(text.contains("Seed gold: 1 documents"), text);
        assertTrue(text.contains("PLOVER gold sentences: 6"), text);
        assertTrue(text.contains("Synthetic stories: 6 (all)"), text);
        assertTrue(text.contains("T-REJECT-0005"), text);
        assertTrue(text.contains("s5           ASSAULT | PROTEST"), text);
        String md = EvalReportText.markdown(r);
        assertTrue(md.startsWith("Measured 2026-11-22T20:30Z at commit deadbeef"), md);
        assertTrue(md.contains("| seed gold | core recall, country level | 0.50 | 0.08 |"), md);
        assertTrue(md.contains("| seed gold | precision, strict level | 0.29 |  |"), md);
        assertTrue(md.contains("| PLOVER gold sentences | type + source + target (country level) | 0.67 | 0.22 |"), md);
        assertTrue(md.contains("| synthetic stories | macro recall | 0.72 |  |"), md);
    }

    @Test
    void seedGoldNeedsACorpus() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EvalSuite(Path.of("g"), null, null, null, null));
        assertTrue(e.getMessage().startsWith("seed gold g needs the corpus directory"), e.getMessage());
    }
}
