package org.chancery.model;

import java.util.Objects;

/** Descriptive metadata of a document; every string may be null when unknown. */
public record DocumentMetadata(String title, String url, String source, String author, PublicationDate published) {
    public DocumentMetadata {
        Objects.requireNonNull(published, "published (use PublicationDate.unknown())");
    }

    public static DocumentMetadata empty() {
        return new DocumentMetadata(null, null, null, null, PublicationDate.unknown());
    }

    public DocumentMetadata withPublished(PublicationDate date) {
        return new DocumentMetadata(title, url, source, author, date);
    }
}
