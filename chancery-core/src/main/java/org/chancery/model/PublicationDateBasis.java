package org.chancery.model;

/** How a document's publication date was established. */
public enum PublicationDateBasis {
    /** Given explicitly by the user ({@code ingest --date}). */
    OVERRIDE,
    /** From structured metadata: a JSONL field, YAML front matter, or HTML meta tags. */
    METADATA,
    /** Read from the text itself: a byline or a date line near the top. */
    TEXT,
    /** Not known. */
    UNKNOWN
}
