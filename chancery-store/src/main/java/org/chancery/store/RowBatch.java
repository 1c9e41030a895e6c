package org.chancery.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows for one table, inserted with multi-row {@code INSERT … VALUES (…), (…)} statements of up to
 * {@value #CHUNK} rows: with DuckDB's JDBC driver this is several times faster than JDBC batches
 * (which execute row by row) and, unlike the Appender, runs inside the caller's transaction.
 * Not thread-safe; one per table and save.
 */
final class RowBatch {
    static final int CHUNK = 256;

    private final String table;
    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    RowBatch(String table, List<String> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + ": a row needs " + columns.size() + " values, got " + values.length);
        }
        rows.add(values);
    }

    int size() {
        return rows.size();
    }

    void insert(Connection c) throws SQLException {
        String tuple = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        String head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        for (int from = 0; from < rows.size(); from += CHUNK) {
            int to = Math.min(rows.size(), from + CHUNK);
            String sql = head + String.join(", ", Collections.nCopies(to - from, tuple));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int k = 1;
                for (int r = from; r < to; r++) {
                    for (Object v : rows.get(r)) {
                        bind(ps, k++, v);
                    }
                }
                ps.executeUpdate();
            }
        }
    }

    private static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v instanceof String s) {
            ps.setString(i, s);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof Double d) {
            ps.setDouble(i, d);
        } else if (v instanceof Boolean b) {
            ps.setBoolean(i, b);
        } else if (v instanceof Array a) {
            ps.setArray(i, a);
        } else {
            ps.setObject(i, v);
        }
    }
}
