package org.chancery.ontology;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The {@link Ontology} read from chancery's TSV data files by {@link OntologyLoader}. Immutable and
 * thread-safe: every map is copied at construction and exposed read-only.
 */
public final class TableOntology implements Ontology {

    /** One row of {@code cameo.tsv}: the code and how chancery maps it to PLOVER. */
    record CameoEntry(CameoCode code, PloverType type, Optional<String> mode, List<String> contexts) {
        CameoEntry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(mode, "mode");
            contexts = List.copyOf(contexts);
        }
    }

    private final Map<String, CameoEntry> cameo;
    private final Collection<CameoCode> codes;
    private final List<CameoCode> roots;
    private final Map<PloverType, PloverTypeInfo> types;
    private final Map<PloverType, Map<String, OptionalDouble>> modes;
    private final Map<String, String> contexts;
    private final String version;

    TableOntology(Map<String, CameoEntry> cameo, Map<PloverType, PloverTypeInfo> types,
                  Map<PloverType, Map<String, OptionalDouble>> modes, Map<String, String> contexts,
                  String version) {
        this.cameo = Collections.unmodifiableMap(new LinkedHashMap<>(cameo));
        this.codes = this.cameo.values().stream().map(CameoEntry::code).toList();
        this.roots = codes.stream().filter(c -> c.code().length() == 2).toList();
        this.types = Collections.unmodifiableMap(new EnumMap<>(types));
        EnumMap<PloverType, Map<String, OptionalDouble>> m = new EnumMap<>(PloverType.class);
        for (PloverType t : PloverType.values()) {
            m.put(t, Collections.unmodifiableMap(new LinkedHashMap<>(modes.getOrDefault(t, Map.of()))));
        }
        this.modes = Collections.unmodifiableMap(m);
        this.contexts = Collections.unmodifiableMap(new LinkedHashMap<>(contexts));
        this.version = Objects.requireNonNull(version, "version");
    }

    @Override
    public CameoCode cameo(String code) {
        return entry(code).code();
    }

    @Override
    public Optional<CameoCode> findCameo(String code) {
        return Optional.ofNullable(code == null ? null : cameo.get(code)).map(CameoEntry::code);
    }

    /** All CAMEO codes in file order (roots first in each family). */
    @Override
    public Collection<CameoCode> cameoCodes() {
        return codes;
    }

    /** The 20 two-digit CAMEO roots. */
    public List<CameoCode> roots() {
        return roots;
    }

    @Override
    public PloverType ploverTypeOf(CameoCode code) {
        return entry(code.code()).type();
    }

    @Override
    public Optional<String> ploverModeOf(CameoCode code) {
        return entry(code.code()).mode();
    }

    /** PLOVER context labels the CAMEO code implies (possibly none), in file order. */
    public List<String> ploverContextsOf(CameoCode code) {
        return entry(code.code()).contexts();
    }

    @Override
    public Set<String> modes(PloverType type) {
        return modes.get(Objects.requireNonNull(type, "type")).keySet();
    }

    @Override
    public Set<String> contexts() {
        return contexts.keySet();
    }

    /** The one-line gloss of a context label; an {@link IllegalArgumentException} naming it if unknown. */
    public String contextDefinition(String label) {
        String d = contexts.get(label);
        if (d == null) {
            throw new IllegalArgumentException("unknown PLOVER context '" + label + "'; known: " + contexts.keySet());
        }
        return d;
    }

    /** What {@code plover.tsv} says about a type. */
    public PloverTypeInfo info(PloverType type) {
        return types.get(Objects.requireNonNull(type, "type"));
    }

    /**
     * PLOVER cooperation-conflict score of a type and optional mode: the mode's own score when it has
     * one, the type's otherwise. An unknown mode is an {@link IllegalArgumentException}.
     */
    public double ploverScore(PloverType type, Optional<String> mode) {
        double base = info(type).score();
        if (mode.isEmpty()) {
            return base;
        }
        OptionalDouble s = modes.get(type).get(mode.get());
        if (s == null) {
            throw new IllegalArgumentException("unknown mode '" + mode.get() + "' for PLOVER " + type
                    + "; known: " + modes.get(type).keySet());
        }
        return s.orElse(base);
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String toString() {
        return version + " (" + codes.size() + " CAMEO codes)";
    }

    private CameoEntry entry(String code) {
        CameoEntry e = code == null ? null : cameo.get(code);
        if (e == null) {
            throw new IllegalArgumentException("unknown CAMEO code '" + code + "'");
        }
        return e;
    }
}
