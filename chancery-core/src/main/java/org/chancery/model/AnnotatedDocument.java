package org.chancery.model;

import java.util.List;
import java.util.Objects;

/** A document with its sentences, tokens, dependencies and time expressions. */
public record AnnotatedDocument(Document document, List<Sentence> sentences) {
    public AnnotatedDocument {
        Objects.requireNonNull(document, "document");
        sentences = List.copyOf(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).index() != i) {
                throw new IllegalArgumentException("document " + document.id() + ": sentence " + i + " has index " + sentences.get(i).index());
            }
        }
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }
}
