package org.chancery.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.ontology.Ontology;
import org.chancery.ontology.OntologyLoader;
import org.chancery.ontology.PloverType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RuleFilesTest {
    private static Ontology ontology;
    private static RuleBook book;

    @BeforeAll
    static void load() {
        ontology = OntologyLoader.loadDefault();
        book = RuleBook.fromClasspath(ontology);
    }

    @Test
    void everyRuleFileLoadsWithVersionAndHash() {
        assertTrue(book.size() >= 150, "expected at least 150 rules, got " + book.size());
        assertTrue(book.hash().matches("sha256:[0-9a-f]{64}"), book.hash());
        assertFalse(book.version().isBlank());
    }

    @Test
    void idsAreUniqueAndPrefixedByTheirFile() {
        Set<String> ids = new HashSet<>();
        for (Rule r : book.rules()) {
            assertTrue(ids.add(r.id()), "duplicate id " + r.id());
            String stem = r.file().replace(".yaml", "");
            assertTrue(r.id().startsWith(stem + "."), r.id() + " should start with " + stem + ". (" + r.location() + ")");
            assertTrue(r.line() > 1, "line of " + r.id() + " not found");
        }
    }

    @Test
    void everyRuleHasPositiveAndNegativeExamples() {
        for (Rule r : book.rules()) {
            long pos = r.examples().stream().filter(RuleExample::positive).count();
            long neg = r.examples().stream().filter(e -> !e.positive()).count();
            assertTrue(pos >= 1, r.location() + " " + r.id() + " has no positive example");
            assertTrue(neg >= 1, r.location() + " " + r.id() + " has no negative example");
            for (RuleExample e : r.examples()) {
                if (e.positive()) {
                    assertFalse(e.source().isEmpty() && e.target().isEmpty(),
                            r.id() + ": positive example without expected actors: " + e.text());
                }
            }
        }
    }

    @Test
    void everyCameoCodeExistsInTheOntology() {
        for (Rule r : book.rules()) {
            assertEquals(r.cameo(), ontology.cameo(r.cameo().code()), r.id());
        }
    }

    @Test
    void everyPloverTypeHasAVerbalAndANominalRule() {
        Map<PloverType, Set<TriggerKind>> kinds = new EnumMap<>(PloverType.class);
        for (Rule r : book.rules()) {
            kinds.computeIfAbsent(r.type(), k -> new HashSet<>()).add(r.kind());
        }
        for (PloverType t : PloverType.values()) {
            Set<TriggerKind> have = kinds.getOrDefault(t, Set.of());
            assertTrue(have.contains(TriggerKind.VERB) && have.contains(TriggerKind.NOUN), t + " rule kinds: " + have);
        }
    }

    @Test
    void unknownCameoCodeIsALoadErrorNamingFileAndLine() {
        String yaml = "version: 1\ntype: ACCUSE\nrules:\n  - id: accuse.bad\n    cameo: \"999\"\n    verbs: [accuse]\n";
        RuleBookException e = assertThrows(RuleBookException.class,
                () -> RuleBook.fromTexts(Map.of("accuse.yaml", yaml), ontology));
        assertTrue(e.getMessage().contains("accuse.yaml:4"), e.getMessage());
        assertTrue(e.getMessage().contains("999"), e.getMessage());
    }

    @Test
    void unknownKeyAndDuplicateIdAreLoadErrors() {
        String unknown = "version: 1\ntype: ACCUSE\nrules:\n  - id: accuse.x\n    cameo: \"112\"\n    verbs: [accuse]\n    trigers: [x]\n";
        assertTrue(assertThrows(RuleBookException.class, () -> RuleBook.fromTexts(Map.of("a.yaml", unknown), ontology))
                .getMessage().contains("trigers"));
        String dup = "version: 1\ntype: ACCUSE\nrules:\n  - id: accuse.x\n    cameo: \"112\"\n    verbs: [accuse]\n"
                + "  - id: accuse.x\n    cameo: \"112\"\n    verbs: [blame]\n";
        assertTrue(assertThrows(RuleBookException.class, () -> RuleBook.fromTexts(Map.of("a.yaml", dup), ontology))
                .getMessage().contains("duplicate"));
        String noVersion = "type: ACCUSE\nrules: []\n";
        assertTrue(assertThrows(RuleBookException.class, () -> RuleBook.fromTexts(Map.of("a.yaml", noVersion), ontology))
                .getMessage().contains("a.yaml:1"));
    }

    @Test
    void anUnquotedOnOrOffParticleIsALoadErrorNotASilentBoolean() {
        String yaml = "version: 1\ntype: ASSAULT\nrules:\n  - id: assault.x\n    cameo: \"183\"\n    verbs: [set]\n    particle: off\n";
        RuleBookException e = assertThrows(RuleBookException.class, () -> RuleBook.fromTexts(Map.of("assault.yaml", yaml), ontology));
        assertTrue(e.getMessage().contains("assault.yaml:4") && e.getMessage().contains("quote it"), e.getMessage());
        String quoted = yaml.replace("particle: off", "particle: \"off\"");
        assertEquals("off", RuleBook.fromTexts(Map.of("assault.yaml", quoted), ontology).rules().get(0).particle());
    }

    @Test
    void anAdjectiveRuleReadsItsPredicateAndARuleHasExactlyOneTriggerList() {
        String yaml = "version: 1\ntype: ACCUSE\nrules:\n  - id: accuse.x\n    cameo: \"111\"\n    adjectives: [Critical]\n";
        Rule r = RuleBook.fromTexts(Map.of("accuse.yaml", yaml), ontology).rules().get(0);
        assertEquals(TriggerKind.ADJECTIVE, r.kind());
        assertEquals(Set.of("critical"), r.lemmas());
        assertTrue(r.kind().accepts("JJ") && !r.kind().accepts("NN") && !r.kind().accepts("VBD"));
        String both = yaml.replace("    adjectives: [Critical]\n", "    adjectives: [critical]\n    verbs: [criticise]\n");
        RuleBookException e = assertThrows(RuleBookException.class, () -> RuleBook.fromTexts(Map.of("accuse.yaml", both), ontology));
        assertTrue(e.getMessage().contains("exactly one of 'verbs', 'nouns' or 'adjectives'"), e.getMessage());
    }

    @Test
    void anUnquotedOnInsideALemmaListIsALoadError() {
        String yaml = "version: 1\ntype: PROTEST\nrules:\n  - id: protest.x\n    cameo: \"143\"\n    nouns: [strike]\n"
                + "    requires: [{rel: case, lemmas: [on]}]\n";
        RuleBookException e = assertThrows(RuleBookException.class, () -> RuleBook.fromTexts(Map.of("protest.yaml", yaml), ontology));
        assertTrue(e.getMessage().contains("protest.yaml:4") && e.getMessage().contains("quote it"), e.getMessage());
        String quoted = yaml.replace("lemmas: [on]", "lemmas: [\"on\"]");
        assertEquals(1, RuleBook.fromTexts(Map.of("protest.yaml", quoted), ontology).rules().size());
    }

    @Test
    void governorsOnAVerbRuleAreALoadError() {
        String yaml = "version: 1\ntype: ACCUSE\nrules:\n  - id: accuse.x\n    cameo: \"112\"\n    verbs: [accuse]\n"
                + "    notGovernors: [deny]\n";
        RuleBookException e = assertThrows(RuleBookException.class, () -> RuleBook.fromTexts(Map.of("accuse.yaml", yaml), ontology));
        assertTrue(e.getMessage().contains("accuse.x") && e.getMessage().contains("noun triggers only"), e.getMessage());
        String noun = yaml.replace("verbs: [accuse]", "nouns: [accusation]");
        assertEquals(Set.of("deny"), RuleBook.fromTexts(Map.of("accuse.yaml", noun), ontology).rules().get(0).notGovernors());
    }

    @Test
    void hashChangesWithContent() {
        String a = "version: 1\ntype: ACCUSE\nrules:\n  - id: accuse.x\n    cameo: \"112\"\n    verbs: [accuse]\n";
        String b = a.replace("accuse]", "blame]");
        assertFalse(RuleBook.fromTexts(Map.of("a.yaml", a), ontology).hash()
                .equals(RuleBook.fromTexts(Map.of("a.yaml", b), ontology).hash()));
        assertEquals(List.of(), RuleBook.fromTexts(Map.of("a.yaml", a), ontology).rulesFor("blame"));
    }

    @Test
    void aNounsFromNamesItsDoerUnlessTheTypeMovesAwayFromIt() {
        // "threats from the government", "criticism from Washington": "from" is the source, tried before the governing
        // verb's subject; "withdrawal from", "release from" and a rule whose target is "from" keep the plain defaults
        List<String> threat = RuleBook.nounSource(PloverType.THREATEN, RuleBook.NOUN_TARGET);
        assertEquals(List.of("nmod:poss", "amod", "compound", "nmod:by", "nmod:from", "gov.nsubj", "gov.obl:agent"), threat);
        assertEquals(RuleBook.NOUN_SOURCE, RuleBook.nounSource(PloverType.RETREAT, RuleBook.NOUN_TARGET));
        assertEquals(RuleBook.NOUN_SOURCE, RuleBook.nounSource(PloverType.AID, List.of("nmod:to", "nmod:from")));
    }
}
