package org.chancery.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.chancery.model.Granularity;
import org.chancery.model.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrammarTimeTaggerTest {

    private final GrammarTimeTagger tagger = new GrammarTimeTagger();

    /**
     * One expression per sentence. Columns: sentence | reference date | expected text | begin | end
     * (empty = open) | granularity | relative.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "", textBlock = """
            # full dates
            The treaty was signed on March 8, 2018 in the capital.        | 2020-01-01 | on March 8, 2018     | 2018-03-08 | 2018-03-08 | DAY    | false
            Talks opened on 8 March 2018 after a delay.                   | 2020-01-01 | on 8 March 2018      | 2018-03-08 | 2018-03-08 | DAY    | false
            The file is dated 2018-03-08 by its clerk.                    | 2020-01-01 | 2018-03-08           | 2018-03-08 | 2018-03-08 | DAY    | false
            On Thursday, March 8, 2018, envoys met.                       | 2020-01-01 | On Thursday, March 8, 2018 | 2018-03-08 | 2018-03-08 | DAY | false
            The envoy arrived on the 3rd of May 2016.                     | 2020-01-01 | 3rd of May 2016      | 2016-05-03 | 2016-05-03 | DAY    | false
            # month-day without a year: most recent on or before the reference
            The envoy left on Mar. 8 for home.                            | 2018-03-08 | on Mar. 8            | 2018-03-08 | 2018-03-08 | DAY    | true
            The envoy left on Feb. 20 for home.                           | 2018-03-08 | on Feb. 20           | 2018-02-20 | 2018-02-20 | DAY    | true
            The envoy left on Dec. 28 for home.                           | 2018-01-10 | on Dec. 28           | 2017-12-28 | 2017-12-28 | DAY    | true
            The envoy left on March 9 for home.                           | 2018-03-08 | on March 9           | 2017-03-09 | 2017-03-09 | DAY    | true
            # month-year and bare months
            Trade fell in September 2017 across the board.                | 2020-01-01 | in September 2017    | 2017-09-01 | 2017-09-30 | MONTH  | false
            Trade fell in Sept. 2017 across the board.                    | 2020-01-01 | in Sept. 2017        | 2017-09-01 | 2017-09-30 | MONTH  | false
            Trade fell in March and recovered.                            | 2018-05-02 | in March             | 2018-03-01 | 2018-03-31 | MONTH  | true
            Trade fell in June and recovered.                             | 2018-05-02 | in June              | 2017-06-01 | 2017-06-30 | MONTH  | true
            Trade fell last May and recovered.                            | 2018-05-02 | last May             | 2017-05-01 | 2017-05-31 | MONTH  | true
            # years
            In 2014 the ban was dropped.                                  | 2022-06-01 | In 2014              | 2014-01-01 | 2014-12-31 | YEAR   | false
            The 2011 raid strained ties.                                  | 2022-06-01 | 2011                 | 2011-01-01 | 2011-12-31 | YEAR   | false
            The year 1947 saw partition.                                  | 2022-06-01 | 1947                 | 1947-01-01 | 1947-12-31 | YEAR   | false
            # seasons
            The road opened in summer 2016 after repairs.                 | 2020-01-01 | in summer 2016       | 2016-06-01 | 2016-08-31 | RANGE  | false
            The road opened in the winter of 2016 after repairs.          | 2020-01-01 | in the winter of 2016 | 2016-12-01 | 2017-02-28 | RANGE | false
            The road opened last summer after repairs.                    | 2018-03-08 | last summer          | 2017-06-01 | 2017-08-31 | RANGE  | true
            The road opened last summer after repairs.                    | 2017-07-15 | last summer          | 2016-06-01 | 2016-08-31 | RANGE  | true
            # decades and centuries
            Militancy grew in the 1990s in the region.                    | 2020-01-01 | in the 1990s         | 1990-01-01 | 1999-12-31 | DECADE | false
            Militancy grew in the mid-1990s in the region.                | 2020-01-01 | in the mid-1990s     | 1994-01-01 | 1996-12-31 | DECADE | false
            Militancy grew in the early 2000s in the region.              | 2020-01-01 | in the early 2000s   | 2000-01-01 | 2003-12-31 | DECADE | false
            Militancy grew during the late 1980s in the region.           | 2020-01-01 | during the late 1980s | 1987-01-01 | 1989-12-31 | DECADE | false
            Militancy grew in the '80s in the region.                     | 2020-01-01 | in the '80s          | 1980-01-01 | 1989-12-31 | DECADE | false
            Borders were drawn in the 19th century by surveyors.          | 2020-01-01 | in the 19th century  | 1800-01-01 | 1899-12-31 | RANGE  | false
            # parts of a year
            Aid resumed in early 2014 with conditions.                    | 2020-01-01 | in early 2014        | 2014-01-01 | 2014-04-30 | RANGE  | false
            Aid resumed by the end of 2016 with conditions.               | 2020-01-01 | by the end of 2016   |            | 2016-12-31 | RANGE  | false
            # ranges
            The minister toured from Feb. 19 to Feb. 22 with aides.       | 2018-03-08 | from Feb. 19 to Feb. 22 | 2018-02-19 | 2018-02-22 | RANGE | true
            The minister toured Feb. 19-22 with aides.                    | 2018-03-08 | Feb. 19-22           | 2018-02-19 | 2018-02-22 | RANGE  | true
            The minister toured on 19 to 22 February 2018 with aides.     | 2020-01-01 | on 19 to 22 February 2018 | 2018-02-19 | 2018-02-22 | RANGE | false
            Talks ran from January to March 2016 in the capital.          | 2020-05-01 | from January to March 2016 | 2016-01-01 | 2016-03-31 | RANGE | false
            Talks ran from Dec. 28 to Jan. 3, 2016 in the capital.        | 2020-05-01 | from Dec. 28 to Jan. 3, 2016 | 2015-12-28 | 2016-01-03 | RANGE | false
            He ruled between 2001 and 2008 without a vote.                | 2020-01-01 | between 2001 and 2008 | 2001-01-01 | 2008-12-31 | RANGE | false
            He ruled 2001–2008 without a vote.                            | 2020-01-01 | 2001–2008            | 2001-01-01 | 2008-12-31 | RANGE  | false
            He ruled from 1999 to 2008 without a vote.                    | 2020-01-01 | from 1999 to 2008    | 1999-01-01 | 2008-12-31 | RANGE  | false
            The 2014-15 budget cut aid.                                   | 2020-01-01 | 2014-15              | 2014-01-01 | 2015-12-31 | RANGE  | false
            Sanctions have applied since 2014 to the firm.                | 2018-03-08 | since 2014           | 2014-01-01 | 2018-03-08 | RANGE  | true
            It has been an ally from its founding in 1947 to the present. | 2018-03-08 | from its founding in 1947 to the present | 1947-01-01 | 2018-03-08 | RANGE | true
            The pact held until 2001 and then lapsed.                     | 2018-03-08 | until 2001           |            | 2001-12-31 | RANGE  | false
            The pact was signed before 2001 by both.                      | 2018-03-08 | before 2001          |            | 2000-12-31 | RANGE  | false
            The pact lapsed after 2001 for good.                          | 2018-03-08 | after 2001           | 2002-01-01 |            | RANGE  | false
            # relative windows
            The ties have grown over the last 17 years steadily.          | 2018-03-08 | over the last 17 years | 2001-03-08 | 2018-03-08 | RANGE | true
            Ties grew in the past year quickly.                           | 2017-09-15 | in the past year     | 2016-09-15 | 2017-09-15 | RANGE  | true
            Ties grew over the past few months quickly.                   | 2017-09-15 | over the past few months | 2017-06-15 | 2017-09-15 | RANGE | true
            Ties grew in recent years quickly.                            | 2017-09-15 | in recent years      | 2012-09-15 | 2017-09-15 | RANGE  | true
            # relative points
            He spoke last month about aid.                                | 2017-09-15 | last month           | 2017-08-01 | 2017-08-31 | MONTH  | true
            He spoke earlier this month about aid.                        | 2017-09-15 | earlier this month   | 2017-09-01 | 2017-09-15 | MONTH  | true
            He spoke this week about aid.                                 | 2018-03-08 | this week            | 2018-03-05 | 2018-03-11 | RANGE  | true
            He spoke last week about aid.                                 | 2018-03-08 | last week            | 2018-02-26 | 2018-03-04 | RANGE  | true
            He spoke last year about aid.                                 | 2018-03-08 | last year            | 2017-01-01 | 2017-12-31 | YEAR   | true
            He spoke earlier this year about aid.                         | 2018-03-08 | earlier this year    | 2018-01-01 | 2018-03-08 | YEAR   | true
            He recently spoke about aid.                                  | 2018-03-08 | recently             | 2017-12-08 | 2018-03-08 | RANGE  | true
            Aid is now tied to reforms.                                   | 2018-03-08 | now                  | 2018-03-01 | 2018-03-31 | MONTH  | true
            Aid is currently tied to reforms.                             | 2018-03-08 | currently            | 2018-03-01 | 2018-03-31 | MONTH  | true
            He spoke today about aid.                                     | 2018-03-08 | today                | 2018-03-08 | 2018-03-08 | DAY    | true
            He spoke yesterday about aid.                                 | 2018-03-08 | yesterday            | 2018-03-07 | 2018-03-07 | DAY    | true
            Ties grew over the preceding decades steadily.                | 2018-03-08 | over the preceding decades | 1998-03-08 | 2018-03-08 | RANGE | true
            In the past the two sides rarely met.                         | 2018-03-08 | In the past          |            | 2018-03-08 | RANGE  | true
            The two sides may meet in the near future again.              | 2018-03-08 | in the near future   | 2018-03-08 |            | RANGE  | true
            The current talks stalled.                                    | 2018-03-08 | current              | 2018-03-01 | 2018-03-31 | MONTH  | true
            He spoke two years ago about aid.                             | 2018-03-08 | two years ago        | 2016-01-01 | 2016-12-31 | YEAR   | true
            He spoke on Tuesday about aid.                                | 2018-03-08 | on Tuesday           | 2018-03-06 | 2018-03-06 | DAY    | true
            He spoke on Thursday about aid.                               | 2018-03-08 | on Thursday          | 2018-03-08 | 2018-03-08 | DAY    | true
            He spoke last Thursday about aid.                             | 2018-03-08 | last Thursday        | 2018-03-01 | 2018-03-01 | DAY    | true
            The invasion came soon after 9/11 in the region.              | 2018-03-08 | after 9/11           | 2001-09-12 |            | RANGE  | false
            """)
    void tagsOneExpression(String sentence, LocalDate reference, String text, LocalDate begin, LocalDate end,
                           Granularity granularity, boolean relative) {
        List<TimeExpression> found = tagger.tag(sentence, 0, reference);
        assertEquals(1, found.size(), () -> "expected one expression in '" + sentence + "', got " + found);
        TimeExpression e = found.get(0);
        assertEquals(text, e.text(), "text");
        assertEquals(text, sentence.substring(e.start(), e.end()), "offsets");
        assertEquals(begin, e.begin(), "begin");
        assertEquals(end, e.until(), "end");
        assertEquals(granularity, e.granularity(), "granularity");
        assertEquals(relative, e.relative(), "relative");
    }

    /** Numbers that look like years but are amounts or labels. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The loan was $2014 in total.
            Some 2014 troops crossed over.
            About 2014 people were moved.
            The council passed Resolution 2014 unanimously.
            Turnout rose by 2014 votes in the district.
            The figure was 2,014 at most.
            Growth hit 2014% on paper.
            The fund held 12.2014 units.
            The curfew starts at 1900 GMT daily.
            The crowd may march in protest.
            """)
    void ignoresNumbersThatAreNotYears(String sentence) {
        assertEquals(List.of(), tagger.tag(sentence, 0, LocalDate.of(2018, 3, 8)));
    }

    @Test
    void adjectivesAreNeverBoundsOrRangeEnds() {
        List<TimeExpression> found = tagger.tag("Ties improved under the current government and by the recent deal.", 0,
                LocalDate.of(2018, 3, 8));
        assertEquals(List.of("current", "recent"), found.stream().map(TimeExpression::text).collect(Collectors.toList()));
        assertEquals(LocalDate.of(2018, 3, 1), found.get(0).begin(), "not turned into an open-start bound");
        assertEquals(LocalDate.of(2017, 12, 8), found.get(1).begin(), "not turned into an open-start bound");
    }

    @Test
    void theFutureOfSomethingIsNotATime() {
        assertEquals(List.of(), tagger.tag("They discussed the future of the region.", 0, LocalDate.of(2018, 3, 8)));
    }

    @Test
    void aTemporalPrepositionMakesAYearOfACount() {
        List<TimeExpression> found = tagger.tag("In 2014 troops were sent north.", 0, LocalDate.of(2018, 3, 8));
        assertEquals("In 2014", found.get(0).text());
    }

    @Test
    void withoutAReferenceDateRelativeAndYearlessExpressionsAreDropped() {
        String s = "Last month, on Feb. 20, in the past year and recently, as in 2014 and since 2011, things moved.";
        List<String> texts = tagger.tag(s, 0, null).stream().map(TimeExpression::text).collect(Collectors.toList());
        assertEquals(List.of("in 2014", "since 2011"), texts);
        TimeExpression since = tagger.tag(s, 0, null).get(1);
        assertEquals(LocalDate.of(2011, 1, 1), since.begin());
        assertEquals(null, since.until(), "open end without a reference date");
        assertEquals(false, since.relative());
    }

    @Test
    void offsetsAreDocumentOffsets() {
        String s = "In 2014 the ban was dropped, and in 2016 a deal followed.";
        List<TimeExpression> found = tagger.tag(s, 100, LocalDate.of(2022, 1, 1));
        assertEquals(2, found.size());
        assertEquals(100, found.get(0).start());
        assertEquals(107, found.get(0).end());
        assertEquals(s.indexOf("in 2016") + 100, found.get(1).start());
        assertEquals("in 2016", found.get(1).text());
    }

    @Test
    void noBreakSpacesAreSpaces() {
        String s = "The minister toured from Feb.\u00a019 to Feb.\u00a022 with aides.";
        List<TimeExpression> found = tagger.tag(s, 0, LocalDate.of(2018, 3, 8));
        assertEquals(1, found.size());
        assertEquals("from Feb.\u00a019 to Feb.\u00a022", found.get(0).text(), "text keeps the original characters");
        assertEquals(LocalDate.of(2018, 2, 22), found.get(0).until());
    }

    @Test
    void twoDatesInOneSentenceStayApart() {
        String s = "Trade grew in 2011 and shrank in 2013, before talks in December 2016.";
        List<TimeExpression> found = tagger.tag(s, 0, LocalDate.of(2018, 3, 8));
        assertEquals(List.of("in 2011", "in 2013", "in December 2016"),
                found.stream().map(TimeExpression::text).collect(Collectors.toList()));
    }

    @Test
    void impossibleDaysAreNotTagged() {
        assertEquals(List.of(), tagger.tag("It was due on February 30, 2018 at noon.", 0, null).stream()
                .filter(e -> e.granularity() == Granularity.DAY).collect(Collectors.toList()));
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> tagger.tag(null, 0, null));
        assertThrows(IllegalArgumentException.class, () -> tagger.tag("In 2014.", -1, null));
    }

    @Test
    void isDeterministic() {
        String s = "From 2001 to 2008, and again last month, aid rose; in the 1990s it fell.";
        assertEquals(tagger.tag(s, 5, LocalDate.of(2018, 3, 8)), new GrammarTimeTagger().tag(s, 5, LocalDate.of(2018, 3, 8)));
    }
}
