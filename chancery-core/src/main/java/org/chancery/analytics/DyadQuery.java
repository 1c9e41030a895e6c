package org.chancery.analytics;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.chancery.actor.ActorCode;
import org.chancery.coding.Modality;

/**
 * A dyad time series request. Country-level matching as in {@link EventQuery}. {@code modalities}
 * empty means the asserted kinds ({@link Modality#countsAsFact()}).
 */
public record DyadQuery(ActorCode a, ActorCode b, Period period, boolean directed, DateAxis axis,
                        LocalDate from, LocalDate to, Set<Modality> modalities) {
    public DyadQuery {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(axis, "axis");
        modalities = modalities == null ? Set.of() : Set.copyOf(modalities);
    }
}
