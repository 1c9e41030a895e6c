package org.chancery.evaluation;

import java.util.List;
import org.chancery.actor.ActorCode;

/**
 * How strictly a system actor code must agree with a gold code (eval README, matching rule 3).
 */
public enum MatchLevel {
    /** The first three letters agree ({@code PAKGOV} hits gold {@code PAK}). */
    COUNTRY,
    /** The full code is equal. */
    STRICT;

    /** True when {@code system} hits {@code goldCode} or one of {@code altCodes} at this level. */
    public boolean matches(ActorCode system, String goldCode, List<String> altCodes) {
        if (goldCode != null && matchesOne(system, goldCode)) {
            return true;
        }
        for (String alt : altCodes) {
            if (alt != null && matchesOne(system, alt)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesOne(ActorCode system, String gold) {
        if (this == STRICT) {
            return system.value().equals(gold);
        }
        return countryPart(system.value()).equals(countryPart(gold));
    }

    /** The first three letters of a code, or the whole code when shorter. */
    static String countryPart(String code) {
        return code.length() <= 3 ? code : code.substring(0, 3);
    }
}
