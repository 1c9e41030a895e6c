package org.chancery.actor;

import java.time.LocalDate;

/**
 * Re-codes a participant for the day its event happened: a person by the office held that day, an
 * armed group by its status that day (the Taliban are AFGREB before August 2021 and AFGGOV after).
 * The resolver codes mentions at the publication date; the pipeline calls this once the event is
 * dated. Thread-safe.
 */
@FunctionalInterface
public interface ActorDating {
    /**
     * @param entry    the dictionary entry of the mention ({@code person:khan-imran})
     * @param resolved the code the resolver gave at the publication date
     * @param day      the event's day (middle of its interval), never null
     * @return the code on {@code day}, or {@code resolved} when the entry's code does not change with time
     */
    ActorCode codeOn(String entry, ActorCode resolved, LocalDate day);

    ActorDating NONE = (entry, resolved, day) -> resolved;
}
