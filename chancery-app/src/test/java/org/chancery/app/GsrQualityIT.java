package org.chancery.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chancery.evaluation.GsrReport;
import org.chancery.evaluation.PloverGsrEvaluator;
import org.chancery.pipeline.Pipeline;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default pipeline scored on the development PLOVER gold sentences, as {@code chancery eval --only gsr} does:
 * a regression floor under the figures the README reports (not the goal).
 */
class GsrQualityIT {
    static GsrReport report;

    @BeforeAll
    static void score() throws Exception {
        Path gsr = SeedQualityIT.SHARED.resolve("eval/dev/plover-gsr/PLOVER_GSR_dev.json");
        Assumptions.assumeTrue(Files.isRegularFile(gsr), "PLOVER gold sentences not found at " + gsr);
        Pipeline pipeline = Assembly.defaultPipeline();
        report = PloverGsrEvaluator.withDefaultAliases().evaluate(gsr, pipeline::process);
    }

    @Test
    void typeAndActorsDoNotRegress() {
        assertEquals(161, report.sentences());
        assertTrue(report.typeAccuracy() >= 0.79, "type " + report.typeAccuracy());
        assertTrue(report.typeActorsAccuracy() >= 0.68, "type+source+target " + report.typeActorsAccuracy());
        assertTrue(report.noOutputRate() <= 0.09, "no output " + report.noOutputRate());
    }
}
