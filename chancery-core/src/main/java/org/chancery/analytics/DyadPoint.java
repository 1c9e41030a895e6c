package org.chancery.analytics;

import java.time.LocalDate;
import java.util.Map;

/**
 * One bucket of a dyad time series.
 *
 * @param period        label ("2018-02", "2018-Q1", "2018")
 * @param periodStart   first day of the bucket
 * @param events        number of events
 * @param byType        events per PLOVER type name
 * @param byQuadClass   events per CAMEO QuadClass (1..4)
 * @param goldsteinSum  sum of Goldstein values
 * @param goldsteinMean mean Goldstein value (0 when no events)
 */
public record DyadPoint(String period, LocalDate periodStart, long events, Map<String, Long> byType,
                        Map<Integer, Long> byQuadClass, double goldsteinSum, double goldsteinMean) {
    public DyadPoint {
        byType = Map.copyOf(byType);
        byQuadClass = Map.copyOf(byQuadClass);
    }
}
