package org.chancery.ontology;

/**
 * The 16 PLOVER 2021 event types, plus {@link #STATEMENT} for CAMEO root 01 comments, which PLOVER
 * drops but analysts of official statements still want to see (the CAMEO reading is kept).
 */
public enum PloverType {
    AGREE(QuadCategory.VERBAL_COOPERATION),
    CONSULT(QuadCategory.VERBAL_COOPERATION),
    SUPPORT(QuadCategory.VERBAL_COOPERATION),
    CONCEDE(QuadCategory.VERBAL_COOPERATION),
    COOPERATE(QuadCategory.MATERIAL_COOPERATION),
    AID(QuadCategory.MATERIAL_COOPERATION),
    RETREAT(QuadCategory.MATERIAL_COOPERATION),
    REQUEST(QuadCategory.VERBAL_CONFLICT),
    ACCUSE(QuadCategory.VERBAL_CONFLICT),
    REJECT(QuadCategory.VERBAL_CONFLICT),
    THREATEN(QuadCategory.VERBAL_CONFLICT),
    PROTEST(QuadCategory.MATERIAL_CONFLICT),
    SANCTION(QuadCategory.MATERIAL_CONFLICT),
    MOBILIZE(QuadCategory.MATERIAL_CONFLICT),
    COERCE(QuadCategory.MATERIAL_CONFLICT),
    ASSAULT(QuadCategory.MATERIAL_CONFLICT),
    /** CAMEO 01 public statements and comments; not one of PLOVER's 16. */
    STATEMENT(QuadCategory.VERBAL_COOPERATION);

    private final QuadCategory quad;

    PloverType(QuadCategory quad) {
        this.quad = quad;
    }

    /** PLOVER's quad category (note that CAMEO's QuadClass of the event's CAMEO code may differ). */
    public QuadCategory quad() {
        return quad;
    }

    /** True for the 16 PLOVER types; false for {@link #STATEMENT}. */
    public boolean isPlover() {
        return this != STATEMENT;
    }

    /** Parses a type name, mapping PLOVER 0.5 names (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT) to 2021 ones. */
    public static PloverType parse(String name) {
        String n = name.trim().toUpperCase(java.util.Locale.ROOT);
        switch (n) {
            case "DEMAND": return REQUEST;
            case "DISAPPROVE":
            case "INVESTIGATE": return ACCUSE;
            case "FIGHT": return ASSAULT;
            default:
                try {
                    return valueOf(n);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown PLOVER event type '" + name + "'; known: "
                            + java.util.Arrays.toString(values()), e);
                }
        }
    }

    public enum QuadCategory { VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT }
}
