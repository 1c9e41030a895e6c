package org.chancery.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One actor as the store sees it: how often it is mentioned and acts, with whom, and over time.
 * Every event count here ({@code asSource}, {@code asTarget}, counterparts, activity) uses the
 * asserted kinds (ASSERTED, REPORTED, HABITUAL); mention counts leave out locative mentions.
 *
 * @param code         the code asked for (three letters or fewer: the whole country)
 * @param name         canonical name
 * @param mentions     non-locative mentions
 * @param asSource     events (asserted kinds) with the actor as source
 * @param asTarget     events (asserted kinds) with the actor as target
 * @param counterparts actors it has events with, most events first, at the level of {@code code}
 * @param activity     events per month (months without events are left out), oldest first;
 *                     events without a known date are not in it
 */
public record ActorDetail(String code, String name, long mentions, long asSource, long asTarget,
                          List<Counterpart> counterparts, List<ActivityPoint> activity) {
    public ActorDetail {
        counterparts = List.copyOf(counterparts);
        activity = List.copyOf(activity);
    }

    /**
     * @param code         counterpart code
     * @param name         its canonical name
     * @param events       events between the two, either direction
     * @param cooperation  of which QuadClass 1 or 2
     * @param conflict     of which QuadClass 3 or 4
     * @param goldsteinSum sum of their Goldstein values
     */
    public record Counterpart(String code, String name, long events, long cooperation, long conflict, double goldsteinSum) {}

    /**
     * @param period       month label ("2018-02")
     * @param periodStart  first day of the month
     * @param events       events the actor takes part in
     * @param cooperation  of which QuadClass 1 or 2
     * @param conflict     of which QuadClass 3 or 4
     * @param goldsteinSum sum of their Goldstein values
     */
    public record ActivityPoint(String period, LocalDate periodStart, long events, long cooperation, long conflict, double goldsteinSum) {}
}
