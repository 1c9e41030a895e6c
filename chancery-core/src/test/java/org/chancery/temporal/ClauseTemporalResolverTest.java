package org.chancery.temporal;

import static org.chancery.temporal.HandParsedDocument.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClauseTemporalResolverTest {

    private static final LocalDate PUB_2018 = LocalDate.of(2018, 3, 8);
    private final ClauseTemporalResolver resolver = new ClauseTemporalResolver();

    private static EventDate date(String start, String end, Granularity g, DateBasis basis, String text) {
        return new EventDate(start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end), g, basis, text);
    }

    // ---------------------------------------------------------------- the two checks of issue 5

    @Test
    void anEmbargoLiftedInAYearNamedByTheTextIsDatedToThatYearNotToPublication() {
        AnnotatedDocument doc = new HandParsedDocument(LocalDate.of(2022, 5, 10)).sentence(
                "In/IN 2014/CD ,/, Moscow/NNP ended/VBD its/PRP$ ban/NN on/IN selling/VBG arms/NNS to/IN Pakistan/NNP ./.",
                "case(1,0) obl:in(4,1) punct(4,2) nsubj(4,3) root(-1,4) nmod:poss(6,5) obj(4,6) mark(8,7) acl(6,8) obj(8,9)"
                        + " case(11,10) obl:to(8,11) punct(4,12)").build();
        assertEquals(date("2014-01-01", "2014-12-31", Granularity.YEAR, DateBasis.TEXT, "In 2014"),
                resolver.resolve(doc, event(doc, 0, 4)));
    }

    @Test
    void aVisitFromOneMonthDayToAnotherTakesTheYearOfTheArticle() {
        AnnotatedDocument doc = new HandParsedDocument(PUB_2018).sentence(
                "The/DT minister/NN 's/POS trip/NN to/IN Moscow/NNP from/IN Feb./NNP 19/CD to/IN Feb./NNP 22/CD was/VBD a/DT bid/NN"
                        + " for/IN support/NN ./.",
                "det(1,0) nmod:poss(3,1) case(1,2) nsubj(14,3) case(5,4) nmod:to(3,5) case(7,6) nmod:from(3,7) nummod(7,8)"
                        + " case(10,9) nmod:to(3,10) nummod(10,11) cop(14,12) det(14,13) root(-1,14) case(16,15) nmod:for(14,16)"
                        + " punct(14,17)").build();
        assertEquals(date("2018-02-19", "2018-02-22", Granularity.RANGE, DateBasis.TEXT, "from Feb. 19 to Feb. 22"),
                resolver.resolve(doc, event(doc, 0, 3)));
    }

    @Test
    void aMonthOfThatYearIsInTheYearTheNarrativeNamedNotInTheYearBeforePublication() {
        AnnotatedDocument doc = new HandParsedDocument(LocalDate.of(2022, 5, 10))
                .sentence("The/DT thaw/NN began/VBD in/IN 2014/CD ./.",
                        "det(1,0) nsubj(2,1) root(-1,2) case(4,3) obl:in(2,4) punct(2,5)")
                .sentence("In/IN June/NNP of/IN that/DT year/NN Moscow/NNP ended/VBD its/PRP$ ban/NN and/CC in/IN November/NNP"
                                + " Lavrov/NNP flew/VBD in/RP ./.",
                        "case(1,0) obl:in(6,1) case(4,2) det(4,3) nmod:of(1,4) nsubj(6,5) root(-1,6) nmod:poss(8,7) obj(6,8) cc(13,9)"
                                + " case(11,10) obl:in(13,11) nsubj(13,12) conj:and(6,13) compound:prt(13,14) punct(6,15)")
                .build();
        EventDate d = resolver.resolve(doc, event(doc, 1, 6));
        assertEquals(date("2014-06-01", "2014-06-30", Granularity.MONTH, DateBasis.TEXT, "In June of that year"), d);
        // the same sentence's later year-less month is in that year too
        assertEquals(date("2014-11-01", "2014-11-30", Granularity.MONTH, DateBasis.TEXT, "in November"),
                resolver.resolve(doc, event(doc, 1, 13)));
    }

    // ---------------------------------------------------------------- attachment with two dates

    private static final String TWO_DATES = "After/IN talks/NNS in/IN 2015/CD ,/, Russia/NNP sold/VBD helicopters/NNS to/IN"
            + " Pakistan/NNP in/IN 2017/CD ./.";

    @Test
    void eachEventTakesTheExpressionOfItsOwnPhrase() {
        AnnotatedDocument doc = new HandParsedDocument(PUB_2018).sentence(TWO_DATES,
                "case(1,0) obl:after(6,1) case(3,2) nmod:in(1,3) punct(6,4) nsubj(6,5) root(-1,6) obj(6,7) case(9,8)"
                        + " obl:to(6,9) case(11,10) obl:in(6,11) punct(6,12)").build();
        assertEquals("in 2017", resolver.resolve(doc, event(doc, 0, 6)).text(), "the verb 'sold'");
        assertEquals("in 2015", resolver.resolve(doc, event(doc, 0, 1)).text(), "the nominal 'talks'");
    }

    @Test
    void aMeetingTakesTheDateOfTheParticipleDescribingItNotThatOfTheMeetingItIsCoordinatedWith() {
        AnnotatedDocument doc = new HandParsedDocument(PUB_2018).sentence(
                "Egypt/NNP hosted/VBD a/DT summit/NN in/IN 2016/CD and/CC a/DT conference/NN involving/VBG Iraq/NNP in/IN 2017/CD ./.",
                "nsubj(1,0) root(-1,1) det(3,2) obj(1,3) case(5,4) nmod:in(3,5) cc(8,6) det(8,7) conj:and(3,8) obj(1,8)"
                        + " acl(8,9) obj(9,10) case(12,11) obl:in(9,12) punct(1,13)").build();
        assertEquals("in 2017", resolver.resolve(doc, event(doc, 0, 8)).text(), "the conference");
        assertEquals("in 2016", resolver.resolve(doc, event(doc, 0, 3)).text(), "the summit");
    }

    @Test
    void aRequestTakesTheDateOfItsComplementBeforeThatOfALaterConjunct() {
        AnnotatedDocument doc = new HandParsedDocument(PUB_2018).sentence(
                "Chile/NNP asked/VBD the/DT court/NN to/TO rule/VB in/IN 2009/CD and/CC tried/VBD again/RB in/IN 2016/CD ./.",
                "nsubj(1,0) root(-1,1) det(3,2) obj(1,3) mark(5,4) xcomp(1,5) case(7,6) obl:in(5,7) cc(9,8) conj:and(1,9)"
                        + " advmod(9,10) case(12,11) obl:in(9,12) punct(1,13)").build();
        assertEquals("in 2009", resolver.resolve(doc, event(doc, 0, 1)).text(), "the asking");
        assertEquals("in 2016", resolver.resolve(doc, event(doc, 0, 9)).text(), "the second try");
    }

    @Test
    void withoutAParseTheNearestExpressionInTheClauseWins() {
        AnnotatedDocument doc = new HandParsedDocument(PUB_2018).sentence(TWO_DATES, "").build();
        assertEquals("in 2017", resolver.resolve(doc, event(doc, 0, 6)).text(), "the verb 'sold'");
        assertEquals("in 2015", resolver.resolve(doc, event(doc, 0, 1)).text(), "the nominal 'talks'");
    }

    @Test
    void aSemicolonSeparatesClausesWithoutAParse() {
        AnnotatedDocument doc = new HandParsedDocument(PUB_2018).sentence(
                "Russia/NNP lifted/VBD the/DT ban/NN ;/: in/IN 2016/CD it/PRP signed/VBD a/DT deal/NN ./.", "").build();
        assertEquals(date(null, "2018-03-08", Granularity.RANGE, DateBasis.INFERRED, null), resolver.resolve(doc, event(doc, 0, 1)));
        assertEquals("in 2016", resolver.resolve(doc, event(doc, 0, 8)).text());
    }

    @Test
    void aFrontedExpressionAcrossACommaIsStillFoundWithoutAParse() {
        AnnotatedDocument doc = new HandParsedDocument(LocalDate.of(2022, 5, 10))
                .sentence("In/IN 2014/CD ,/, Moscow/NNP ended/VBD its/PRP$ ban/NN ./.", "").build();
        assertEquals("In 2014", resolver.resolve(doc, event(doc, 0, 4)).text());
    }

    @Test
    void anAdjectiveDatesOnlyItsNounWithoutAParse() {
        AnnotatedDocument doc = new HandParsedDocument(PUB_2018).sentence(
                "In/IN 2016/CD the/DT current/JJ envoy/NN met/VBD rebels/NNS after/IN recent/JJ raids/NNS ./.", "").build();
        assertEquals("In 2016", resolver.resolve(doc, event(doc, 0, 5)).text(), "the verb 'met'");
        assertEquals("recent", resolver.resolve(doc, event(doc, 0, 9)).text(), "the nominal 'raids'");
    }

    @Test
    void theReportedEventAndTheReportEachKeepTheirDate() {
        AnnotatedDocument doc = new HandParsedDocument(PUB_2018).sentence(
                "Officials/NNS said/VBD on/IN Tuesday/NNP that/IN the/DT embargo/NN had/VBD been/VBN lifted/VBN in/IN 2014/CD ./.",
                "nsubj(1,0) root(-1,1) case(3,2) obl:on(1,3) mark(9,4) det(6,5) nsubj:pass(9,6) aux(9,7) aux:pass(9,8)"
                        + " ccomp(1,9) case(11,10) obl:in(9,11) punct(1,12)").build();
        assertEquals(date("2014-01-01", "2014-12-31", Granularity.YEAR, DateBasis.TEXT, "in 2014"),
                resolver.resolve(doc, event(doc, 0, 9)));
        assertEquals(date("2018-03-06", "2018-03-06", Granularity.DAY, DateBasis.TEXT, "on Tuesday"),
                resolver.resolve(doc, event(doc, 0, 1)));
    }

    @Test
    void anEmbeddedVerbClimbsToTheClauseThatGovernsIt() {
        AnnotatedDocument doc = new HandParsedDocument(PUB_2018).sentence(
                "In/IN 2016/CD ,/, Pakistan/NNP agreed/VBD to/TO buy/VB jets/NNS ./.",
                "case(1,0) obl:in(4,1) punct(4,2) nsubj(4,3) root(-1,4) mark(6,5) xcomp(4,6) obj(6,7) punct(4,8)").build();
        assertEquals("In 2016", resolver.resolve(doc, event(doc, 0, 6)).text());
    }

    @Test
    void anExpressionInARelativeClauseDoesNotDateTheMainVerb() {
        AnnotatedDocument doc = new HandParsedDocument(PUB_2018).sentence(
                "Russia/NNP sells/VBZ jets/NNS to/IN Pakistan/NNP ,/, which/WDT it/PRP courted/VBD in/IN 2015/CD ./.",
                "nsubj(1,0) root(-1,1) obj(1,2) case(4,3) obl:to(1,4) punct(4,5) obj(8,6) nsubj(8,7) acl:relcl(4,8)"
                        + " case(10,9) obl:in(8,10) punct(1,11)").build();
        assertEquals(date("2018-03-01", "2018-03-31", Granularity.MONTH, DateBasis.PUBLICATION, null),
                resolver.resolve(doc, event(doc, 0, 1)));
        assertEquals("in 2015", resolver.resolve(doc, event(doc, 0, 8)).text());
    }

    @Test
    void aConjoinedVerbSharesItsExpression() {
        AnnotatedDocument doc = new HandParsedDocument(PUB_2018).sentence(
                "Russia/NNP lifted/VBD the/DT ban/NN and/CC signed/VBD a/DT deal/NN in/IN 2014/CD ./.",
                "nsubj(1,0) root(-1,1) det(3,2) obj(1,3) cc(5,4) conj:and(1,5) det(7,6) obj(5,7) case(9,8) obl:in(5,9)"
                        + " punct(1,10)").build();
        assertEquals("in 2014", resolver.resolve(doc, event(doc, 0, 1)).text());
        assertEquals("in 2014", resolver.resolve(doc, event(doc, 0, 5)).text());
    }

    @Test
    void anExpressionOnTheOccasionOfASayingDatesIt() {
        AnnotatedDocument doc = new HandParsedDocument(LocalDate.of(2017, 9, 15)).sentence(
                "At/IN a/DT briefing/NN earlier/RBR this/DT month/NN ,/, the/DT envoy/NN said/VBD aid/NN would/MD resume/VB ./.",
                "case(2,0) det(2,1) obl:at(9,2) advmod(5,3) det(5,4) obl:tmod(2,5) punct(9,6) det(8,7) nsubj(9,8) root(-1,9)"
                        + " nsubj(12,10) aux(12,11) ccomp(9,12) punct(9,13)").build();
        assertEquals(date("2017-09-01", "2017-09-15", Granularity.MONTH, DateBasis.TEXT, "earlier this month"),
                resolver.resolve(doc, event(doc, 0, 9)));
    }

    @Test
    void anExpressionOnABoundingEventDoesNotDateTheVerb() {
        AnnotatedDocument doc = new HandParsedDocument(PUB_2018).sentence(
                "After/IN talks/NNS in/IN 2015/CD ,/, Russia/NNP sold/VBD helicopters/NNS ./.",
                "case(1,0) obl:after(6,1) case(3,2) nmod:in(1,3) punct(6,4) nsubj(6,5) root(-1,6) obj(6,7) punct(6,8)").build();
        assertEquals(date(null, "2018-03-08", Granularity.RANGE, DateBasis.INFERRED, null), resolver.resolve(doc, event(doc, 0, 6)));
    }

    @Test
    void theSubjectOfACopulaDatesItsPredicate() {
        AnnotatedDocument doc = new HandParsedDocument(PUB_2018).sentence(
                "The/DT trip/NN from/IN Feb./NNP 19/CD to/IN Feb./NNP 22/CD was/VBD an/DT attempt/NN ./.",
                "det(1,0) nsubj(10,1) case(3,2) nmod:from(1,3) nummod(3,4) case(6,5) nmod:to(1,6) nummod(6,7) cop(10,8)"
                        + " det(10,9) root(-1,10) punct(10,11)").build();
        assertEquals("from Feb. 19 to Feb. 22", resolver.resolve(doc, event(doc, 0, 10)).text());
    }

    // ---------------------------------------------------------------- fallbacks by tense

    /** Columns: tagged sentence | dependencies | trigger token | expected start | end | granularity | basis. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Russia/NNP supplied/VBD helicopters/NNS ./.                | nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)                                | 1 |            | 2018-03-08 | RANGE | INFERRED
            Russia/NNP supplies/VBZ helicopters/NNS ./.                | nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)                                | 1 | 2018-03-01 | 2018-03-31 | MONTH | PUBLICATION
            Russia/NNP has/VBZ supplied/VBN helicopters/NNS ./.        | nsubj(2,0) aux(2,1) root(-1,2) obj(2,3) punct(2,4)                       | 2 |            | 2018-03-08 | RANGE | INFERRED
            Russia/NNP is/VBZ supplying/VBG helicopters/NNS ./.        | nsubj(2,0) aux(2,1) root(-1,2) obj(2,3) punct(2,4)                       | 2 | 2018-03-01 | 2018-03-31 | MONTH | PUBLICATION
            Russia/NNP will/MD supply/VB helicopters/NNS ./.           | nsubj(2,0) aux(2,1) root(-1,2) obj(2,3) punct(2,4)                       | 2 | 2018-03-01 | 2018-03-31 | MONTH | PUBLICATION
            The/DT sale/NN of/IN jets/NNS was/VBD approved/VBN ./.     | det(1,0) nsubj:pass(5,1) case(3,2) nmod:of(1,3) aux:pass(5,4) root(-1,5) punct(5,6) | 1 | | 2018-03-08 | RANGE | INFERRED
            Russia/NNP has/VBZ supplied/VBN helicopters/NNS ./.        |                                                                          | 2 |            | 2018-03-08 | RANGE | INFERRED
            Russia/NNP keeps/VBZ supplying/VBG helicopters/NNS ./.     |                                                                          | 2 | 2018-03-01 | 2018-03-31 | MONTH | PUBLICATION
            Russia/NNP angered/VBD Kabul/NNP by/IN arming/VBG rebels/NNS ./. | nsubj(1,0) root(-1,1) obj(1,2) mark(4,3) advcl:by(1,4) obj(4,5) punct(1,6) | 4 | | 2018-03-08 | RANGE | INFERRED
            Russia/NNP angers/VBZ Kabul/NNP by/IN arming/VBG rebels/NNS ./. | nsubj(1,0) root(-1,1) obj(1,2) mark(4,3) advcl:by(1,4) obj(4,5) punct(1,6) | 4 | 2018-03-01 | 2018-03-31 | MONTH | PUBLICATION
            """)
    void fallsBackByTense(String tagged, String deps, int trigger, LocalDate start, LocalDate end, Granularity g, DateBasis basis) {
        AnnotatedDocument doc = new HandParsedDocument(PUB_2018).sentence(tagged, deps == null ? "" : deps).build();
        assertEquals(new EventDate(start, end, g, basis, null), resolver.resolve(doc, event(doc, 0, trigger)));
    }

    @Test
    void withoutAPublicationDateAnUndatedEventIsUnknown() {
        AnnotatedDocument doc = new HandParsedDocument(null).sentence("Russia/NNP supplied/VBD helicopters/NNS ./.",
                "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)").build();
        assertEquals(EventDate.unknown(), resolver.resolve(doc, event(doc, 0, 1)));
    }

    @Test
    void withoutAPublicationDateAnExplicitYearStillCounts() {
        AnnotatedDocument doc = new HandParsedDocument(null).sentence("Russia/NNP supplied/VBD helicopters/NNS in/IN 2016/CD ./.",
                "nsubj(1,0) root(-1,1) obj(1,2) case(4,3) obl:in(1,4) punct(1,5)").build();
        assertEquals(date("2016-01-01", "2016-12-31", Granularity.YEAR, DateBasis.TEXT, "in 2016"),
                resolver.resolve(doc, event(doc, 0, 1)));
    }

    // ---------------------------------------------------------------- narrative inheritance

    private static AnnotatedDocument story(String second) {
        return new HandParsedDocument(PUB_2018)
                .sentence("In/IN 2014/CD Moscow/NNP ended/VBD the/DT ban/NN ./.", "")
                .sentence(second, "").build();
    }

    @Test
    void laterThatYearInheritsTheYearWhenEnabled() {
        AnnotatedDocument doc = story("Later/RB that/DT year/NN ,/, it/PRP sold/VBD helicopters/NNS ./.");
        assertEquals(date("2014-01-01", "2014-12-31", Granularity.YEAR, DateBasis.TEXT, "Later that year"),
                new ClauseTemporalResolver(true).resolve(doc, event(doc, 1, 5)));
        assertEquals(date(null, "2018-03-08", Granularity.RANGE, DateBasis.INFERRED, null),
                new ClauseTemporalResolver(false).resolve(doc, event(doc, 1, 5)));
    }

    @Test
    void thenStartsAtThePreviousDateAndRunsToPublication() {
        AnnotatedDocument doc = story("Then/RB it/PRP sold/VBD helicopters/NNS ./.");
        assertEquals(date("2014-01-01", "2018-03-08", Granularity.RANGE, DateBasis.INFERRED, "Then"),
                new ClauseTemporalResolver(true).resolve(doc, event(doc, 1, 2)));
    }

    @Test
    void withoutACueNothingIsInherited() {
        AnnotatedDocument doc = story("It/PRP sold/VBD helicopters/NNS ./.");
        assertEquals(date(null, "2018-03-08", Granularity.RANGE, DateBasis.INFERRED, null),
                new ClauseTemporalResolver(true).resolve(doc, event(doc, 1, 1)));
    }

    @Test
    void defaultHasNoInheritance() {
        assertEquals(false, new ClauseTemporalResolver().narrativeInheritance());
    }

    @Test
    void anEventInAMissingSentenceIsAnError() {
        AnnotatedDocument doc = story("It/PRP sold/VBD helicopters/NNS ./.");
        AnnotatedDocument one = new HandParsedDocument(PUB_2018).sentence("It/PRP sold/VBD jets/NNS ./.", "").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> resolver.resolve(one, event(doc, 1, 1)));
        assertEquals(true, e.getMessage().contains("sentence 1"), e.getMessage());
    }

    @Test
    void anExpressionBecomesATextDate() {
        assertEquals(date(null, "2001-12-31", Granularity.RANGE, DateBasis.TEXT, "until 2001"),
                ClauseTemporalResolver.fromExpression(new GrammarTimeTagger().tag("It held until 2001.", 0, null).get(0)));
    }
}
