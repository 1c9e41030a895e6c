package org.chancery.temporal;

import java.time.LocalDate;
import java.util.Objects;
import org.chancery.model.Granularity;

/**
 * When an event happened: an interval of days, its precision, how it was found, and the expression.
 *
 * @param start       first possible day, or null when open (or unknown)
 * @param end         last possible day (inclusive), or null when open (or unknown)
 * @param granularity precision; null when the basis is UNKNOWN
 * @param basis       how it was established
 * @param text        the time expression, or null
 */
public record EventDate(LocalDate start, LocalDate end, Granularity granularity, DateBasis basis, String text) {
    public EventDate {
        Objects.requireNonNull(basis, "basis");
        if (basis == DateBasis.UNKNOWN) {
            if (start != null || end != null) {
                throw new IllegalArgumentException("an UNKNOWN event date has no interval, got " + start + ".." + end);
            }
        } else {
            Objects.requireNonNull(granularity, "granularity");
            if (start == null && end == null) {
                throw new IllegalArgumentException("a " + basis + " event date needs a start or an end");
            }
            if (start != null && end != null && end.isBefore(start)) {
                throw new IllegalArgumentException("event date ends (" + end + ") before it starts (" + start + ")");
            }
        }
    }

    public static EventDate unknown() {
        return new EventDate(null, null, null, DateBasis.UNKNOWN, null);
    }

    /** The day used to bucket the event in a time series: the start, else the end; null when unknown. */
    public LocalDate anchor() {
        return start != null ? start : end;
    }
}
