package org.chancery.ontology;

/**
 * An ontology data file is malformed or inconsistent. The message names the file, the 1-based line
 * (when the fault sits on one line) and a preview of that line, e.g.
 * {@code cameo.tsv:14: unknown PLOVER type 'FOO' (line: "999\tName\t1.0\t1\tFOO\t\t")}.
 */
public final class OntologyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int PREVIEW_CHARS = 72;

    private final String file;
    private final int line;

    private OntologyException(String file, int line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    /** A fault on one line: {@code file:line: problem (line: "preview")}. */
    static OntologyException at(String file, int line, String text, String problem) {
        return at(file, line, text, problem, null);
    }

    static OntologyException at(String file, int line, String text, String problem, Throwable cause) {
        return new OntologyException(file, line,
                file + ":" + line + ": " + problem + " (line: \"" + preview(text) + "\")", cause);
    }

    /** A fault of the file as a whole (missing, unreadable, incomplete): {@code file: problem}. */
    static OntologyException ofFile(String file, String problem, Throwable cause) {
        return new OntologyException(file, 0, file + ": " + problem, cause);
    }

    /** The file name (not the path) the fault is in. */
    public String file() {
        return file;
    }

    /** 1-based line of the fault, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    static String preview(String text) {
        String shown = text.replace("\t", "\\t");
        return shown.length() <= PREVIEW_CHARS ? shown : shown.substring(0, PREVIEW_CHARS) + "…";
    }
}
