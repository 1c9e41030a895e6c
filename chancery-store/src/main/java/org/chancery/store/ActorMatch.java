package org.chancery.store;

import java.util.List;
import org.chancery.actor.ActorCode;

/**
 * SQL for matching an actor code: a code of three letters or fewer matches the whole country (or
 * organisation stem) through the {@code country} column, a longer code matches exactly.
 */
final class ActorMatch {
    private ActorMatch() {}

    static boolean countryLevel(ActorCode code) {
        return code.value().length() <= 3;
    }

    /** The condition on {@code table}{@code codeColumn} or {@code table}{@code countryColumn}; appends its parameter. */
    static String condition(String table, String codeColumn, String countryColumn, ActorCode code, List<Object> params) {
        params.add(code.value());
        return table + (countryLevel(code) ? countryColumn : codeColumn) + " = ?";
    }

    /** The undirected key of two codes as stored in event_dyads: "A|B" with A <= B. */
    static String pairKey(String x, String y) {
        return x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
    }

    /**
     * The condition that an event_dyads row joins {@code a} and {@code b}, in either direction unless
     * directed. Always leads with one equality on a pair key, which the scan can use; adds the
     * role and level conditions only where the key alone is not exact.
     */
    static String dyad(ActorCode a, ActorCode b, boolean directed, List<Object> params) {
        boolean countryA = countryLevel(a);
        boolean countryB = countryLevel(b);
        if (!directed && countryA && countryB) {
            params.add(pairKey(a.value(), b.value()));
            return "pair_country = ?";
        }
        if (!directed && !countryA && !countryB) {
            params.add(pairKey(a.value(), b.value()));
            return "pair_code = ?";
        }
        params.add(pairKey(a.countryPart(), b.countryPart()));
        String key = "pair_country = ?";
        String forward = "(" + condition("", "source_code", "source_country", a, params) + " AND "
                + condition("", "target_code", "target_country", b, params) + ")";
        if (directed) {
            return key + " AND " + forward;
        }
        String backward = "(" + condition("", "source_code", "source_country", b, params) + " AND "
                + condition("", "target_code", "target_country", a, params) + ")";
        return key + " AND (" + forward + " OR " + backward + ")";
    }
}
