package org.chancery.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.chancery.model.Granularity;
import org.chancery.temporal.DateBasis;
import org.chancery.temporal.EventDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdtfIntervalTest {
    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "2017, 2017-01-01, 2017-12-31",
        "2016-02, 2016-02-01, 2016-02-29",
        "2018-02-20, 2018-02-20, 2018-02-20",
        "2017/2018-03, 2017-01-01, 2018-03-31",
        "2001-09/2001-12, 2001-09-01, 2001-12-31",
        "../2017-09, null, 2017-09-30",
        "2015/.., 2015-01-01, null",
        "2019-05?, 2019-05-01, 2019-05-31"})
    void parses(String value, String start, String end) {
        EdtfInterval i = EdtfInterval.parse(value);
        assertEquals(start == null ? null : LocalDate.parse(start), i.start());
        assertEquals(end == null ? null : LocalDate.parse(end), i.end());
    }

    @ParameterizedTest
    @CsvSource({"'', unsupported", "'../..', open at both ends", "2018-13, invalid", "2019/2018, before it starts", "March 2018, unsupported"})
    void rejects(String value, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EdtfInterval.parse(value));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void overlapWithSystemDates() {
        EdtfInterval before = EdtfInterval.parse("../2017-09");
        assertTrue(before.overlaps(new EventDate(LocalDate.of(2017, 9, 30), LocalDate.of(2017, 10, 5), Granularity.RANGE, DateBasis.TEXT, null)));
        assertFalse(before.overlaps(new EventDate(LocalDate.of(2017, 10, 1), LocalDate.of(2017, 10, 1), Granularity.DAY, DateBasis.TEXT, null)));
        assertTrue(before.overlaps(new EventDate(null, LocalDate.of(1990, 1, 1), Granularity.RANGE, DateBasis.INFERRED, null)));
        EdtfInterval month = EdtfInterval.parse("2018-02");
        assertTrue(month.overlaps(new EventDate(LocalDate.of(2018, 2, 28), null, Granularity.RANGE, DateBasis.INFERRED, null)));
        assertFalse(month.overlaps(new EventDate(LocalDate.of(2018, 3, 1), null, Granularity.RANGE, DateBasis.INFERRED, null)));
        assertFalse(month.overlaps(EventDate.unknown()));
    }
}
