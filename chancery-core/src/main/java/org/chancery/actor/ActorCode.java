package org.chancery.actor;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An actor code: an ISO-3166 alpha-3 country with an optional sector ({@code PAK}, {@code PAKGOV},
 * {@code PAKMIL}), an organisation ({@code UNSC}, {@code NATO}, {@code EU}), a region ({@code WST}) or a
 * PLOVER generic ({@code IGO}, {@code IMG}, {@code INTL}). Only the syntax is checked here; the actor
 * dictionary checks that the code is known.
 */
public record ActorCode(String value) implements Comparable<ActorCode> {
    private static final Pattern SYNTAX = Pattern.compile("[A-Z]{2,12}");

    public ActorCode {
        Objects.requireNonNull(value, "actor code");
        if (!SYNTAX.matcher(value).matches()) {
            throw new IllegalArgumentException("actor code must be 2-12 capital letters, got '" + value + "'");
        }
    }

    public static ActorCode of(String value) {
        return new ActorCode(value);
    }

    /** The first three letters: the country (or organisation stem) for country-level matching. */
    public String countryPart() {
        return value.length() <= 3 ? value : value.substring(0, 3);
    }

    /** The sector suffix after a three-letter country ({@code GOV} of {@code PAKGOV}), or empty. */
    public String sectorPart() {
        return value.length() > 3 ? value.substring(3) : "";
    }

    public ActorCode withSector(String sector) {
        return new ActorCode(countryPart() + sector);
    }

    @Override
    public int compareTo(ActorCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
