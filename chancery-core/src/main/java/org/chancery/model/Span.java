package org.chancery.model;

/**
 * A half-open character range {@code [start, end)} into a document's text, in Java {@code String}
 * indices, so {@code text.substring(start, end)} returns the spanned characters.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end, got start=" + start + " end=" + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** Number of characters shared with {@code other}; 0 when disjoint. */
    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }
}
