package org.chancery.evaluation;

import java.util.List;

/** One CSV record with the 1-based line it starts on. */
public record CsvRecord(int line, List<String> fields) {
    public CsvRecord {
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, got " + line);
        }
        fields = List.copyOf(fields);
    }
}
