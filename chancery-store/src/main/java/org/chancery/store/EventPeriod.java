package org.chancery.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The time covered by the stored events: the earliest and latest date anchor (start of the date
 * interval, else its end). Events with an unknown date are counted apart.
 */
public record EventPeriod(LocalDate first, LocalDate last, long datedEvents, long undatedEvents) {
    public EventPeriod {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("period ends (" + last + ") before it starts (" + first + ")");
        }
    }
}
