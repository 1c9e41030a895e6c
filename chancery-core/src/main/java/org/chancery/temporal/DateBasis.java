package org.chancery.temporal;

/** How an event date was established. */
public enum DateBasis {
    /** From a time expression governing the event in the text. */
    TEXT,
    /** The article's publication date, for present-tense or ongoing events. */
    PUBLICATION,
    /** Bounded by tense and other dated facts (e.g. past tense: before publication). */
    INFERRED,
    /** Nothing to go on. */
    UNKNOWN
}
