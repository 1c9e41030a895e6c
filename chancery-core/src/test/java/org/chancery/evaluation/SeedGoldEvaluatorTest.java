package org.chancery.evaluation;

import static org.chancery.evaluation.Fixtures.day;
import static org.chancery.evaluation.Fixtures.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chancery.coding.Modality;
import org.chancery.model.Document;
import org.chancery.model.PublicationDateBasis;
import org.chancery.ontology.PloverType;
import org.chancery.pipeline.DocumentResult;
import org.chancery.temporal.EventDate;
import org.junit.jupiter.api.Test;

class SeedGoldEvaluatorTest {
    private static final String[] S = {
        "\uD835\uDC0Dorth Desk bulletin",
        "Norway and Chile held talks in Oslo on 3 May 2020.",
        "Chile accused Peru of smuggling arms.",
        "Lima rejected the accusation.",
        "Chilean officials said Chile could impose tariffs on Peru.",
        "The ministry in Santiago praised Norway.",
        "Norway later sent grain to Chile.",
        "Peru and Norway signed a trade pact."};

    static Path seedDir() throws URISyntaxException {
        return Path.of(SeedGoldEvaluatorTest.class.getResource("seed").toURI());
    }

    /** The hand-made system output for the fixture article; comments say what each event tests. */
    static DocumentResult system(Document doc) {
        Fixtures.ResultBuilder b = new Fixtures.ResultBuilder(doc);
        for (int i = 0; i < S.length; i++) {
            b.sentence(S[i], i != 6); // sentence 6 was never parsed
        }
        return b
                // symmetric gold NOR<->CHL, system sides swapped: found at both levels, right day
                .event(1, "talks", PloverType.CONSULT, List.of("CHLGOV"), List.of("NOR"), Modality.ASSERTED, day("2020-05-03"))
                // CHLMIL hits CHL at country level only; no date
                .event(2, "accused", PloverType.ACCUSE, List.of("CHLMIL"), List.of("PER"), Modality.ASSERTED, EventDate.unknown())
                // wrong actors, matches nothing
                .event(2, "accused", PloverType.ACCUSE, List.of("PER"), List.of("CHL"), Modality.ASSERTED, EventDate.unknown())
                // gold hard COERCE with no target: any target is fine; PERREB is PER only at country level
                .event(2, "smuggling", PloverType.COERCE, List.of("PERREB"), List.of("NOR"), Modality.ASSERTED,
                        range(null, "2019-06-30"))
                // acceptable alternative ACCUSE for gold REJECT; negated although gold is not: modality mismatch
                .event(3, "rejected", PloverType.ACCUSE, List.of("PERGOV"), List.of("CHL"), Modality.NEGATED,
                        range("2020-02-01", "2020-02-29"))
                // asserted, unmatched, inside a non-event: a non-event hit
                .event(4, "impose", PloverType.THREATEN, List.of("CHL"), List.of("PER"), Modality.ASSERTED, EventDate.unknown())
                // wrong type for gold SUPPORT; REPORTED so the second non-event is not hit
                .event(5, "praised", PloverType.REQUEST, List.of("CHLGOV"), List.of("NOR"), Modality.REPORTED, EventDate.unknown())
                .mention(1, "Norway", 0, "NOR", false)
                .mention(1, "Chile", 0, "CHL", false)
                .mention(1, "Oslo", 0, "NORGOV", false) // excluded locative occurrence: a false positive
                .mention(2, "Chile", 0, "CHL", false)
                .mention(2, "Peru", 0, "PER", false)
                .mention(3, "Lima", 0, "PERGOV", false)
                .mention(4, "Chilean officials", 0, "CHLMIL", false) // country level only
                .mention(4, "Chile", 1, "CHLGOV", false) // strict through alt_codes
                .mention(4, "Peru", 0, "PER", false)
                .mention(5, "Santiago", 0, "CHLGOV", true) // locative: ignored
                .mention(5, "Norway", 0, "NOR", false)
                .build();
    }

    private static SeedGoldReport evaluate() throws Exception {
        Path dir = seedDir();
        return new SeedGoldEvaluator(dir).evaluate(dir.resolve("gold"), SeedGoldEvaluatorTest::system);
    }

    @Test
    void readerConvertsCodePointOffsetsToStringIndices() throws Exception {
        SeedGoldCase c = SeedGoldReader.read(seedDir().resolve("gold/fixture_news.json"), seedDir());
        GoldEvent e1 = c.gold().events().get(0);
        // the header holds one supplementary character: Java indices are one past the code points
        assertEquals(c.text().indexOf(S[1]), e1.evidence().start());
        assertEquals(S[1], c.text().substring(e1.evidence().start(), e1.evidence().end()));
        assertEquals("talks", c.text().substring(e1.trigger().start(), e1.trigger().end()));
        assertEquals(7, c.gold().events().size());
        assertEquals(6, c.gold().coreCount());
        assertEquals(List.of(PloverType.REJECT, PloverType.ACCUSE), c.gold().events().get(2).acceptedTypes());
        assertEquals(14, c.gold().mentions().size());
        assertEquals("fixture_news", c.gold().id());
        assertEquals(LocalDate.of(2020, 5, 31), c.gold().referenceDate());
    }

    @Test
    void documentCarriesTheReferenceDateAsMetadata() throws Exception {
        Document d = SeedGoldEvaluator.documentFor(SeedGoldReader.read(seedDir().resolve("gold/fixture_news.json"), seedDir()));
        assertEquals("fixture_news", d.id());
        assertEquals(LocalDate.of(2020, 5, 31), d.metadata().published().date());
        assertEquals(PublicationDateBasis.METADATA, d.metadata().published().basis());
        assertEquals("gold reference date", d.metadata().published().evidence());
    }

