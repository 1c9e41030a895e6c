package org.chancery.app.cli;

/** Exit codes of every chancery command. */
public final class ExitCode {
    /** Everything asked for was done. */
    public static final int OK = 0;
    /** The command failed (bad store, bad data, internal error); stderr says why. */
    public static final int FAILURE = 1;
    /** The command line was wrong; stderr says which part. */
    public static final int USAGE = 2;
    /** The command ran but some input was skipped; stderr names each skipped input. */
    public static final int PARTIAL = 3;

    private ExitCode() {
    }
}
