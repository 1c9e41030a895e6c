package org.chancery.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chancery.annotate.ParseGate;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Dependency;
import org.chancery.model.Document;
import org.chancery.model.DocumentMetadata;
import org.chancery.model.Sentence;
import org.chancery.model.Token;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorIT {

    private static AnnotatedDocument annotate(String text) {
        return SharedAnnotator.get().annotate(new Document("t", text, "test", DocumentMetadata.empty()));
    }

    @Test
    void tokensLemmasAndOffsetsIndexTheText() {
        String text = "Moscow’s envoy met Afghan leaders in Kabul.\nThey signed two accords.";
        AnnotatedDocument doc = annotate(text);
        assertEquals(2, doc.sentences().size());
        Sentence s = doc.sentences().get(0);
        for (Token t : s.tokens()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertEquals("Moscow", s.tokens().get(0).text());
        assertEquals("’s", s.tokens().get(1).text());
        Token met = s.tokens().get(3);
        assertEquals("meet", met.lemma());
        assertEquals("VBD", met.pos());
        assertEquals("LOCATION", s.tokens().get(s.tokens().size() - 2).ner());
        Sentence s2 = doc.sentences().get(1);
        assertEquals(text.indexOf("They"), s2.start());
        assertEquals("They signed two accords.", s2.text());
    }

    @Test
    void dependenciesCarryCaseMarkedSubtypes() {
        AnnotatedDocument doc = annotate("Ruritania sold ten tanks to Freedonia.");
        Sentence s = doc.sentences().get(0);
        assertTrue(s.parsed());
        assertTrue(s.dependencies().contains(new Dependency(1, 0, "nsubj")), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency(1, 3, "obj")), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency(1, 5, "obl:to")), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency(-1, 1, "root")), s.dependencies().toString());
    }

    @Test
    void gateAndLengthLimitSkipTheParser() {
        CoreNlpAnnotator gated = new CoreNlpAnnotator(new CoreNlpSettings(8, 10_000, 1),
                (text, start, ref) -> List.of(), tokens -> tokens.stream().anyMatch(t -> t.lemma().equals("attack")));
        AnnotatedDocument doc = gated.annotate(new Document("g",
                "Rebels attacked a convoy.\nThe weather was mild.\nRebels attacked a convoy near the old northern border crossing at dawn.",
                "test", DocumentMetadata.empty()));
        assertTrue(doc.sentences().get(0).parsed());
        assertFalse(doc.sentences().get(1).parsed());
        assertEquals(List.of(), doc.sentences().get(1).dependencies());
        assertFalse(doc.sentences().get(2).parsed(), "longer than 8 tokens");
        assertEquals("attack", doc.sentences().get(2).tokens().get(1).lemma());
    }

    @Test
    void hardWrappedTextBreaksOnlyAtBlankLines() {
        String wrapped = String.join("\n",
                "The two governments announced on Monday that they had agreed to",
                "resume direct flights between their capitals after a pause of",
                "several years, and officials from both sides said the first route",
                "would open in the spring, pending safety inspections of the airports",
                "involved, according to a joint statement released by the ministries",
                "of transport in both countries, which also mentioned cargo routes.");
        assertTrue(CoreNlpAnnotator.looksHardWrapped(wrapped));
        assertFalse(CoreNlpAnnotator.looksHardWrapped("A title\nA full sentence that ends here.\nAnother one."));
        assertEquals(1, annotate(wrapped).sentences().size());
    }
}
