package org.chancery.app.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chancery.actor.ActorCode;
import org.chancery.analytics.DateAxis;
import org.chancery.analytics.Period;
import org.chancery.coding.Modality;
import org.chancery.ontology.PloverType;

/**
 * Reads and validates the parameters of one request. Every failure is an {@link ApiException} with
 * status 400 that names the parameter and says what would be accepted. Not thread-safe; one per request.
 */
public final class RequestParameters {
    /** Largest page a caller may ask for. */
    public static final int MAX_LIMIT = 1000;

    private final Context ctx;

    public RequestParameters(Context ctx) {
        this.ctx = ctx;
    }

    /** Refuses query parameters the route does not document, and repeated ones. */
    void checkKnown(ApiRoute route) {
        Set<String> known = new LinkedHashSet<>();
        for (ApiParameter p : route.parameters()) {
            if (p.in().equals("query")) {
                known.add(p.name());
            }
        }
        for (var e : ctx.queryParamMap().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw ApiException.badParameter(e.getKey(), "unknown parameter '" + e.getKey() + "'; "
                        + (known.isEmpty() ? "this route takes no query parameters" : "known: " + String.join(", ", known)));
            }
            if (e.getValue().size() > 1) {
                throw ApiException.badParameter(e.getKey(), "parameter '" + e.getKey() + "' is given "
                        + e.getValue().size() + " times; give it once");
            }
        }
    }

    /** The trimmed value, or null when absent or empty. */
    public String string(String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        return v.trim();
    }

    public String path(String name) {
        return ctx.pathParam(name);
    }

    public int integer(String name, int defaultValue, int min, int max) {
        String v = string(name);
        if (v == null) {
            return defaultValue;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, name + " must be a whole number " + min + ".." + max + ", got '" + v + "'");
        }
        if (n < min || n > max) {
            throw ApiException.badParameter(name, name + " must be " + min + ".." + max + ", got " + n);
        }
        return n;
    }

    public int limit(int defaultValue) {
        return integer("limit", defaultValue, 1, MAX_LIMIT);
    }

    public int offset() {
        return integer("offset", 0, 0, Integer.MAX_VALUE);
    }

    public boolean bool(String name, boolean defaultValue) {
        String v = string(name);
        if (v == null) {
            return defaultValue;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badParameter(name, name + " must be true or false, got '" + v + "'");
        };
    }

    public LocalDate date(String name) {
        String v = string(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, name + " must be a date YYYY-MM-DD, got '" + v + "'");
        }
    }

    /** Days from {@code from} to {@code to}, either open (null). */
    public record DateRange(LocalDate from, LocalDate to) {}

    /** {@code from} and {@code to}, checked to be in order. */
    public DateRange dateRange() {
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badParameter("to", "to (" + to + ") is before from (" + from + ")");
        }
        return new DateRange(from, to);
    }

    public ActorCode actor(String name, String value) {
        try {
            return ActorCode.of(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(name, name + ": " + e.getMessage());
        }
    }

    public ActorCode actorQuery(String name) {
        String v = string(name);
        return v == null ? null : actor(name, v);
    }

    public ActorCode actorPath(String name) {
        return actor(name, ctx.pathParam(name));
    }

    /** {@code A:B} as two codes, or null when absent. */
    public ActorCode[] dyad(String name) {
        String v = string(name);
        if (v == null) {
            return null;
        }
        String[] parts = v.split(":", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw ApiException.badParameter(name, name + " must be two actor codes as A:B (e.g. USA:PAK), got '" + v + "'");
        }
        return new ActorCode[] {actor(name, parts[0]), actor(name, parts[1])};
    }

    /** A comma list of PLOVER types; empty set when absent. */
    public Set<PloverType> types(String name) {
        String v = string(name);
        Set<PloverType> out = EnumSet.noneOf(PloverType.class);
        if (v == null) {
            return out;
        }
        for (String part : v.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                out.add(PloverType.valueOf(part.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter(name, "unknown event type '" + part.trim() + "'; known: " + names(PloverType.values()));
            }
        }
        return out;
    }

    /** A comma list of modalities; "facts" stands for the asserted kinds; empty set when absent. */
    public Set<Modality> modalities(String name) {
        String v = string(name);
        Set<Modality> out = EnumSet.noneOf(Modality.class);
        if (v == null) {
            return out;
        }
        for (String part : v.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (p.equalsIgnoreCase("facts")) {
                for (Modality m : Modality.values()) {
                    if (m.countsAsFact()) {
                        out.add(m);
                    }
                }
                continue;
            }
            if (p.equalsIgnoreCase("all")) {
                out.addAll(EnumSet.allOf(Modality.class));
                continue;
            }
            try {
                out.add(Modality.valueOf(p.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter(name, "unknown modality '" + p + "'; known: all, facts, " + names(Modality.values()));
            }
        }
        return out;
    }

    public Period period(String name, Period defaultValue) {
        String v = string(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Period.parse(v);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(name, name + " must be month, quarter or year, got '" + v + "'");
        }
    }

    public DateAxis axis(String name) {
        String v = string(name);
        if (v == null) {
            return DateAxis.EVENT;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "event" -> DateAxis.EVENT;
            case "publication" -> DateAxis.PUBLICATION;
            default -> throw ApiException.badParameter(name, name + " must be event or publication, got '" + v + "'");
        };
    }

    /** One of the allowed values (lower case), or the default. */
    public String choice(String name, String defaultValue, List<String> allowed) {
        String v = string(name);
        if (v == null) {
            return defaultValue;
        }
        String l = v.toLowerCase(Locale.ROOT);
        if (!allowed.contains(l)) {
            throw ApiException.badParameter(name, name + " must be one of " + String.join(", ", allowed) + ", got '" + v + "'");
        }
        return l;
    }

    private static String names(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> e : values) {
            out.add(e.name());
        }
        return String.join(", ", out);
    }
}
