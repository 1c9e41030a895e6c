package org.chancery.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.model.PublicationDate;
import org.chancery.model.PublicationDateBasis;
import org.chancery.model.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDateFinderTest {

    private final PublicationDateFinder finder = new PublicationDateFinder();

    /** Columns: text (\n for line breaks) => expected date (empty = unknown) => expected evidence. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", nullValues = "", textBlock = """
            A headline\\n\\nPublished on Mar 03, 2023 by the desk\\nBody text follows here. => 2023-03-03 => Published on Mar 03, 2023
            A headline\\nBy A. Writer | Lecturer | Mar 8, 2018\\nBody text follows here. => 2018-03-08 => Mar 8, 2018
            A headline\\nMarch 8, 2018\\nBody text follows here. => 2018-03-08 => March 8, 2018
            A headline\\nPosted: 8 March 2018\\nBody text follows here. => 2018-03-08 => Posted: 8 March 2018
            A headline\\nUpdated: 2019-01-02T10:00:00Z\\nBody text follows here. => 2019-01-02 => Updated: 2019-01-02
            A headline\\nUpdated: Jan 5, 2019\\nPublished: Jan 2, 2019\\nBody. => 2019-01-02 => Published: Jan 2, 2019
            A headline\\n13/03/2018\\nBody text follows here. => 2018-03-13 => 13/03/2018
            A headline\\n03/13/2018\\nBody text follows here. => 2018-03-13 => 03/13/2018
            A headline\\n08/03/2018\\nBody text follows here. =>  =>
            A headline\\nThursday, March 8, 2018\\nBody text follows here. => 2018-03-08 => Thursday, March 8, 2018
            A headline\\nBody text that runs on for a long while and mentions that on March 8, 2018 the envoys met in the capital to talk. =>  =>
            A headline without any date at all. =>  =>
            """)
    void findsTheDateLine(String text, LocalDate expected, String evidence) {
        PublicationDate found = finder.fromText(text.replace("\\n", "\n"));
        if (expected == null) {
            assertEquals(PublicationDate.unknown(), found);
        } else {
            assertEquals(new PublicationDate(expected, PublicationDateBasis.TEXT, evidence, false), found);
        }
    }

    @Test
    void looksOnlyAtTheHead() {
        String text = "x".repeat(PublicationDateFinder.HEAD_CHARS) + "\nMarch 8, 2018\n";
        assertEquals(PublicationDate.unknown(), finder.fromText(text));
    }

    @Test
    void readsMetadataByTrust() {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("og:title", "Some title");
        meta.put("article:modified_time", "2019-05-01T08:00:00Z");
        meta.put("article:published_time", "2018-03-08T23:30:00+05:00");
        assertEquals(new PublicationDate(LocalDate.of(2018, 3, 8), PublicationDateBasis.METADATA,
                "article:published_time=2018-03-08T23:30:00+05:00", false), finder.fromMetadata(meta));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            2018-03-08                      | 2018-03-08
            2018-03-08T23:30:00+05:00       | 2018-03-08
            2018-03-08T23:30:00.000Z        | 2018-03-08
            2018-03-08 23:30:00             | 2018-03-08
            2018-03-08T23:30:00[Asia/Karachi] | 2018-03-08
            Thu, 8 Mar 2018 21:30:00 GMT    | 2018-03-08
            20180308                        | 2018-03-08
            March 8, 2018                   | 2018-03-08
            2018-02-30                      |
            soon                            |
            """)
    void parsesMetadataValues(String value, LocalDate expected) {
        assertEquals(Optional.ofNullable(expected), finder.parseMetadataValue(value));
    }

    @Test
    void metadataWinsOverTheDateLine() {
        String text = "A headline\nMarch 8, 2018\nBody text follows here.";
        assertEquals(PublicationDateBasis.METADATA, finder.find(Map.of("datePublished", "2018-03-09"), text).basis());
        assertEquals(LocalDate.of(2018, 3, 9), finder.find(Map.of("datePublished", "2018-03-09"), text).date());
        assertEquals(new PublicationDate(LocalDate.of(2018, 3, 8), PublicationDateBasis.TEXT, "March 8, 2018", false),
                finder.find(Map.of("datePublished", "not a date"), text));
    }

    @Test
    void unknownKeysCountOnlyWhenTheyNameADate() {
        assertEquals(LocalDate.of(2017, 9, 1), finder.fromMetadata(Map.of("sailthru.date", "2017-09-01", "id", "2016-01-01")).date());
        assertEquals(PublicationDate.unknown(), finder.fromMetadata(Map.of("id", "2016-01-01")));
    }

    private static TimeExpression year(int y) {
        return new TimeExpression(0, 4, Integer.toString(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31),
                org.chancery.model.Granularity.YEAR, false);
    }

    @Test
    void aDateFarBeyondEveryDatedFactIsSuspect() {
        PublicationDate crawl = PublicationDate.of(LocalDate.of(2023, 6, 1), PublicationDateBasis.TEXT, "Jun 1, 2023");
        assertEquals(true, finder.check(crawl, List.of(year(2011), year(2016))).suspect());
    }

    @Test
    void aDateWithinAYearOfTheLatestFactIsTrusted() {
        PublicationDate pub = PublicationDate.of(LocalDate.of(2017, 9, 20), PublicationDateBasis.TEXT, "Sep 20, 2017");
        assertEquals(pub, finder.check(pub, List.of(year(2011), year(2016))));
    }

    @Test
    void relativeExpressionsAndTheDateLineItselfAreNotFacts() {
        LocalDate d = LocalDate.of(2023, 6, 1);
        PublicationDate pub = PublicationDate.of(d, PublicationDateBasis.TEXT, "Jun 1, 2023");
        TimeExpression line = new TimeExpression(0, 11, "Jun 1, 2023", d, d, org.chancery.model.Granularity.DAY, false);
        TimeExpression lastMonth = new TimeExpression(20, 30, "last month", LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31),
                org.chancery.model.Granularity.MONTH, true);
        assertEquals(true, finder.check(pub, List.of(line, lastMonth, year(2014))).suspect());
        assertEquals(false, finder.check(pub, List.of(line, lastMonth)).suspect(), "nothing else dated: trusted");
    }

    @Test
    void anUnknownDateStaysUnknown() {
        assertEquals(PublicationDate.unknown(), finder.check(PublicationDate.unknown(), List.of(year(2011))));
    }
}
