package org.chancery.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer on a small gold file of our own, in the seed-gold format. */
class ActorMentionScorerTest {
    // gold offsets are code points: after the emoji (two Java chars) they differ from Java offsets by one
    private static final String TEXT = "Oslo said Norway and Norwegian diplomats will go to Oslo. \uD83D\uDE00 Norway agreed.";
    private static final String GOLD = """
            {"document": {}, "events": [], "claims": [], "relations": [],
             "actors": [
              {"actor_id": "NOR", "code": "NOR", "alt_codes": ["NORGOV"],
               "surface_forms": [{"form": "Norway", "count": 2, "offsets": [10, 60]}]},
              {"actor_id": "NORGOV", "code": "NORGOV", "alt_codes": ["NOR"],
               "surface_forms": [{"form": "Oslo", "count": 1, "offsets": [0]},
                                 {"form": "Norwegian diplomats", "count": 1, "offsets": [21]}]}
             ]}
            """;

    private static ActorMention m(String text, int start, String code, boolean locative) {
        return new ActorMention(0, 0, 1, start, start + text.length(), text, ActorCode.of(code), text,
                ResolutionBasis.DICTIONARY, "test:" + text, locative);
    }

    @Test
    void countsCountryLevelAndFullCodeSeparately() {
        int second = TEXT.indexOf("Norway agreed");
        List<ActorMention> system = List.of(
                m("Oslo", 0, "NORGOV", false),
                m("Norway", 10, "NORMIL", false),           // country level only
                m("Norwegian diplomats", 21, "NORGOV", false),
                m("Oslo", 52, "NOR", true),                 // a place: not gold, ignored
                m("Norway", second, "SWE", false));         // wrong country
        ActorMentionScorer.Score s = ActorMentionScorer.score(GOLD, TEXT, system);
        assertEquals(4, s.goldOccurrences());
        assertEquals(3, s.foundCountry());
        assertEquals(2, s.foundFull());
        assertEquals(0.75, s.countryRecall(), 1e-9);
        assertEquals(0.5, s.fullRecall(), 1e-9);
        assertEquals(2, s.misses().size());
        ActorMentionScorer.Miss first = s.misses().get(0);
        assertEquals("Norway", TEXT.substring(first.start(), first.end()));
        assertEquals("NORMIL", first.systemCode());
        assertTrue(first.countryLevel());
        ActorMentionScorer.Miss last = s.misses().get(1);
        assertEquals(second, last.start(), "code-point offset 60 is char offset " + second);
        assertEquals("SWE", last.systemCode());
        assertFalse(last.countryLevel());
    }

    @Test
    void locativeMentionsAndMissingOnesAreNotFound() {
        ActorMentionScorer.Score s = ActorMentionScorer.score(GOLD, TEXT, List.of(m("Oslo", 0, "NOR", true)));
        assertEquals(0, s.foundCountry());
        assertNull(s.misses().get(0).systemCode());
    }

    @Test
    void oneSystemMentionServesOneGoldOccurrence() {
        String text = "Norway";
        String gold = """
                {"actors": [{"actor_id": "A", "code": "NOR", "alt_codes": [], "surface_forms": [{"form": "Norway", "offsets": [0]}]},
                            {"actor_id": "B", "code": "NOR", "alt_codes": [], "surface_forms": [{"form": "Norway", "offsets": [0]}]}]}
                """;
        ActorMentionScorer.Score s = ActorMentionScorer.score(gold, text, List.of(m("Norway", 0, "NOR", false)));
        assertEquals(2, s.goldOccurrences());
        assertEquals(1, s.foundFull());
        assertEquals("2 gold mentions: 50.0% country level (1), 50.0% full code (1)", s.toString());
    }

    @Test
    void shortOrganisationCodesCompareWhole() {
        assertFalse(ActorMentionScorer.countryLevel("UNSC", List.of("UN", "IGO")));
        assertTrue(ActorMentionScorer.countryLevel("UN", List.of("UNSC", "UN")));
        assertTrue(ActorMentionScorer.countryLevel("PAKGOV", List.of("PAK")));
    }

    @Test
    void badGoldIsRejectedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ActorMentionScorer.score("{\"events\": []}", TEXT, List.of()));
        assertEquals("gold has no 'actors' array", e.getMessage());
    }
}
