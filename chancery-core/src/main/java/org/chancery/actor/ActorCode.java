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

    /**
     * Sector and role suffixes of CAMEO/PLOVER actor codes. A code is COUNTRY + one or more of these;
     * anything else ({@code UNSC}, {@code NATO}, {@code BRICS}) is a whole organisation code.
     */
    private static final java.util.Set<String> SECTORS = java.util.Set.of("GOV", "MIL", "REB", "OPP", "LEG", "JRN", "CVL",
            "BUS", "ELI", "SPY", "JUD", "POL", "MED", "EDU", "HLH", "LAB", "AGR", "REF", "CRM", "REL", "UAF", "INS", "IMG",
            "ENV", "SET", "MOD", "RAD", "NGO", "IGO", "PTY", "MNC", "HRI", "COP", "DEV", "SEP", "ATH", "FIN", "SPC");

    /**
     * The country (or organisation) for country-level matching: the first three letters of a
     * COUNTRY+SECTOR code ({@code PAK} of {@code PAKGOV}), else the whole code ({@code UNSC}, {@code NATO}).
     */
    public String countryPart() {
        return sectorPart().isEmpty() ? value : value.substring(0, 3);
    }

    /** The sector suffix after a three-letter country ({@code GOV} of {@code PAKGOV}), or empty. */
    public String sectorPart() {
        if (value.length() <= 3 || (value.length() - 3) % 3 != 0) {
            return "";
        }
        for (int i = 3; i < value.length(); i += 3) {
            if (!SECTORS.contains(value.substring(i, i + 3))) {
                return "";
            }
        }
        return value.substring(3);
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
