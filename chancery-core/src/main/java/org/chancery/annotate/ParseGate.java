package org.chancery.annotate;

import java.util.List;
import org.chancery.model.Token;

/**
 * Decides, from a sentence's tokens (lemma and POS known), whether it is worth the dependency
 * parser: only sentences that might hold an actor and an event trigger are parsed.
 */
@FunctionalInterface
public interface ParseGate {
    boolean shouldParse(List<Token> tokens);

    ParseGate ALL = tokens -> true;
}
