package org.chancery.coding;

/** A rule file that cannot be loaded; the message names the file, the 1-based line and a preview. */
public final class RuleBookException extends RuntimeException {
    public RuleBookException(String message) {
        super(message);
    }

    public RuleBookException(String message, Throwable cause) {
        super(message, cause);
    }
}
