package org.chancery.actor;

/** How an actor mention was resolved to its code; shown by {@code chancery explain}. */
public enum ResolutionBasis {
    /** A name or alias in the dictionary ("Pakistan", "the United States", "NATO"). */
    DICTIONARY,
    /** A capital or seat of power acting as the government ("Islamabad rejected", "the Kremlin"). */
    METONYM,
    /** An adjective or demonym ("Pakistani support", "Russian troops" without an agent noun). */
    DEMONYM,
    /** A country word combined with an agent noun ("Pakistani officials" → PAKGOV). */
    AGENT,
    /** A combining form in a compound ("Sino-", "Indo-US", "U.S.-Pakistan"). */
    COMPOUND,
    /** A person, coded by the office held at the event (or document) date. */
    PERSON_TENURE,
    /** A pronoun or anaphoric noun phrase bound to an earlier mention. */
    COREFERENCE
}
