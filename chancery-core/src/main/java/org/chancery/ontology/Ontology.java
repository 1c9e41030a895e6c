package org.chancery.ontology;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The loaded PLOVER and CAMEO ontology: CAMEO codes with Goldstein and QuadClass, PLOVER modes and
 * contexts, and the CAMEO→PLOVER mapping. Immutable and thread-safe; loaded once at start-up from the
 * project's versioned data files, where an unknown code is a load error.
 */
public interface Ontology {
    /** The CAMEO code, or an {@link IllegalArgumentException} naming the code when it is unknown. */
    CameoCode cameo(String code);

    Optional<CameoCode> findCameo(String code);

    Collection<CameoCode> cameoCodes();

    /** The PLOVER type a CAMEO code maps to (folded onto the 16 types; root 01 → STATEMENT). */
    PloverType ploverTypeOf(CameoCode code);

    /** The PLOVER mode a CAMEO code maps to, or empty. */
    Optional<String> ploverModeOf(CameoCode code);

    /** Known modes of a PLOVER type (lower case). */
    Set<String> modes(PloverType type);

    /** Known PLOVER context labels (lower case: "military", "diplomatic"...). */
    Set<String> contexts();

    /** Version and content hash of the ontology files ({@code sha256:…}). */
    String version();
}
