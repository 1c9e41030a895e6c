package org.chancery.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an annotated document.
 *
 * @param index        0-based sentence index in the document
 * @param start        document character offset, inclusive
 * @param end          document character offset, exclusive
 * @param text         {@code documentText.substring(start, end)}
 * @param tokens       tokens in order; token {@code i} has {@code index() == i}
 * @param dependencies UD edges; empty when the sentence was not parsed
 * @param parsed       whether the dependency parser ran on this sentence
 * @param times        time expressions inside the sentence, in text order
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens,
                       List<Dependency> dependencies, boolean parsed, List<TimeExpression> times) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        times = List.copyOf(times);
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("sentence " + index + " offsets " + start + ".." + end
                    + " do not fit its text of length " + text.length());
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.index() != i) {
                throw new IllegalArgumentException("sentence " + index + ": token " + i + " has index " + t.index());
            }
            if (t.start() < start || t.end() > end) {
                throw new IllegalArgumentException("sentence " + index + ": token '" + t.text() + "' at "
                        + t.start() + ".." + t.end() + " lies outside the sentence " + start + ".." + end);
            }
        }
        for (Dependency d : dependencies) {
            if (d.dependent() >= tokens.size() || d.governor() >= tokens.size()) {
                throw new IllegalArgumentException("sentence " + index + ": dependency " + d + " refers past " + tokens.size() + " tokens");
            }
        }
    }

    public Span span() {
        return new Span(start, end);
    }

    /** Text of the token range {@code [from, to)} as it stands in the document. */
    public String textOf(int fromToken, int toToken) {
        return text.substring(tokens.get(fromToken).start() - start, tokens.get(toToken - 1).end() - start);
    }
}
