package org.chancery.ontology;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CAMEO event code as loaded from the ontology: only the {@link Ontology} creates these, so a
 * {@code CameoCode} in the domain is always a known code.
 *
 * @param code      two to four digits ("08", "085", "1622")
 * @param name      the CAMEO category name
 * @param goldstein Goldstein conflict-cooperation value, -10..+10
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 */
public record CameoCode(String code, String name, double goldstein, int quadClass) {
    private static final Pattern SYNTAX = Pattern.compile("\\d{2,4}");

    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!SYNTAX.matcher(code).matches()) {
            throw new IllegalArgumentException("CAMEO code must be 2-4 digits, got '" + code + "'");
        }
        if (goldstein < -10 || goldstein > 10) {
            throw new IllegalArgumentException("CAMEO " + code + ": Goldstein value " + goldstein + " is outside -10..10");
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("CAMEO " + code + ": QuadClass " + quadClass + " is outside 1..4");
        }
    }

    /** The two-digit root ("08" for "085"). */
    public String root() {
        return code.substring(0, 2);
    }
}
