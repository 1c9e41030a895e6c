package org.chancery.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.chancery.actor.ActorCode;
import org.chancery.actor.ActorMention;
import org.chancery.actor.ResolutionBasis;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Dependency;
import org.chancery.model.Document;
import org.chancery.model.DocumentMetadata;
import org.chancery.model.Granularity;
import org.chancery.model.PublicationDate;
import org.chancery.model.PublicationDateBasis;
import org.chancery.model.Sentence;
import org.chancery.model.TimeExpression;
import org.chancery.model.Token;
import org.junit.jupiter.api.Test;

class AnnotationJsonTest {

    static AnnotationJson.Fixture sample() {
        String text = "Ruritania praised Freedonia in 2015.";
        Document doc = new Document("d1", text, "d1.txt", new DocumentMetadata("T", null, null, null,
                PublicationDate.of(LocalDate.of(2016, 5, 1), PublicationDateBasis.METADATA, "front matter")));
        List<Token> tokens = List.of(
                new Token(0, "Ruritania", "Ruritania", "NNP", "LOCATION", 0, 9),
                new Token(1, "praised", "praise", "VBD", "O", 10, 17),
                new Token(2, "Freedonia", "Freedonia", "NNP", "LOCATION", 18, 27),
                new Token(3, "in", "in", "IN", "O", 28, 30),
                new Token(4, "2015", "2015", "CD", "O", 31, 35),
                new Token(5, ".", ".", ".", "O", 35, 36));
        List<Dependency> deps = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "obj"), new Dependency(1, 4, "obl:in"), new Dependency(4, 3, "case"));
        TimeExpression t = new TimeExpression(28, 35, "in 2015", LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31), Granularity.YEAR, false);
        Sentence s = new Sentence(0, 0, 36, text, tokens, deps, true, List.of(t));
        ActorMention m = new ActorMention(0, 0, 1, 0, 9, "Ruritania", ActorCode.of("RUR"), "Ruritania",
                ResolutionBasis.DICTIONARY, "country:RUR", false);
        return new AnnotationJson.Fixture(new AnnotatedDocument(doc, List.of(s)), List.of(m));
    }

    @Test
    void roundTripKeepsEveryField() {
        AnnotationJson.Fixture f = sample();
        String json = AnnotationJson.write(f);
        AnnotationJson.Fixture back = AnnotationJson.read(json, "test");
        assertEquals(f, back);
        assertTrue(json.contains("\"relation\" : \"obl:in\""), json);
    }

    @Test
    void malformedJsonNamesOriginAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnnotationJson.read("{\n \"annotated\": {\n \"bogus\": 1 }}", "fixtures/x.json"));
        assertTrue(e.getMessage().startsWith("fixtures/x.json: not a valid annotation fixture at line 3"), e.getMessage());
    }
}
