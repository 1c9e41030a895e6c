package org.chancery.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chancery.coding.Modality;
import org.chancery.model.Document;
import org.chancery.ontology.PloverType;
import org.chancery.pipeline.DocumentResult;
import org.chancery.temporal.EventDate;
import org.junit.jupiter.api.Test;

class PloverGsrEvaluatorTest {
    private static Path fixture() throws Exception {
        return Path.of(PloverGsrEvaluatorTest.class.getResource("gsr_fixture.json").toURI());
    }

    /** Hand-made system output per fixture sentence (comments say what each tests). */
    static DocumentResult system(Document d) {
        Fixtures.ResultBuilder b = new Fixtures.ResultBuilder(d).sentence(d.text());
        EventDate u = EventDate.unknown();
        Modality a = Modality.ASSERTED;
        switch (d.id()) {
            // DEMAND read as REQUEST; gold JAP aliased to JPN
            case "T-DEMAND-0001" -> b.event(0, "urged", PloverType.REQUEST, List.of("FRAGOV"), List.of("JPN"), a, u);
            // FIGHT read as ASSAULT; UNO counts as IGO; SOMREB is SOM at country level
            case "T-FIGHT-0002" -> b.event(0, "clashed", PloverType.ASSAULT, List.of("UNO"), List.of("SOMREB"), a, u)
                    .event(0, "gunmen", PloverType.ACCUSE, List.of("SOM"), List.of("UNO"), a, u);
            // compound gold source, no gold target: any target; the earliest trigger is AGREE
            case "T-AGREE-0003" -> b.event(0, "share", PloverType.COOPERATE, List.of("CHL"), List.of("ARG"), a, u)
                    .event(0, "agreed", PloverType.AGREE, List.of("ARG"), List.of("CHL"), a, u);
            // no output
            case "T-PROTEST-0004" -> { }
            // right type, wrong target
            case "T-REJECT-0005" -> b.event(0, "turned down", PloverType.REJECT, List.of("IRN"), List.of("USA"), a, u)
                    .event(0, "request", PloverType.REQUEST, List.of("IAEA"), List.of("IRN"), a, u);
            // INVESTIGATE read as ACCUSE; the first event has another type
            case "T-INVESTIGATE-0006" -> b.event(0, "opened", PloverType.CONSULT, List.of("GBR"), List.of("RUS"), a, u)
                    .event(0, "inquiry", PloverType.ACCUSE, List.of("GBRCOP"), List.of("RUSGOV"), a, u);
            default -> throw new IllegalArgumentException(d.id());
        }
        return b.build();
    }

    @Test
    void readsAndMapsOldTypes() throws Exception {
        List<GsrSentence> s = PloverGsrEvaluator.read(fixture());
        assertEquals(6, s.size());
        assertEquals(List.of(PloverType.REQUEST, PloverType.ASSAULT, PloverType.AGREE, PloverType.PROTEST, PloverType.REJECT, PloverType.ACCUSE),
                s.stream().map(GsrSentence::type).toList());
        assertEquals("DEMAND", s.get(0).event());
        assertTrue(s.get(2).target().isEmpty());
        assertTrue(s.get(3).target().isEmpty());
        assertEquals(2, s.get(2).source().size());
        assertNull(s.get(4).date());
        Document d = PloverGsrEvaluator.documentFor(s.get(0));
        assertEquals(LocalDate.of(2000, 1, 1), d.metadata().published().date());
        assertEquals("T-DEMAND-0001", d.id());
    }

    @Test
    void scores() throws Exception {
        GsrReport r = PloverGsrEvaluator.withDefaultAliases().evaluate(fixture(), PloverGsrEvaluatorTest::system);
        assertEquals(6, r.sentences());
        assertEquals(5, r.typeFound());
        assertEquals(4, r.firstTypeCorrect());
        assertEquals(4, r.typeAndActors());
        assertEquals(1, r.noOutput());
        assertEquals(4.0 / 6, r.typeActorsAccuracy());
        Map<PloverType, GsrTypeRow> rows = r.perType().stream().collect(Collectors.toMap(GsrTypeRow::type, x -> x));
        assertEquals(new GsrTypeRow(PloverType.REJECT, 1, 1, 1, 0, 0), rows.get(PloverType.REJECT));
        assertEquals(new GsrTypeRow(PloverType.ACCUSE, 1, 1, 0, 1, 0), rows.get(PloverType.ACCUSE));
        assertEquals(new GsrTypeRow(PloverType.PROTEST, 1, 0, 0, 0, 1), rows.get(PloverType.PROTEST));
        GsrSentenceResult demand = r.results().get(0);
        assertEquals(List.of("JPN"), demand.goldTargets());
        assertTrue(demand.typeAndActors());
        assertFalse(r.results().get(4).typeAndActors());
        assertTrue(r.aliases().startsWith("gsr-code-aliases.tsv version 2026.11.3"), r.aliases());
        assertTrue(EvalReportText.render(EvalReport.of("d", null, null, null, r, null))
                .contains("type+source+target (country) 0.67 (4/6)"));
    }

    @Test
    void withoutAliasesJapanAndOrganisationsMiss() throws Exception {
        CodeAliases none = CodeAliases.parse("version\t0\nkind\tfrom\tto\tnote\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "empty");
        GsrReport r = new PloverGsrEvaluator(none).evaluate(fixture(), PloverGsrEvaluatorTest::system);
        assertEquals(2, r.typeAndActors());
    }
}
