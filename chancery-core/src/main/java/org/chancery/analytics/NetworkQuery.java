package org.chancery.analytics;

import java.time.LocalDate;
import java.util.Set;
import org.chancery.coding.Modality;
import org.chancery.ontology.PloverType;

/**
 * Network request: actors at country level ({@code countryLevel}) or full codes, events in the period
 * and of the types given (empty: all), asserted kinds unless modalities are given.
 */
public record NetworkQuery(LocalDate from, LocalDate to, Set<PloverType> types, Set<Modality> modalities,
                           boolean countryLevel, int minEvents) {
    public NetworkQuery {
        types = types == null ? Set.of() : Set.copyOf(types);
        modalities = modalities == null ? Set.of() : Set.copyOf(modalities);
        if (minEvents < 1) {
            throw new IllegalArgumentException("minEvents must be >= 1, got " + minEvents);
        }
    }
}
