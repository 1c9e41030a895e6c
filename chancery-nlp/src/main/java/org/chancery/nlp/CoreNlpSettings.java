package org.chancery.nlp;

/**
 * Settings of the CoreNLP annotator.
 *
 * @param maxParseTokens   sentences longer than this are not parsed (a warning is logged); they keep
 *                         tokens, lemmas and NER, so actors are still found
 * @param maxDocumentChars documents longer than this are rejected before annotation
 * @param threads          threads CoreNLP may use inside one document (POS/NER/parser)
 */
public record CoreNlpSettings(int maxParseTokens, int maxDocumentChars, int threads) {
    public CoreNlpSettings {
        if (maxParseTokens < 5 || maxParseTokens > 1000) {
            throw new IllegalArgumentException("maxParseTokens must be 5..1000, got " + maxParseTokens);
        }
        if (maxDocumentChars < 1) {
            throw new IllegalArgumentException("maxDocumentChars must be positive, got " + maxDocumentChars);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    public static CoreNlpSettings defaults() {
        return new CoreNlpSettings(150, 2_000_000, 1);
    }
}
