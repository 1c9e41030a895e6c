package org.chancery.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chancery.evaluation.LevelScore;
import org.chancery.evaluation.SeedGoldEvaluator;
import org.chancery.evaluation.SeedGoldReport;
import org.chancery.pipeline.Pipeline;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default pipeline (real CoreNLP, dictionaries, rules, time grammar) scored on the development
 * seed gold, as {@code chancery eval} does: actor mentions must meet the targets, and event
 * quality must not fall below the level the README reports (a regression floor, not the goal).
 */
class SeedQualityIT {
    static final Path SHARED = Path.of(System.getProperty("chancery.shared", "../../shared"));
    static SeedGoldReport report;

    @BeforeAll
    static void score() throws Exception {
        Path gold = SHARED.resolve("eval/dev/seed-gold");
        Assumptions.assumeTrue(Files.isDirectory(gold), "development gold not found at " + gold);
        Pipeline pipeline = Assembly.defaultPipeline();
        report = new SeedGoldEvaluator(SHARED.resolve("corpus")).evaluate(gold, pipeline::process);
    }

    @Test
    void actorMentionsMeetTheTargets() {
        assertEquals(407, report.mentions().occurrences());
        assertTrue(report.mentions().countryRecall() >= 0.95, "country level " + report.mentions().countryRecall());
        assertTrue(report.mentions().strictRecall() >= 0.90, "strict level " + report.mentions().strictRecall());
    }

    @Test
    void eventQualityDoesNotRegress() {
        LevelScore c = report.country();
        assertTrue(c.coreRecall() >= 0.80, "core recall " + c.coreRecall());
        assertTrue(c.precision() >= 0.56, "precision " + c.precision());
        assertTrue(c.factPrecision() >= 0.74, "precision of the counted kinds " + c.factPrecision());
        assertTrue(c.dateAccuracy() >= 0.90, "date accuracy " + c.dateAccuracy());
    }
}
