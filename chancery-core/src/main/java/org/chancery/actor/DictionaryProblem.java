package org.chancery.actor;

import java.util.Objects;

/**
 * One fault found in a dictionary file, located by file and 1-based line.
 *
 * @param file    file name (relative to the dictionary root where known)
 * @param line    1-based line, or 0 when the fault concerns the whole file
 * @param message what is wrong, naming the offending value
 * @param preview the text of the offending line (trimmed), or empty
 */
public record DictionaryProblem(String file, int line, String message, String preview) {
    public DictionaryProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        preview = preview == null ? "" : preview.strip();
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line + " for " + file + ": " + message);
        }
    }

    /** {@code file:line: message} followed by the preview in brackets when there is one. */
    public String format() {
        String where = file + ":" + line + ": " + message;
        return preview.isEmpty() ? where : where + "  [" + preview + "]";
    }

    @Override
    public String toString() {
        return format();
    }
}
