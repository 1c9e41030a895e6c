package org.chancery.coding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chancery.annotate.AnnotationJson;
import org.chancery.ontology.Ontology;
import org.chancery.ontology.OntologyLoader;
import org.chancery.ontology.PloverType;

/**
 * Fixed CoreNLP parses of sentences written for these tests, with hand-written actor mentions,
 * stored as {@link AnnotationJson} fixtures under {@code org/chancery/coding/fixtures/}.
 */
final class Fixtures {
    static final Ontology ONTOLOGY = OntologyLoader.loadDefault();
    static final RuleEventCoder CODER = RuleEventCoder.fromClasspath(ONTOLOGY, "sha256:test-dictionary");

    private Fixtures() {
    }

    static AnnotationJson.Fixture load(String name) {
        String resource = "fixtures/" + name + ".json";
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture " + resource);
            }
            return AnnotationJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    static List<CodedEvent> code(String name) {
        AnnotationJson.Fixture f = load(name);
        return CODER.code(f.annotated(), f.mentions());
    }

    static CodedEvent only(String name, PloverType type) {
        List<CodedEvent> events = code(name).stream().filter(e -> e.type() == type).toList();
        if (events.size() != 1) {
            throw new AssertionError(name + ": expected one " + type + " event, got " + events);
        }
        return events.get(0);
    }

    static List<String> codes(List<EventActor> actors) {
        return actors.stream().map(a -> a.code().value()).toList();
    }

    /** The last token of the sentence with this lemma; fails naming the sentence when there is none. */
    static int lastTokenWithLemma(SentenceGraph g, String lemma) {
        for (int i = g.size() - 1; i >= 0; i--) {
            if (g.lemma(i).equals(lemma)) {
                return i;
            }
        }
        throw new AssertionError("no token with lemma " + lemma + " in " + g.sentence().text());
    }
}
