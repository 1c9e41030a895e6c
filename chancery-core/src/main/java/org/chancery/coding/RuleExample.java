package org.chancery.coding;

import java.util.List;
import java.util.Objects;

/**
 * An example sentence written for a rule.
 *
 * @param text     the sentence
 * @param positive true when the rule's type must be coded from it, false when it must not be
 * @param source   expected source codes at country level (positive examples; may be empty)
 * @param target   expected target codes at country level (positive examples; may be empty)
 */
public record RuleExample(String text, boolean positive, List<String> source, List<String> target) {
    public RuleExample {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("example text must not be blank");
        }
        source = List.copyOf(source);
        target = List.copyOf(target);
    }
}
