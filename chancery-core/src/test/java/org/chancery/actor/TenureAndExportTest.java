package org.chancery.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Granularity;
import org.chancery.model.Sentence;
import org.chancery.model.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tenure judged at a sentence's own date, role matching for titles, and the mentions export line. */
class TenureAndExportTest {

    private static AnnotatedDocument withTime(String text, LocalDate published, String timeText, LocalDate day) {
        AnnotatedDocument d = TestTokenizer.document(text, published);
        Sentence s = d.sentences().get(0);
        int at = text.indexOf(timeText);
        TimeExpression t = new TimeExpression(at, at + timeText.length(), timeText, day, day, Granularity.values()[0], false);
        Sentence timed = new Sentence(0, s.start(), s.end(), s.text(), s.tokens(), List.of(), false, List.of(t));
        return new AnnotatedDocument(d.document(), List.of(timed));
    }

    @Test
    void aSentencesOwnDateDecidesTheOffice() {
        String text = "In 2019 Imran Khan addressed the assembly.";
        AnnotatedDocument doc = withTime(text, LocalDate.of(2023, 6, 1), "2019", LocalDate.of(2019, 1, 1));
        ActorMention m = Fixtures.resolver().resolve(doc).get(0);
        assertEquals("Imran Khan PAKGOV", m.text() + " " + m.code());
        ActorMention later = Fixtures.resolver().resolve(TestTokenizer.document(text, LocalDate.of(2023, 6, 1))).get(0);
        assertEquals("PAKOPP", later.code().value());
    }

    @Test
    void groupsTooAreJudgedAtTheSentencesDate() {
        String text = "In 2019 the Taliban attacked a convoy.";
        AnnotatedDocument doc = withTime(text, LocalDate.of(2023, 6, 1), "2019", LocalDate.of(2019, 1, 1));
        assertEquals("AFGREB", Fixtures.resolver().resolve(doc).get(0).code().value());
        assertEquals("AFGGOV", Fixtures.resolver().resolve(TestTokenizer.document(text, LocalDate.of(2023, 6, 1))).get(0).code().value());
    }

    @Test
    void withoutAnyDateAPersonTakesTheLatestOffice() {
        ActorMention m = Fixtures.resolver().resolve(TestTokenizer.document("Imran Khan spoke.", null)).get(0);
        assertEquals("PAKOPP", m.code().value());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
        "prime minister, prime minister, true",
        "foreign minister, minister, true",
        "president of the council, president, true",
        "vice president, president, false",
        "deputy foreign minister, foreign minister, false",
        "army chief, president, false",
    })
    void titlesNameRoles(String role, String title, boolean expected) {
        assertEquals(expected, DictionaryActorResolver.roleMatches(role, title));
    }

    @Test
    void mentionsExportAsOneJsonObjectPerLine() {
        String text = "Pakistani officials met in Kabul.";
        List<ActorMention> ms = Fixtures.resolver().resolve(TestTokenizer.document(text, LocalDate.of(2019, 6, 1)));
        assertEquals("{\"doc_id\":\"d1\",\"start\":0,\"end\":19,\"text\":\"Pakistani officials\",\"code\":\"PAKGOV\","
                + "\"basis\":\"AGENT\",\"entry\":\"agent:officials\",\"sentence\":0,\"locative\":false}",
                ActorMentionJson.toJsonLine("d1", ms.get(0)));
        assertEquals("{\"doc_id\":\"d1\",\"start\":27,\"end\":32,\"text\":\"Kabul\",\"code\":\"AFG\","
                + "\"basis\":\"DICTIONARY\",\"entry\":\"capital:Kabul\",\"sentence\":0,\"locative\":true}",
                ActorMentionJson.toJsonLine("d1", ms.get(1)));
    }
}
