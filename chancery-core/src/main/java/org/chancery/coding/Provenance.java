package org.chancery.coding;

import java.util.List;
import java.util.Objects;

/**
 * Why an event was coded: the rule that fired, the dependency path it followed, the dictionary
 * entries of its actors, the dictionary hash and the software version.
 */
public record Provenance(String rule, String dependencyPath, List<String> entries, String dictionaries, String version) {
    public Provenance {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(dependencyPath, "dependencyPath");
        entries = List.copyOf(entries);
        Objects.requireNonNull(dictionaries, "dictionaries");
        Objects.requireNonNull(version, "version");
    }
}
