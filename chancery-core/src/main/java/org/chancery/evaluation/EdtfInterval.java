package org.chancery.evaluation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.temporal.DateBasis;
import org.chancery.temporal.EventDate;

/**
 * A gold date as an interval of days, parsed from the EDTF subset the gold uses: {@code YYYY},
 * {@code YYYY-MM}, {@code YYYY-MM-DD}, and intervals {@code A/B}, {@code ../B}, {@code A/..}.
 * A trailing EDTF qualifier ({@code ?}, {@code ~}, {@code %}) is ignored.
 *
 * @param start first day, or null when open at the start
 * @param end   last day (inclusive), or null when open at the end
 * @param value the EDTF text it was parsed from
 */
public record EdtfInterval(LocalDate start, LocalDate end, String value) {
    private static final Pattern POINT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?[?~%]?");

    public EdtfInterval {
        if (value == null) {
            throw new IllegalArgumentException("EDTF value must not be null");
        }
        if (start == null && end == null) {
            throw new IllegalArgumentException("EDTF interval '" + value + "' is open at both ends");
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("EDTF interval '" + value + "' ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** Parses an EDTF value; throws naming the value when it is not in the supported subset. */
    public static EdtfInterval parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("EDTF value must not be null");
        }
        String v = value.trim();
        int slash = v.indexOf('/');
        if (slash < 0) {
            LocalDate[] p = point(v, value);
            return new EdtfInterval(p[0], p[1], value);
        }
        String a = v.substring(0, slash).trim();
        String b = v.substring(slash + 1).trim();
        LocalDate start = a.equals("..") || a.isEmpty() ? null : point(a, value)[0];
        LocalDate end = b.equals("..") || b.isEmpty() ? null : point(b, value)[1];
        return new EdtfInterval(start, end, value);
    }

    private static LocalDate[] point(String p, String whole) {
        Matcher m = POINT.matcher(p);
        if (!m.matches()) {
            throw new IllegalArgumentException("unsupported EDTF date '" + whole + "': expected YYYY, YYYY-MM, YYYY-MM-DD, A/B, ../B or A/..");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                YearMonth ym = YearMonth.of(year, month);
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            LocalDate d = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
            return new LocalDate[] {d, d};
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("invalid EDTF date '" + whole + "': " + e.getMessage(), e);
        }
    }

    /** True when the day intervals share at least one day; open ends reach to infinity. */
    public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        boolean startsBeforeOtherEnds = start == null || otherEnd == null || !otherEnd.isBefore(start);
        boolean otherStartsBeforeEnd = end == null || otherStart == null || !otherStart.isAfter(end);
        return startsBeforeOtherEnds && otherStartsBeforeEnd;
    }

    /** True when the system date overlaps this interval; an UNKNOWN system date never does. */
    public boolean overlaps(EventDate system) {
        if (system.basis() == DateBasis.UNKNOWN) {
            return false;
        }
        return overlaps(system.start(), system.end());
    }
}
