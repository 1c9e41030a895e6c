package org.chancery.temporal;

import java.time.LocalDate;
import java.util.List;
import org.chancery.model.TimeExpression;

/**
 * Finds time expressions in a sentence and normalises them against a reference date.
 * Thread-safe.
 */
public interface TimeTagger {
    /**
     * @param sentenceText  the sentence text
     * @param sentenceStart document offset of the sentence's first character (added to every offset)
     * @param reference     the reference (publication) date for relative expressions; null when unknown
     *                      (relative expressions are then dropped)
     */
    List<TimeExpression> tag(String sentenceText, int sentenceStart, LocalDate reference);
}
