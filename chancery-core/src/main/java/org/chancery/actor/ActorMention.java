package org.chancery.actor;

import java.util.Objects;
import org.chancery.model.Span;

/**
 * One resolved mention of an actor in a sentence.
 *
 * @param sentenceIndex sentence the mention is in
 * @param tokenStart    first token index (inclusive) within the sentence
 * @param tokenEnd      last token index (exclusive)
 * @param start         document character offset, inclusive
 * @param end           document character offset, exclusive
 * @param text          the surface text, {@code documentText.substring(start, end)}
 * @param code          resolved actor code
 * @param name          canonical name of the actor ("Pakistan", "Government of Pakistan", "Khawaja Muhammad Asif")
 * @param basis         how it was resolved
 * @param entry         id of the dictionary entry that matched ("country:PAK", "capital:Islamabad", "person:asif-khawaja")
 * @param locative      true when the mention is only a place ("a visit to Moscow"): not an actor, kept for the coder
 *                      (e.g. the destination of a visit) and for explanations
 */
public record ActorMention(int sentenceIndex, int tokenStart, int tokenEnd, int start, int end, String text,
                           ActorCode code, String name, ResolutionBasis basis, String entry, boolean locative) {
    public ActorMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(entry, "entry");
        if (tokenStart < 0 || tokenEnd <= tokenStart) {
            throw new IllegalArgumentException("mention '" + text + "' has bad token range " + tokenStart + ".." + tokenEnd);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("mention '" + text + "' has bad offsets " + start + ".." + end);
        }
    }

    public Span span() {
        return new Span(start, end);
    }

    public boolean coversToken(int tokenIndex) {
        return tokenStart <= tokenIndex && tokenIndex < tokenEnd;
    }
}
