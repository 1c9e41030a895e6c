package org.chancery.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chancery.annotate.AnnotationJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Factuality of the event whose trigger has the given lemma, over fixed parses of our own sentences. */
class ModalityDetectorTest {
    private final ModalityDetector detector = new ModalityDetector();

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource({
            "mod-asserted, attack, ASSERTED",
            "mod-could, attack, HYPOTHETICAL",
            "mod-not, attack, NEGATED",
            "mod-should, condemn, RECOMMENDED",
            "mod-will, visit, PLANNED",
            "mod-said, attack, REPORTED",
            "mod-said, say, ASSERTED",
            "mod-routinely, criticise, HABITUAL",
            "mod-if, attack, HYPOTHETICAL",
            "mod-question, attack, HYPOTHETICAL",
            "mod-refused, refuse, ASSERTED",
            "mod-refused, meet, NEGATED",
            "mod-according, attack, REPORTED",
            "mod-plans, visit, PLANNED",
            "mod-failed, pay, NEGATED",
            "mod-subject-of-attempt, visit, ASSERTED",
            "mod-without, withdraw, NEGATED",
            "mod-threat-content, threaten, REPORTED",
            "mod-threat-content, shell, HYPOTHETICAL",
            "mod-without, sign, ASSERTED",
            "mod-demanded-of-others, close, RECOMMENDED",
            "mod-demanded-of-others, anger, ASSERTED",
            "mod-reluctant, condemn, NEGATED",
            "mod-reluctant, criticise, NEGATED",
            "mod-nor, disarm, NEGATED",
            "mod-nor, withdraw, NEGATED",
            "mod-nor, protest, NEGATED",
            "mod-bid, seize, HYPOTHETICAL",
            "mod-bid, launch, ASSERTED",
            "mod-delay, visit, HYPOTHETICAL",
            "mod-called-on, investigate, HYPOTHETICAL",
    })
    void modalityOfTrigger(String fixture, String lemma, Modality expected) {
        AnnotationJson.Fixture f = Fixtures.load(fixture);
        SentenceGraph g = new SentenceGraph(f.annotated().sentences().get(0));
        int trigger = Fixtures.lastTokenWithLemma(g, lemma);
        assertEquals(expected, detector.detect(g, trigger), g.sentence().text());
    }

    @ParameterizedTest(name = "{0} codes as {1}")
    @CsvSource({
            "mod-could, HYPOTHETICAL",
            "mod-asserted, ASSERTED",
            "mod-not, NEGATED",
    })
    void coderCarriesTheModality(String fixture, Modality expected) {
        List<CodedEvent> events = Fixtures.code(fixture);
        assertEquals(1, events.size(), events.toString());
        assertEquals(expected, events.get(0).modality());
    }
}
