package org.chancery.coding;

/** Factuality of an event as the text presents it. */
public enum Modality {
    ASSERTED, NEGATED, HYPOTHETICAL, RECOMMENDED, PLANNED, REPORTED, HABITUAL;

    /** The kinds analytics count by default: the text presents the event as having happened. */
    public boolean countsAsFact() {
        return this == ASSERTED || this == REPORTED || this == HABITUAL;
    }
}
