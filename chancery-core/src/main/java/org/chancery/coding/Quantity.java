package org.chancery.coding;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount attached to an event.
 *
 * @param text  as written ("$153 million", "four Mi-35 helicopters", "twice")
 * @param start document offset, inclusive
 * @param end   document offset, exclusive
 * @param value normalised value (153000000, 4, 2), or null when not exact
 * @param unit  "USD", "EUR", "GBP", "PKR", "INR", "people", "troops", "items", "times", or the counted noun's lemma
 */
public record Quantity(String text, int start, int end, BigDecimal value, String unit) {
    public Quantity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("quantity '" + text + "' has bad offsets " + start + ".." + end);
        }
    }
}