    @Test
    void countryLevelScores() throws Exception {
        LevelScore c = evaluate().country();
        assertEquals(6, c.coreEvents());
        assertEquals(3, c.coreFound());
        assertEquals(0.5, c.coreRecall());
        assertEquals(7, c.goldEvents());
        assertEquals(4, c.goldFound());
        assertEquals(7, c.systemEvents());
        assertEquals(4, c.systemMatched());
        assertEquals(4.0 / 7, c.precision());
        // the NEGATED "rejected" matches but is not of a counted kind: 3 of the 6 asserted or reported events match
        assertEquals(6, c.factEvents());
        assertEquals(3, c.factMatched());
        assertEquals(0.5, c.factPrecision());
        // per rule: the fixture's events all carry the builder's rule id
        assertEquals(List.of(new RuleScore("test-rule", 7, 4, 6)), c.rules());
        assertEquals(4, c.datedFound());
        assertEquals(3, c.dateCorrect());
        assertEquals(0.75, c.dateAccuracy());
        assertEquals(2, c.nonEvents());
        assertEquals(1, c.nonEventHits());
        assertEquals("impose", c.nonEventHitList().get(0).trigger());
        assertEquals(Map.of("E04", MissReason.WRONG_TYPE, "E05", MissReason.SENTENCE_NOT_REACHED, "E06", MissReason.NO_TRIGGER),
                reasons(c));
        assertEquals(List.of("E03"), c.modalityMismatches().stream().map(ModalityMismatch::eventId).toList());
    }

    @Test
    void strictLevelScores() throws Exception {
        LevelScore s = evaluate().strict();
        assertEquals(2, s.coreFound());
        assertEquals(2, s.goldFound());
        assertEquals(2, s.systemMatched());
        assertEquals(2, s.datedFound());
        assertEquals(2, s.dateCorrect());
        assertEquals(1, s.nonEventHits());
        assertEquals(Map.of("E02", MissReason.WRONG_OR_MISSING_ACTOR, "E04", MissReason.WRONG_TYPE,
                "E05", MissReason.SENTENCE_NOT_REACHED, "E06", MissReason.NO_TRIGGER), reasons(s));
    }

    @Test
    void mentionScores() throws Exception {
        MentionScore m = evaluate().mentions();
        assertEquals(13, m.occurrences());
        assertEquals(9, m.foundCountry());
        assertEquals(8, m.foundStrict());
        assertEquals(1, m.excluded());
        assertEquals(1, m.excludedHits());
        assertEquals("Oslo", m.excludedHitList().get(0).form());
        MentionMiss officials = m.misses().stream().filter(x -> x.form().equals("Chilean officials")).findFirst().orElseThrow();
        assertTrue(officials.countryHit());
        assertEquals(List.of("CHLMIL"), officials.systemCodes());
        assertEquals(5, m.misses().size());
    }

    @Test
    void symmetricSwapOnlyForSymmetricEvents() throws Exception {
        GoldDocument g = SeedGoldReader.read(seedDir().resolve("gold/fixture_news.json"), seedDir()).gold();
        DocumentResult r = system(SeedGoldEvaluator.documentFor(SeedGoldReader.read(seedDir().resolve("gold/fixture_news.json"), seedDir())));
        GoldEvent e01 = g.events().get(0);
        GoldEvent e02 = g.events().get(1);
        var swapped = r.events().get(0).event(); // CHLGOV -> NOR
        assertTrue(SeedGoldEvaluator.actorsMatch(swapped, e01, MatchLevel.STRICT));
        var reversed = r.events().get(2).event(); // PER -> CHL against non-symmetric CHL -> PER
        assertFalse(SeedGoldEvaluator.actorsMatch(reversed, e02, MatchLevel.COUNTRY));
    }

    @Test
    void textRuleWhenOffsetsAreMissing() {
        GoldEvent g = new GoldEvent("X", GoldTier.CORE, "", List.of(), List.of(), false, PloverType.AID, List.of(PloverType.AID),
                null, null, "Chile accused  PERU of smuggling arms", null, null, false, false);
        var s = new org.chancery.model.Sentence(0, 0, S[2].length(), S[2], List.of(), List.of(), true, List.of());
        assertTrue(SeedGoldEvaluator.sameSentence(s, g));
        var other = new org.chancery.model.Sentence(0, 0, S[3].length(), S[3], List.of(), List.of(), true, List.of());
        assertFalse(SeedGoldEvaluator.sameSentence(other, g));
    }

    @Test
    void shiftedTextFailsLoudly() throws Exception {
        Path tmp = Files.createTempDirectory("seedgold");
        Files.createDirectories(tmp.resolve("fixture"));
        Files.writeString(tmp.resolve("fixture/fixture_news.txt"), "other text");
        IOException e = assertThrows(IOException.class, () -> SeedGoldReader.read(seedDir().resolve("gold/fixture_news.json"), tmp));
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
    }

    private static Map<String, MissReason> reasons(LevelScore l) {
        return l.coreMisses().stream().collect(Collectors.toMap(CoreMiss::eventId, CoreMiss::reason));
    }

    @Test
    void ruleScoresAddUpRuleByRule() {
        List<RuleScore> a = List.of(new RuleScore("aid.give", 2, 1, 2), new RuleScore("consult.visit", 1, 1, 1));
        List<RuleScore> b = List.of(new RuleScore("aid.give", 3, 0, 1));
        assertEquals(List.of(new RuleScore("aid.give", 5, 1, 3), new RuleScore("consult.visit", 1, 1, 1)), RuleScore.merge(a, b));
        assertEquals(4, RuleScore.merge(a, b).get(0).unmatched());
    }
}
