package org.chancery.actor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A span of time during which an entry takes a particular code (an office of a person, or a status
 * of an armed group such as the Taliban governing Afghanistan from 2021-08-15).
 *
 * @param role  what the period is ("prime minister", "government"); never null, may be empty
 * @param code  code during the period
 * @param start first day, or null when open at the start
 * @param end   last day (inclusive), or null while it lasts
 */
public record CodePeriod(String role, ActorCode code, LocalDate start, LocalDate end) {
    public CodePeriod {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(code, "code");
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("period '" + role + "' (" + code + ") ends " + end + " before it starts " + start);
        }
    }

    public boolean covers(LocalDate day) {
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }

    /** Whether two periods share at least one day. */
    public boolean overlaps(CodePeriod o) {
        boolean thisBeforeOther = end != null && o.start != null && end.isBefore(o.start);
        boolean otherBeforeThis = o.end != null && start != null && o.end.isBefore(start);
        return !thisBeforeOther && !otherBeforeThis;
    }
}
