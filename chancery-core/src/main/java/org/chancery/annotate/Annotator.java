package org.chancery.annotate;

import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Document;

/**
 * Turns a document's text into sentences, tokens (lemma, POS, coarse NER), Universal Dependencies
 * edges and time expressions. Every offset indexes into {@link Document#text()}.
 *
 * <p>Implementations may skip the dependency parse of sentences that the {@link ParseGate} says
 * cannot hold an event ({@code Sentence.parsed() == false}). Thread-safe.
 */
public interface Annotator {
    AnnotatedDocument annotate(Document document);

    /** Short description printed in the pipeline banner ("CoreNLP 4.5.10 tokenize,ssplit,pos,lemma,ner(coarse),depparse"). */
    String describe();
}
