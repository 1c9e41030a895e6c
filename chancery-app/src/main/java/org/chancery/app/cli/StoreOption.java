package org.chancery.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chancery.store.DuckDbEventStore;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that reads or writes the store. */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = "chancery.duckdb",
            description = "DuckDB store file (default: ${DEFAULT-VALUE})")
    Path db;

    /** Opens the store for writing, creating it when absent. */
    DuckDbEventStore openForWriting() {
        return DuckDbEventStore.open(db);
    }

    /** Opens an existing store for reading; a missing file is a user error naming the file. */
    DuckDbEventStore openForReading() {
        if (!Files.exists(db)) {
            throw new UserException("store " + db + " does not exist; run 'chancery ingest PATH' first (or give --db)");
        }
        return DuckDbEventStore.openReadOnly(db);
    }
}
