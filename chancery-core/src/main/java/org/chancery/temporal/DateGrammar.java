package org.chancery.temporal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

/**
 * Shared vocabulary of the date grammar: month and weekday names, number words, and safe
 * constructors that return null instead of throwing on impossible days. Stateless.
 */
final class DateGrammar {

    /** Month names as written in English news text; capitalised only, so "march" and "may" the verbs stay out. */
    static final String MONTH = "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?"
            + "|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)(?![A-Za-z])";

    /** Full month names only, for bare months ("in March"). */
    static final String FULL_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![A-Za-z])";

    static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])";

    /** Years this grammar accepts as years: 1900 to 2099. */
    static final String YEAR = "(?:19|20)\\d\\d";

    /** Small counts written as words or digits. */
    static final String COUNT = "(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|few|several|couple\\s+of|a\\s+couple\\s+of|a\\s+few)";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Map<String, Integer> WEEKDAYS = Map.of(
            "monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("fifty", 50),
            // vague counts: "a few" = 3, "several" = 5, "a couple of" = 2 (documented choices)
            Map.entry("few", 3), Map.entry("a few", 3), Map.entry("several", 5),
            Map.entry("couple of", 2), Map.entry("a couple of", 2));

    private DateGrammar() {
    }

    /** Month number 1..12 of a month name or abbreviation ("Sept.", "March"). */
    static int month(String name) {
        Integer m = MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
        if (m == null) {
            throw new IllegalArgumentException("not a month name: '" + name + "'");
        }
        return m;
    }

    /** ISO day of week 1 (Monday) .. 7 (Sunday). */
    static int weekday(String name) {
        Integer d = WEEKDAYS.get(name.toLowerCase(Locale.ROOT));
        if (d == null) {
            throw new IllegalArgumentException("not a weekday: '" + name + "'");
        }
        return d;
    }

    /** Value of a count written as digits or words; -1 when unknown. */
    static int count(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            return Integer.parseInt(t);
        }
        Integer n = NUMBERS.get(t);
        return n == null ? -1 : n;
    }

    /** The day, or null when it does not exist (Feb. 30). */
    static LocalDate day(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The most recent {@code month/day} on or before {@code reference}; null when the day does not
     * exist in any of the eight years before (Feb. 30).
     */
    static LocalDate latestOnOrBefore(int month, int day, LocalDate reference) {
        for (int y = reference.getYear(); y >= reference.getYear() - 8; y--) {
            LocalDate d = day(y, month, day);
            if (d != null && !d.isAfter(reference)) {
                return d;
            }
        }
        return null;
    }

    static LocalDate firstOfMonth(YearMonth ym) {
        return ym.atDay(1);
    }

    static LocalDate lastOfMonth(YearMonth ym) {
        return ym.atEndOfMonth();
    }
}
