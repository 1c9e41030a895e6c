package org.chancery.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A document as read: its id, its text exactly as read (all offsets index into it), where it came
 * from, and its metadata. Immutable.
 *
 * @param id         stable id; defaults to the file name without extension
 * @param text       the full text; character offsets of every downstream record index into it
 * @param origin     file path (or path:line for JSONL), for messages; may be null
 * @param metadata   title, url, source, author, publication date
 */
public record Document(String id, String text, String origin, DocumentMetadata metadata) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        if (id.isBlank()) {
            throw new IllegalArgumentException("document id must not be blank (origin " + origin + ")");
        }
    }

    /** SHA-256 of the text in UTF-8, hex: the idempotency key of ingestion. */
    public String contentHash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    public Document withMetadata(DocumentMetadata m) {
        return new Document(id, text, origin, m);
    }
}
