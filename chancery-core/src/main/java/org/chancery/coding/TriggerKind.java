package org.chancery.coding;

/** Part of speech of a rule's trigger word. */
public enum TriggerKind {
    /** A verb (Penn VB*): "accused", "lifted". */
    VERB,
    /** A noun (Penn NN*): "visit", "sanctions". */
    NOUN,
    /**
     * An adjective (Penn JJ*) heading a clause with a copula: "Ghana is ready to help", "Norway was critical of
     * the plan". Universal Dependencies makes the adjective the head, so its subject and obliques are read as a
     * verb's are.
     */
    ADJECTIVE;

    boolean accepts(String pos) {
        return switch (this) {
            case VERB -> pos.startsWith("VB");
            case NOUN -> pos.startsWith("NN");
            case ADJECTIVE -> pos.startsWith("JJ");
        };
    }

    /** Whether the trigger heads a clause (a verb, or a predicate adjective) rather than a noun phrase. */
    boolean predicate() {
        return this != NOUN;
    }
}
