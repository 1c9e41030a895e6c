package org.chancery.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalReportTest {
    private static EvalReport report() throws Exception {
        Path dir = SeedGoldEvaluatorTest.seedDir();
        SeedGoldReport seed = new SeedGoldEvaluator(dir).evaluate(dir.resolve("gold"), SeedGoldEvaluatorTest::system);
        return EvalReport.of("2026-11-22", "abc1234", "Pipeline[test]", seed, null, null);
    }

    @Test
    void textShowsBothLevelsReasonsAndPeers() throws Exception {
        String t = EvalReportText.render(report());
        assertTrue(t.contains("commit abc1234"), t);
        assertTrue(t.contains("gold reference date"), t);
        assertTrue(t.matches("(?s).*country\\s+0\\.50 \\(3/6\\)\\s+0\\.57 \\(4/7\\)\\s+0\\.57 \\(4/7\\)\\s+0\\.75 \\(3/4\\)\\s+1/2.*"), t);
        assertTrue(t.matches("(?s).*strict\\s+0\\.33 \\(2/6\\)\\s+0\\.29 \\(2/7\\)\\s+0\\.29 \\(2/7\\)\\s+1\\.00 \\(2/2\\)\\s+1/2.*"), t);
        assertTrue(t.contains("E05  AID        sentence not reached"), t);
        assertTrue(t.contains("E02  ACCUSE     wrong or missing actor"), t);
        assertTrue(t.contains("PETRARCH2"), t);
    }

    @Test
    void jsonCarriesCountsAndRatios() throws Exception {
        Path f = Files.createTempDirectory("evaljson").resolve("out/eval.json");
        EvalReportJson.write(report(), f);
        JsonNode n = new ObjectMapper().readTree(f.toFile());
        assertEquals("abc1234", n.get("commit").asText());
        JsonNode c = n.get("seedGold").get("country");
        assertEquals(3, c.get("coreFound").asInt());
        assertEquals(0.5, c.get("coreRecall").asDouble());
        assertEquals(0.75, c.get("dateAccuracy").asDouble());
        assertEquals("WRONG_TYPE", c.get("coreMisses").get(0).get("reason").asText());
        assertTrue(n.get("ploverGsr").isNull());
        assertEquals(0.22, n.get("peers").get(2).get("value").asDouble());
    }
}
