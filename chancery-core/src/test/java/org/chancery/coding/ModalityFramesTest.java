package org.chancery.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chancery.annotate.AnnotationJson;
import org.chancery.ontology.PloverType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conditional, counterfactual and "perhaps" frames, and headlines that echo the body, over one fixed
 * parse of a short document written for this test (sentence 0 is a headline without final stop).
 */
class ModalityFramesTest {
    private static final String FIXTURE = "mod-frames";
    private final ModalityDetector detector = new ModalityDetector();

    @ParameterizedTest(name = "sentence {0}: {1} is {2}")
    @CsvSource({
            "1, close, HYPOTHETICAL",
            "1, expel, HYPOTHETICAL",
            "1, protest, HYPOTHETICAL",
            "2, withdraw, HYPOTHETICAL",
            "2, thank, HYPOTHETICAL",
            "3, strike, HYPOTHETICAL",
            "3, target, HYPOTHETICAL",
            "3, expose, ASSERTED",
            "4, sign, ASSERTED",
    })
    void modalityOfTrigger(int sentence, String lemma, Modality expected) {
        AnnotationJson.Fixture f = Fixtures.load(FIXTURE);
        SentenceGraph g = new SentenceGraph(f.annotated().sentences().get(sentence));
        int trigger = Fixtures.lastTokenWithLemma(g, lemma);
        assertEquals(expected, detector.detect(g, trigger), g.sentence().text());
    }

    @ParameterizedTest(name = "counterfactual: {0} is {1}")
    @CsvSource({
            "keep, HYPOTHETICAL",
            "withdrawal, HYPOTHETICAL",
            "ease, HYPOTHETICAL",
    })
    void counterfactualWithInvertedHad(String lemma, Modality expected) {
        AnnotationJson.Fixture f = Fixtures.load("mod-counterfactual");
        SentenceGraph g = new SentenceGraph(f.annotated().sentences().get(0));
        int trigger = Fixtures.lastTokenWithLemma(g, lemma);
        assertEquals(expected, detector.detect(g, trigger), g.sentence().text());
    }

    @Test
    void teaserCutOffByAnEllipsisCodesNothing() {
        List<CodedEvent> events = Fixtures.code("mod-counterfactual");
        List<CodedEvent> visits = events.stream().filter(e -> e.type() == PloverType.CONSULT).toList();
        assertEquals(1, visits.size(), events.toString());
        assertEquals(2, visits.get(0).sentenceIndex());
    }

    @Test
    void bareCriticismNounNeedsATarget() {
        List<CodedEvent> events = Fixtures.code("weak-nominal").stream().filter(e -> e.type() == PloverType.ACCUSE).toList();
        assertEquals(1, events.size(), events.toString());
        assertEquals(1, events.get(0).sentenceIndex());
        assertEquals(List.of("NOR"), Fixtures.codes(events.get(0).source()));
        assertEquals(List.of("CHL"), Fixtures.codes(events.get(0).target()));
    }

    @Test
    void titleCaseHeadlineCodesNothing() {
        List<CodedEvent> events = Fixtures.code("title-headline");
        assertEquals(List.of(), events.stream().filter(e -> e.sentenceIndex() == 0).toList());
        assertEquals(1, events.stream().filter(e -> e.sentenceIndex() == 1 && e.type() == PloverType.REJECT).count(), events.toString());
    }

    @Test
    void headlineEchoOfABodyEventIsDropped() {
        List<CodedEvent> events = Fixtures.code(FIXTURE);
        List<CodedEvent> pacts = events.stream().filter(e -> e.triggerText().toLowerCase().startsWith("sign")).toList();
        assertEquals(1, pacts.size(), events.toString());
        assertEquals(4, pacts.get(0).sentenceIndex());
    }

    @Test
    void conditionalEventsAreNotAsserted() {
        List<CodedEvent> events = Fixtures.code(FIXTURE);
        List<CodedEvent> conditional = events.stream().filter(e -> e.sentenceIndex() >= 1 && e.sentenceIndex() <= 3
                && e.type() != PloverType.AGREE && e.type() != PloverType.THREATEN).toList();
        assertEquals(List.of(), conditional.stream().filter(e -> e.modality() == Modality.ASSERTED).toList());
    }
}
