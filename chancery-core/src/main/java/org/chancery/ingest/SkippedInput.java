package org.chancery.ingest;

import java.util.Objects;

/**
 * An input that was not ingested, with one line a user can act on.
 *
 * @param location file, or file:line for a JSONL record
 * @param reason   what is wrong ("not valid UTF-8 at byte 1032")
 * @param remedy   what to do ("re-save the file as UTF-8")
 */
public record SkippedInput(String location, String reason, String remedy) {
    public SkippedInput {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(remedy, "remedy");
    }

    /** The one-line message: {@code location: reason; remedy}. */
    public String message() {
        return location + ": " + reason + "; " + remedy;
    }
}
