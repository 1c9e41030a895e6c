package org.chancery.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.chancery.actor.DictionaryActorResolver;
import org.chancery.annotate.AnnotationJson;
import org.chancery.annotate.Annotator;
import org.chancery.coding.RuleEventCoder;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Document;
import org.chancery.ontology.OntologyLoader;
import org.chancery.ontology.PloverType;
import org.chancery.temporal.ClauseTemporalResolver;
import org.junit.jupiter.api.Test;

/** The stages after annotation, over a CoreNLP annotation of our own three sentences stored as a fixture. */
class RepeatedReferenceTest {

    /** Only annotated fixtures go through this pipeline; annotating text here would be a mistake. */
    private static final Annotator FIXTURES_ONLY = new Annotator() {
        @Override
        public AnnotatedDocument annotate(Document document) {
            throw new UnsupportedOperationException("this test pipeline runs on stored annotations only");
        }

        @Override
        public String describe() {
            return "stored annotation";
        }
    };

    @Test
    void anUndatedRepeatOfANominalActIsTheSameOccurrenceButADatedOneIsKept() throws Exception {
        String resource = "/org/chancery/coding/fixtures/repeated-reference.json";
        String json;
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        AnnotatedDocument doc = AnnotationJson.read(json, resource).annotated();
        DictionaryActorResolver actors = DictionaryActorResolver.fromClasspath();
        Pipeline p = Pipeline.builder().annotator(FIXTURES_ONLY).actorResolver(actors)
                .eventCoder(RuleEventCoder.fromClasspath(OntologyLoader.loadDefault(), actors.dictionaryHash()))
                .temporalResolver(new ClauseTemporalResolver()).build();
        List<EventRecord> aid = p.processAnnotated(doc).events().stream().filter(r -> r.event().type() == PloverType.AID).toList();
        // "Ghana's support for militant groups" three times: first mention, undated repeat (dropped), "in 2019" (kept)
        assertEquals(List.of(0, 2), aid.stream().map(r -> r.event().sentenceIndex()).toList(), aid.toString());
        assertEquals(LocalDate.of(2019, 1, 1), aid.get(1).date().start());
    }
}
