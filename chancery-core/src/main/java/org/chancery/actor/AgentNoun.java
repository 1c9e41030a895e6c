package org.chancery.actor;

import java.util.List;
import java.util.Objects;

/**
 * A sector noun ("officials", "security establishment", "foreign minister") that gives a sector
 * when combined with a country word.
 *
 * @param surface  as written in {@code agents.yaml}
 * @param keys     normalised pieces
 * @param sector   sector suffix (GOV, MIL, LEG…)
 * @param title    a singular office title that may precede a person's name ("Prime Minister Khan")
 * @param bare     may stand without a country word; then the document's focus country is used
 * @param presence after this noun, "in CAPITAL" names a place ("troops in Kabul", "ambassadors in Islamabad")
 * @param file     file it was read from
 * @param line     1-based line
 */
public record AgentNoun(String surface, List<String> keys, String sector, boolean title, boolean bare,
                        boolean presence, String file, int line) {
    public AgentNoun {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(sector, "sector");
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("agent noun '" + surface + "' has no pieces");
        }
    }
}
