package org.chancery.model;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index 0-based index within its sentence
 * @param text  surface text as in the document
 * @param lemma lemma (lower-cased for common words by the annotator)
 * @param pos   Penn Treebank POS tag
 * @param ner   coarse NER tag ({@code PERSON}, {@code LOCATION}, {@code ORGANIZATION}, {@code MISC}, or {@code O})
 * @param start document character offset, inclusive
 * @param end   document character offset, exclusive
 */
public record Token(int index, String text, String lemma, String pos, String ner, int start, int end) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(ner, "ner");
        if (index < 0) {
            throw new IllegalArgumentException("token index must be >= 0, got " + index + " for '" + text + "'");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("token '" + text + "' has bad offsets start=" + start + " end=" + end);
        }
    }

    public Span span() {
        return new Span(start, end);
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }
}
