package org.chancery.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chancery.annotate.AnnotationJson;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Sentence;
import org.chancery.model.Token;
import org.junit.jupiter.api.Test;

class RuleEventCoderTest {

    @Test
    void atMostOneEventPerTriggerTokenAndType() {
        for (String name : List.of("passive-agents", "lift-embargo", "two-events", "qty-loan", "light-verb", "mod-will")) {
            Set<String> triggers = new HashSet<>();
            for (CodedEvent e : Fixtures.code(name)) {
                assertTrue(triggers.add(e.sentenceIndex() + ":" + e.triggerToken() + ":" + e.type()), name + ": two events on one trigger: " + e);
            }
        }
    }

    @Test
    void aPlannedVisitIsAlsoAnAssertedIntentToMeet() {
        List<CodedEvent> events = Fixtures.code("mod-will");
        assertEquals(2, events.size(), events.toString());
        CodedEvent visit = events.stream().filter(e -> e.type() == org.chancery.ontology.PloverType.CONSULT).findFirst().orElseThrow();
        CodedEvent intent = events.stream().filter(e -> e.type() == org.chancery.ontology.PloverType.AGREE).findFirst().orElseThrow();
        assertEquals(Modality.PLANNED, visit.modality());
        assertEquals(Modality.ASSERTED, intent.modality());
        assertEquals("036", intent.cameo().code());
        assertEquals(visit.trigger(), intent.trigger());
        assertEquals("consult.visit+intent", intent.provenance().rule());
    }

    @Test
    void codingIsDeterministicAndOrderedByTrigger() {
        List<CodedEvent> first = Fixtures.code("two-events");
        List<CodedEvent> second = Fixtures.code("two-events");
        assertEquals(first, second);
        for (int i = 1; i < first.size(); i++) {
            assertTrue(first.get(i - 1).trigger().start() <= first.get(i).trigger().start());
        }
    }

    @Test
    void unparsedSentencesAreSkipped() {
        AnnotationJson.Fixture f = Fixtures.load("mod-asserted");
        Sentence s = f.annotated().sentences().get(0);
        Sentence unparsed = new Sentence(s.index(), s.start(), s.end(), s.text(), s.tokens(), List.of(), false, s.times());
        AnnotatedDocument doc = new AnnotatedDocument(f.annotated().document(), List.of(unparsed));
        assertEquals(List.of(), Fixtures.CODER.code(doc, f.mentions()));
        assertEquals(1, Fixtures.code("mod-asserted").size());
    }

    @Test
    void mightTriggerLooksUpLemmas() {
        List<Token> tokens = Fixtures.load("mod-asserted").annotated().sentences().get(0).tokens();
        assertTrue(Fixtures.CODER.mightTrigger(tokens));
        Token t = new Token(0, "banana", "banana", "NN", "O", 0, 6);
        assertFalse(Fixtures.CODER.mightTrigger(List.of(t)));
    }

    @Test
    void provenanceNamesRuleBookAndDictionary() {
        CodedEvent e = Fixtures.code("mod-asserted").get(0);
        assertTrue(e.provenance().dictionaries().startsWith(Fixtures.CODER.ruleBook().hash()), e.provenance().dictionaries());
        assertTrue(e.provenance().dictionaries().endsWith("sha256:test-dictionary"));
        assertEquals(List.of("source:test:Kenya", "target:test:Uganda"), e.provenance().entries());
        assertTrue(Fixtures.CODER.describe().contains(Fixtures.CODER.ruleBook().size() + " rules"));
        assertTrue(e.confidence() > 0.5 && e.confidence() <= 1.0, "confidence " + e.confidence());
    }

    @Test
    void hypotheticalEventsGetLowerConfidenceThanAssertedOnes() {
        double asserted = Fixtures.code("mod-asserted").get(0).confidence();
        double could = Fixtures.code("mod-could").get(0).confidence();
        assertTrue(could < asserted, could + " vs " + asserted);
    }
}
