package org.chancery.actor;

/** What a dictionary entry names. */
public enum EntryKind {
    /** A state (current or historical). */
    COUNTRY,
    /** A capital or seat of power standing for a sector of a state (Islamabad, Pentagon). */
    SEAT,
    /** An international organisation or a named national body (UNSC, ISI). */
    ORGANIZATION,
    /** A region or bloc (the West, Central Asia); some are places only. */
    REGION,
    /** A generic collective (the international community). */
    GENERIC,
    /** A non-state armed group. */
    GROUP,
    /** A person, coded through offices. */
    PERSON
}
