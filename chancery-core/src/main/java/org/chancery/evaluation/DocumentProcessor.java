package org.chancery.evaluation;

import org.chancery.model.Document;
import org.chancery.pipeline.DocumentResult;

/**
 * What the evaluators score: turns one document into the pipeline's result. The evaluators never
 * build a pipeline themselves; the caller passes {@code pipeline::process} (or a test double).
 * An exception thrown here stops the evaluation and is rethrown with the document id.
 */
@FunctionalInterface
public interface DocumentProcessor {
    DocumentResult process(Document document);
}
