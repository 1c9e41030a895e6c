package org.chancery.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chancery.actor.ActorCode;
import org.chancery.analytics.DateAxis;
import org.chancery.analytics.DyadPoint;
import org.chancery.analytics.DyadQuery;
import org.chancery.analytics.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationsTest {
    @TempDir
    Path dir;

    private static List<Integer> versions(Path file) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    private static void sql(Path file, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            for (String st : statements) {
                s.execute(st);
            }
        }
    }

    @Test
    void bundledScriptsAreNumberedFromOne() {
        SchemaMigrations m = SchemaMigrations.bundled();
        assertEquals(List.of(1, 2, 3, 4, 5), m.migrations().stream().map(SchemaMigrations.Migration::version).toList());
        assertEquals(List.of("init", "event_dyads", "dyad_pair_keys", "dyad_page_keys", "actor_event_facts"), m.migrations().stream().map(SchemaMigrations.Migration::description).toList());
        assertEquals(5, m.latestVersion());
    }

    @Test
    void reopeningAppliesNothingTwice() throws Exception {
        Path file = dir.resolve("m.duckdb");
        try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
            store.save(StoreFixtures.pakistan2018());
            assertEquals(5, store.schemaVersion());
        }
        try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
            assertEquals(1, store.documentCount());
        }
        assertEquals(List.of(1, 2, 3, 4, 5), versions(file));
    }

    @Test
    void aVersionOneStoreWithDataIsMigratedAndBackfilled() throws Exception {
        Path file = dir.resolve("v1.duckdb");
        // build a version-1 store holding documents, as an older chancery would have left it
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            assertEquals(List.of(1), SchemaMigrations.bundled().migrateTo(c, file.toString(), 1));
        }
        try (DuckDbEventStore reference = DuckDbEventStore.open(dir.resolve("reference.duckdb"))) {
            reference.save(StoreFixtures.pakistan2018());
            reference.save(StoreFixtures.relations2019());
        }
        Path ref = dir.resolve("reference.duckdb").toAbsolutePath();
        sql(file, "ATTACH '" + ref + "' AS ref (READ_ONLY)",
                "INSERT INTO documents SELECT * FROM ref.documents",
                "INSERT INTO sentences SELECT * FROM ref.sentences",
                "INSERT INTO mentions SELECT * FROM ref.mentions",
                "INSERT INTO events SELECT * FROM ref.events",
                "INSERT INTO event_actors SELECT event_id, doc_id, role, ord, code, country, name, text, start_offset, end_offset, basis, "
                        + "entry FROM ref.event_actors",
                "INSERT INTO event_quantities SELECT * FROM ref.event_quantities",
                "DETACH ref");
        assertEquals(List.of(1), versions(file));

        StoreException readOnly = assertThrows(StoreException.class, () -> DuckDbEventStore.openReadOnly(file));
        assertEquals(file.toAbsolutePath() + " has schema version 1 but this chancery reads version 5; "
                + "open it once read-write (e.g. chancery ingest) to migrate it", readOnly.getMessage());

        try (DuckDbEventStore store = DuckDbEventStore.open(file);
             DuckDbEventStore reference = DuckDbEventStore.openReadOnly(ref)) {
            DyadQuery q = new DyadQuery(ActorCode.of("USA"), ActorCode.of("PAK"), Period.MONTH, false, DateAxis.EVENT, null, null, Set.of());
            List<DyadPoint> migrated = store.dyadSeries(q);
            assertEquals(19, migrated.size());
            assertEquals(reference.dyadSeries(q), migrated);
            assertEquals(reference.actorDetail(ActorCode.of("PAK")), store.actorDetail(ActorCode.of("PAK")));
            assertEquals(reference.events(org.chancery.analytics.EventQuery.all()), store.events(org.chancery.analytics.EventQuery.all()));
            assertEquals(reference.network(new org.chancery.analytics.NetworkQuery(null, null, Set.of(), Set.of(), false, 1)),
                    store.network(new org.chancery.analytics.NetworkQuery(null, null, Set.of(), Set.of(), false, 1)));
        }
        assertEquals(List.of(1, 2, 3, 4, 5), versions(file));
    }

    @Test
    void aNewerStoreIsRefused() throws Exception {
        Path file = dir.resolve("new.duckdb");
        DuckDbEventStore.open(file).close();
        sql(file, "INSERT INTO schema_version VALUES (9, 'from the future', 'sha256:00', now())");
        String expected = file.toAbsolutePath() + " has schema version 9, newer than this chancery knows (up to 5); use a newer chancery to open it";
        assertEquals(expected, assertThrows(StoreException.class, () -> DuckDbEventStore.open(file)).getMessage());
        assertEquals(expected, assertThrows(StoreException.class, () -> DuckDbEventStore.openReadOnly(file)).getMessage());
    }

    @Test
    void aFileThatIsNotAStoreIsRefusedReadOnly() throws Exception {
        Path file = dir.resolve("other.duckdb");
        sql(file, "CREATE TABLE t (x INTEGER)");
        assertEquals(file.toAbsolutePath() + " is not a chancery store (no schema_version table); create it with a read-write open first",
                assertThrows(StoreException.class, () -> DuckDbEventStore.openReadOnly(file)).getMessage());
    }

    @Test
    void scriptsSplitIntoStatements() {
        assertEquals(List.of("CREATE TABLE a (x INTEGER)", "INSERT INTO a\nVALUES (1)"),
                SchemaMigrations.statements("-- comment\nCREATE TABLE a (x INTEGER);\n\nINSERT INTO a\nVALUES (1);\n"));
    }
}
