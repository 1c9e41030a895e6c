package org.chancery.analytics;

import java.time.LocalDate;
import java.util.Locale;

/** Bucket size of a time series. */
public enum Period {
    MONTH, QUARTER, YEAR;

    /** First day of the bucket holding {@code day}. */
    public LocalDate bucketStart(LocalDate day) {
        return switch (this) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case YEAR -> LocalDate.of(day.getYear(), 1, 1);
        };
    }

    /** Label of the bucket holding {@code day}: "2018-02", "2018-Q1", "2018". */
    public String label(LocalDate day) {
        return switch (this) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", day.getYear(), day.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.format(Locale.ROOT, "%04d", day.getYear());
        };
    }

    public static Period parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("period must be month, quarter or year, got '" + s + "'", e);
        }
    }
}
