package org.chancery.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chancery.coding.Modality;
import org.chancery.model.Document;
import org.chancery.ontology.PloverType;
import org.chancery.pipeline.DocumentResult;
import org.chancery.temporal.EventDate;
import org.junit.jupiter.api.Test;

class SyntheticStoryEvaluatorTest {
    private static final Map<String, PloverType> KEYWORDS = Map.of("marched", PloverType.PROTEST, "shelled", PloverType.ASSAULT,
            "shipped", PloverType.AID);

    private static Path fixture() throws Exception {
        return Path.of(SyntheticStoryEvaluatorTest.class.getResource("stories_fixture.csv").toURI());
    }

    /** A toy coder: one event per keyword found. */
    static DocumentResult system(Document d) {
        Fixtures.ResultBuilder b = new Fixtures.ResultBuilder(d).sentence(d.text());
        KEYWORDS.entrySet().stream().sorted(Map.Entry.comparingByKey()).filter(e -> d.text().contains(e.getKey()))
                .forEach(e -> b.event(0, e.getKey(), e.getValue(), List.of("KEN"), List.of(), Modality.ASSERTED, EventDate.unknown()));
        return b.build();
    }

    @Test
    void readsQuotedMultiLineStories() throws Exception {
        List<SyntheticStory> s = SyntheticStoryEvaluator.read(fixture());
        assertEquals(6, s.size());
        assertEquals("Workers marched through the capital.\nThey demanded higher wages, \"now\".", s.get(0).text());
        assertEquals("Artillery shelled the border town.\n\nTwo people died.", s.get(3).text());
        assertEquals(6, s.get(3).line()); // the header, s1 on two lines, s2, s3
        assertEquals("STRIKE", s.get(2).mode());
        assertNull(s.get(0).mode());
    }

    @Test
    void allStories() throws Exception {
        SyntheticReport r = SyntheticStoryEvaluator.evaluate(fixture(), null, SyntheticStoryEvaluatorTest::system);
        assertEquals(6, r.stories());
        assertEquals(4, r.found());
        assertEquals(List.of(new StoryTypeRow(PloverType.AID, 1, 1), new StoryTypeRow(PloverType.PROTEST, 3, 2),
                new StoryTypeRow(PloverType.ASSAULT, 2, 1)), r.perType());
        assertEquals((1.0 + 2.0 / 3 + 0.5) / 3, r.macroRecall(), 1e-12);
        assertEquals(0.5, r.minRecall());
        assertEquals(List.of("s2", "s5"), r.misses().stream().map(StoryMiss::id).toList());
        assertEquals(List.of(PloverType.PROTEST), r.misses().get(1).systemTypes());
    }

    @Test
    void firstNPerLabel() throws Exception {
        SyntheticReport r = SyntheticStoryEvaluator.evaluate(fixture(), 2, SyntheticStoryEvaluatorTest::system);
        assertEquals(5, r.stories());
        assertEquals(3, r.found());
        assertEquals(2.0 / 3, r.macroRecall(), 1e-12);
        assertEquals(Integer.valueOf(2), r.limitPerLabel());
        String text = EvalReportText.render(EvalReport.of("d", "c", null, null, null, r));
        assertTrue(text.contains("first 2 per label"), text);
        assertTrue(text.contains("macro average 0.67"), text);
    }

    @Test
    void wrongHeaderIsNamed() throws Exception {
        Path f = Files.createTempFile("stories", ".csv");
        Files.writeString(f, "id,label,text\nx,AID,y\n");
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> SyntheticStoryEvaluator.read(f));
        assertTrue(e.getMessage().endsWith(":1: expected the header id,label,mode,title,text, got id,label,text"), e.getMessage());
    }
}
