package org.chancery.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's schema as ordered SQL scripts on the class path: {@code db/V1__init.sql},
 * {@code db/V2__….sql}, … (numbered without gaps). The {@code schema_version} table records each
 * applied script with its checksum. {@link #migrate} applies the missing ones, each in its own
 * transaction, and does nothing on an up-to-date store; a store written by a newer chancery is
 * refused. Stateless; thread-safe.
 */
public final class SchemaMigrations {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final String FOLDER = "db/";

    /** One migration script. */
    public record Migration(int version, String description, String resource, String sql, String checksum) {}

    private final List<Migration> migrations;

    private SchemaMigrations(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /** Loads the scripts shipped with this build. */
    public static SchemaMigrations bundled() {
        List<Migration> found = new ArrayList<>();
        ClassLoader loader = SchemaMigrations.class.getClassLoader();
        for (int v = 1; ; v++) {
            String resource = findScript(loader, v);
            if (resource == null) {
                break;
            }
            try (InputStream in = loader.getResourceAsStream(resource)) {
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String description = resource.substring(resource.indexOf("__") + 2, resource.length() - ".sql".length());
                found.add(new Migration(v, description, resource, sql, sha256(sql)));
            } catch (IOException e) {
                throw new StoreException("cannot read migration " + resource + ": " + e.getMessage(), e);
            }
        }
        if (found.isEmpty()) {
            throw new StoreException("no schema migrations on the class path (expected " + FOLDER + "V1__init.sql)");
        }
        return new SchemaMigrations(found);
    }

    private static final String[] KNOWN = {"V1__init.sql", "V2__event_dyads.sql", "V3__dyad_pair_keys.sql", "V4__dyad_page_keys.sql", "V5__actor_event_facts.sql"};

    private static String findScript(ClassLoader loader, int version) {
        // Resources cannot be listed portably inside a jar: the scripts are named here, in order.
        String prefix = "V" + version + "__";
        for (String name : KNOWN) {
            if (name.startsWith(prefix) && loader.getResource(FOLDER + name) != null) {
                return FOLDER + name;
            }
        }
        return null;
    }

    public List<Migration> migrations() {
        return migrations;
    }

    /** The schema version this build writes. */
    public int latestVersion() {
        return migrations.get(migrations.size() - 1).version();
    }

    /** The version recorded in the store, 0 when it has no schema yet. */
    public static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return 0;
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Brings the store up to {@link #latestVersion()}.
     *
     * @return the versions applied (empty when the store was up to date)
     */
    public List<Integer> migrate(Connection c, String storeName) throws SQLException {
        return migrateTo(c, storeName, latestVersion());
    }

    /** Applies the missing scripts up to {@code target}; used by tests to build older stores. */
    List<Integer> migrateTo(Connection c, String storeName, int target) throws SQLException {
        ensureVersionTable(c);
        int current = currentVersion(c);
        checkNotNewer(current, storeName);
        verifyChecksums(c, storeName);
        List<Integer> applied = new ArrayList<>();
        for (Migration m : migrations) {
            if (m.version() <= current || m.version() > target) {
                continue;
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String statement : statements(m.sql())) {
                    s.execute(statement);
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, checksum, applied_at) VALUES (?, ?, ?, now())")) {
                    ps.setInt(1, m.version());
                    ps.setString(2, m.description());
                    ps.setString(3, m.checksum());
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new StoreException("migration " + m.resource() + " failed on " + storeName + " (store left at version "
                        + current + "): " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(auto);
            }
            LOG.info("store {}: applied schema migration {} ({})", storeName, m.version(), m.description());
            applied.add(m.version());
            current = m.version();
        }
        return applied;
    }

    /** Refuses stores that are newer than this build or not fully migrated; for read-only use. */
    public void checkUpToDate(Connection c, String storeName) throws SQLException {
        int current = currentVersion(c);
        checkNotNewer(current, storeName);
        if (current == 0) {
            throw new StoreException(storeName + " is not a chancery store (no schema_version table); create it with a read-write open first");
        }
        if (current < latestVersion()) {
            throw new StoreException(storeName + " has schema version " + current + " but this chancery reads version "
                    + latestVersion() + "; open it once read-write (e.g. chancery ingest) to migrate it");
        }
    }

    private void checkNotNewer(int current, String storeName) {
        if (current > latestVersion()) {
            throw new StoreException(storeName + " has schema version " + current + ", newer than this chancery knows (up to "
                    + latestVersion() + "); use a newer chancery to open it");
        }
    }

    private void verifyChecksums(Connection c, String storeName) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version, checksum FROM schema_version ORDER BY version")) {
            while (rs.next()) {
                int v = rs.getInt(1);
                String sum = rs.getString(2);
                for (Migration m : migrations) {
                    if (m.version() == v && !m.checksum().equals(sum)) {
                        LOG.warn("store {}: migration {} was applied from a script with checksum {}, this build has {}",
                                storeName, v, sum, m.checksum());
                    }
                }
            }
        }
    }

    private static void ensureVersionTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, "
                    + "checksum VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
    }

    /** Splits a script at semicolons ending a line; drops comment lines. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String sha256(String text) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
