package org.chancery.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A time expression found in a sentence, normalised to an interval of days.
 *
 * @param start       document character offset, inclusive
 * @param end         document character offset, exclusive
 * @param text        the expression as written ("In 2014", "from Feb. 19 to Feb. 22", "last month")
 * @param begin       first day of the interval, or null when open at the start ("until 2001")
 * @param until       last day of the interval (inclusive), or null when open at the end
 * @param granularity precision of the expression
 * @param relative    true when resolved against the reference (publication) date
 */
public record TimeExpression(int start, int end, String text, LocalDate begin, LocalDate until,
                             Granularity granularity, boolean relative) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(granularity, "granularity");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("time expression '" + text + "' has bad offsets " + start + ".." + end);
        }
        if (begin == null && until == null) {
            throw new IllegalArgumentException("time expression '" + text + "' must have a begin or an end day");
        }
        if (begin != null && until != null && until.isBefore(begin)) {
            throw new IllegalArgumentException("time expression '" + text + "' ends (" + until + ") before it begins (" + begin + ")");
        }
    }

    public Span span() {
        return new Span(start, end);
    }
}
