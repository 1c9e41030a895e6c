package org.chancery.coding;

/** Part of speech of a rule's trigger word. */
public enum TriggerKind {
    /** A verb (Penn VB*): "accused", "lifted". */
    VERB,
    /** A noun (Penn NN*): "visit", "sanctions". */
    NOUN;

    boolean accepts(String pos) {
        return this == VERB ? pos.startsWith("VB") : pos.startsWith("NN");
    }
}
