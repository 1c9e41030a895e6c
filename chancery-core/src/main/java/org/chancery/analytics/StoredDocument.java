package org.chancery.analytics;

import java.time.Instant;
import org.chancery.model.PublicationDate;

/** A stored document's metadata and counts; {@code text} is filled only for single-document reads. */
public record StoredDocument(String docId, String title, String url, String source, String author,
                             PublicationDate published, String origin, String contentHash,
                             int sentences, int tokens, int mentions, int events, Instant ingestedAt, String text) {}
