package org.chancery.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.chancery.actor.ActorCode;
import org.chancery.actor.ActorMention;
import org.chancery.actor.ResolutionBasis;
import org.chancery.analytics.ActorSummary;
import org.chancery.analytics.DateAxis;
import org.chancery.analytics.DyadPoint;
import org.chancery.analytics.DyadQuery;
import org.chancery.analytics.EventQuery;
import org.chancery.analytics.Network;
import org.chancery.analytics.NetworkQuery;
import org.chancery.analytics.Period;
import org.chancery.analytics.StoredDocument;
import org.chancery.coding.Modality;
import org.chancery.model.Document;
import org.chancery.model.PublicationDate;
import org.chancery.model.PublicationDateBasis;
import org.chancery.model.Sentence;
import org.chancery.ontology.PloverType;
import org.chancery.pipeline.DocumentResult;
import org.chancery.pipeline.EventRecord;
import org.chancery.pipeline.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event store on one DuckDB file.
 *
 * <p>Schema: versioned SQL scripts applied by {@link SchemaMigrations} when the store is opened
 * read-write (tables {@code documents}, {@code sentences}, {@code mentions}, {@code events},
 * {@code event_actors}, {@code event_quantities} and the narrow analytics table {@code event_dyads}).
 *
 * <p>Actor matching: wherever a query takes an {@link ActorCode}, a code of three letters or fewer
 * ({@code PAK}, {@code EU}) matches every code of that country or organisation stem
 * ({@code PAKGOV}, {@code PAKMIL}); a longer code ({@code PAKGOV}) matches exactly.
 *
 * <p>Dates: {@link #events} keeps events whose date interval overlaps the query's days (events with an
 * unknown date never match a date filter). Aggregates ({@link #dyadSeries}, {@link #network},
 * {@link #actorDetail}, {@link #topDyads}) place each event at its date anchor (the start of its
 * interval, else the end) or, on {@link DateAxis#PUBLICATION}, at its article's publication date;
 * events without such a date are left out of time series and of period-filtered networks.
 * Aggregates count the asserted kinds ({@link Modality#countsAsFact()}) unless modalities are given.
 *
 * <p>Thread-safety: the store is safe for concurrent use. Every read runs on its own connection,
 * duplicated from the store's database, so reads run in parallel; saves are serialised by a lock
 * and each runs in its own transaction. {@link #close()} must not race with other calls. A DuckDB
 * file can be open read-write by one process only; within one JVM, open it once and share the store.
 */
public final class DuckDbEventStore implements EventStore {
    private static final Logger LOG = LoggerFactory.getLogger(DuckDbEventStore.class);

    /** The modalities aggregates count by default. */
    public static final Set<Modality> FACT_KINDS = factKinds();

    private final Path file;
    private final boolean readOnly;
    private final Connection root;
    private final int schemaVersion;
    private final ReentrantLock writeLock = new ReentrantLock();

    private DuckDbEventStore(Path file, boolean readOnly, Connection root, int schemaVersion) {
        this.file = file;
        this.readOnly = readOnly;
        this.root = root;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens (or creates) a store, creating missing parent folders and applying pending migrations.
     *
     * @throws StoreException when the file cannot be opened (locked by another process, not a
     *                        DuckDB file) or was written by a newer chancery
     */
    public static DuckDbEventStore open(Path file) {
        Path path = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of store " + path + ": " + e.getMessage(), e);
        }
        Connection c = connect(path, false);
        try {
            SchemaMigrations migrations = SchemaMigrations.bundled();
            List<Integer> applied = migrations.migrate(c, path.toString());
            if (!applied.isEmpty()) {
                LOG.debug("store {} is at schema version {} (applied {})", path, migrations.latestVersion(), applied);
            }
            return new DuckDbEventStore(path, false, c, migrations.latestVersion());
        } catch (SQLException | RuntimeException e) {
            closeAfterFailure(c, e);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot prepare store " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing, fully migrated store for reading only; {@link #save} then throws.
     *
     * @throws StoreException when the file does not exist, is not a chancery store, or has another schema version
     */
    public static DuckDbEventStore openReadOnly(Path file) {
        Path path = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new StoreException("no store at " + path + "; create one with chancery ingest (or give --db)");
        }
        Connection c = connect(path, true);
        try {
            SchemaMigrations migrations = SchemaMigrations.bundled();
            migrations.checkUpToDate(c, path.toString());
            return new DuckDbEventStore(path, true, c, migrations.latestVersion());
        } catch (SQLException | RuntimeException e) {
            closeAfterFailure(c, e);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot read store " + path + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path path, boolean readOnly) {
        Properties props = new Properties();
        props.setProperty("jdbc_stream_results", "true");
        if (readOnly) {
            props.setProperty("duckdb.read_only", "true");
        }
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + path, props);
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + path + (readOnly ? " read-only" : "") + ": " + e.getMessage()
                    + " (is another chancery process using it?)", e);
        }
    }

    private static void closeAfterFailure(Connection c, Exception cause) {
        try {
            c.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static Set<Modality> factKinds() {
        Set<Modality> s = EnumSet.noneOf(Modality.class);
        for (Modality m : Modality.values()) {
            if (m.countsAsFact()) {
                s.add(m);
            }
        }
        return Set.copyOf(s);
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** The schema version of the open store (always this build's latest). */
    public int schemaVersion() {
        return schemaVersion;
    }

    // ------------------------------------------------------------------------------------------------
    // plumbing

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(String what, SqlWork<T> work) {
        try (Connection c = duplicate()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(what + " failed on store " + file + ": " + e.getMessage(), e);
        }
    }

    private Connection duplicate() throws SQLException {
        return root.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof String s) {
                ps.setString(i + 1, s);
            } else if (p instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (p instanceof Long n) {
                ps.setLong(i + 1, n);
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            bind(ps, params);
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    private static String enumList(Collection<? extends Enum<?>> values) {
        TreeSet<String> names = new TreeSet<>();
        for (Enum<?> v : values) {
            names.add("'" + v.name() + "'");
        }
        return String.join(", ", names);
    }

    private static String modalityCondition(String column, Set<Modality> modalities) {
        return column + " IN (" + enumList(modalities.isEmpty() ? FACT_KINDS : modalities) + ")";
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    // ------------------------------------------------------------------------------------------------
    // writing

    @Override
    public boolean containsContent(String contentHash) {
        return read("looking up content " + contentHash, c -> {
            try (PreparedStatement ps = prepare(c, "SELECT 1 FROM documents WHERE content_hash = ?", List.of(contentHash));
                 ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    /**
     * Stores a document with its sentences, mentions and events in one transaction.
     *
     * @return {@code ALREADY_PRESENT} when a document with the same content hash is stored (under any id)
     * @throws DocumentIdConflictException when the id is taken by a different text
     * @throws StoreException              when writing fails; nothing of the document is then stored
     */
    @Override
    public SaveOutcome save(DocumentResult result) {
        Objects.requireNonNull(result, "result");
        if (readOnly) {
            throw new StoreException("store " + file + " is open read-only; cannot save document " + result.annotated().document().id());
        }
        Document doc = result.annotated().document();
        String hash = doc.contentHash();
        writeLock.lock();
        try (Connection c = duplicate()) {
            try (PreparedStatement ps = prepare(c, "SELECT doc_id FROM documents WHERE content_hash = ?", List.of(hash));
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    String storedId = rs.getString(1);
                    if (!storedId.equals(doc.id())) {
                        LOG.info("document {} ({}) has the same text as stored document {}; not stored again", doc.id(), doc.origin(), storedId);
                    }
                    return SaveOutcome.ALREADY_PRESENT;
                }
            }
            try (PreparedStatement ps = prepare(c, "SELECT content_hash, origin FROM documents WHERE doc_id = ?", List.of(doc.id()));
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new DocumentIdConflictException(doc.id(), rs.getString(1), hash, rs.getString(2), doc.origin());
                }
            }
            c.setAutoCommit(false);
            try {
                DocumentWriter.write(c, result, hash, Instant.now());
                c.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw new StoreException("saving document " + doc.id() + " (" + doc.origin() + ") failed, nothing of it was stored: "
                        + e.getMessage(), e);
            }
            return SaveOutcome.STORED;
        } catch (SQLException e) {
            throw new StoreException("saving document " + doc.id() + " (" + doc.origin() + ") failed on store " + file + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    // ------------------------------------------------------------------------------------------------
    // documents, sentences, mentions

    private static final String DOC_COLUMNS = "doc_id, title, url, source, author, published, published_basis, published_evidence, "
            + "published_suspect, origin, content_hash, sentence_count, token_count, mention_count, event_count, ingested_at";

    /** Documents, most recently published first (unknown dates last), then by id. */
    @Override
    public List<StoredDocument> documents(int limit, int offset) {
        checkPage(limit, offset);
        return read("listing documents", c -> {
            List<StoredDocument> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, "SELECT " + DOC_COLUMNS + ", NULL AS text FROM documents "
                    + "ORDER BY published DESC NULLS LAST, doc_id LIMIT ? OFFSET ?", List.of(limit, offset));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(document(rs));
                }
            }
            return out;
        });
    }

    @Override
    public long documentCount() {
        return read("counting documents", c -> single(c, "SELECT count(*) FROM documents", List.of()));
    }

    /** One document with its text. */
    @Override
    public Optional<StoredDocument> document(String docId) {
        return read("reading document " + docId, c -> {
            try (PreparedStatement ps = prepare(c, "SELECT " + DOC_COLUMNS + ", text FROM documents WHERE doc_id = ?", List.of(docId));
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(document(rs)) : Optional.empty();
            }
        });
    }

    private static StoredDocument document(ResultSet rs) throws SQLException {
        LocalDate published = rs.getObject(6, LocalDate.class);
        PublicationDate date = new PublicationDate(published, PublicationDateBasis.valueOf(rs.getString(7)), rs.getString(8), rs.getBoolean(9));
        LocalDateTime ingested = rs.getObject(16, LocalDateTime.class);
        return new StoredDocument(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), date,
                rs.getString(10), rs.getString(11), rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getInt(15),
                ingested.toInstant(ZoneOffset.UTC), rs.getString(17));
    }

    /** Sentences of a document in order: offsets, text and the parsed flag; tokens and dependencies are not stored. */
    @Override
    public List<Sentence> sentences(String docId) {
        return read("reading sentences of " + docId, c -> {
            List<Sentence> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, "SELECT idx, start_offset, end_offset, text, parsed FROM sentences WHERE doc_id = ? ORDER BY idx",
                    List.of(docId)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Sentence(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4), List.of(), List.of(), rs.getBoolean(5), List.of()));
                }
            }
            return out;
        });
    }

    /** Mentions of a document in the order they were saved (text order), locative ones included. */
    @Override
    public List<ActorMention> mentions(String docId) {
        return read("reading mentions of " + docId, c -> {
            List<ActorMention> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, "SELECT " + MENTION_COLUMNS + " FROM mentions WHERE doc_id = ? ORDER BY ord", List.of(docId));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mention(rs).mention());
                }
            }
            return out;
        });
    }

    private static final String MENTION_COLUMNS = "doc_id, sentence_idx, token_start, token_end, start_offset, end_offset, text, code, name, "
            + "basis, entry, locative";

    private static StoredMention mention(ResultSet rs) throws SQLException {
        return new StoredMention(rs.getString(1), new ActorMention(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                rs.getString(7), ActorCode.of(rs.getString(8)), rs.getString(9), ResolutionBasis.valueOf(rs.getString(10)),
                rs.getString(11), rs.getBoolean(12)));
    }

    /**
     * Mentions of an actor (country-level for codes of three letters or fewer) across documents,
     * locative ones included, by document and text order.
     */
    public List<StoredMention> mentionsOf(ActorCode code, int limit, int offset) {
        checkPage(limit, offset);
        return read("reading mentions of " + code, c -> {
            List<Object> params = new ArrayList<>();
            String match = ActorMatch.condition("", "code", "country", code, params);
            params.add(limit);
            params.add(offset);
            List<StoredMention> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, "SELECT " + MENTION_COLUMNS + " FROM mentions WHERE " + match
                    + " ORDER BY doc_id, ord LIMIT ? OFFSET ?", params); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mention(rs));
                }
            }
            return out;
        });
    }

    /** Streams every stored mention (by document and text order) to {@code sink}; returns how many. */
    public long forEachMention(Consumer<StoredMention> sink) {
        return read("reading all mentions", c -> {
            long n = 0;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + MENTION_COLUMNS + " FROM mentions ORDER BY doc_id, ord")) {
                while (rs.next()) {
                    sink.accept(mention(rs));
                    n++;
                }
            }
            return n;
        });
    }

    // ------------------------------------------------------------------------------------------------
    // events

    private static final String EVENT_ORDER = " ORDER BY e.date_anchor NULLS LAST, e.doc_id, e.sentence_idx, e.trigger_start, e.event_id";
    private static final String EXPORT_ORDER = " ORDER BY e.doc_id, e.sentence_idx, e.trigger_start, e.event_id";

    /**
     * Events matching the query, by date anchor (undated last), document, sentence and trigger offset,
     * one page ({@code limit}, {@code offset}) at a time.
     */
    @Override
    public List<EventRecord> events(EventQuery query) {
        List<EventRecord> out = new ArrayList<>();
        for (StoredEvent e : eventsWithSentences(query)) {
            out.add(e.record());
        }
        return out;
    }

    /** As {@link #events} with each event's evidence sentence. */
    public List<StoredEvent> eventsWithSentences(EventQuery query) {
        Objects.requireNonNull(query, "query");
        if (dyadFastPath(query)) {
            return read("querying events", c -> dyadPage(c, query));
        }
        return read("querying events", c -> {
            List<Object> params = new ArrayList<>();
            String where = where(query, params);
            params.add(query.limit());
            params.add(query.offset());
            List<StoredEvent> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, "SELECT " + EventRows.COLUMNS + " FROM events e" + where + EVENT_ORDER + " LIMIT ? OFFSET ?", params);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(EventRows.read(rs));
                }
            }
            return out;
        });
    }

    /** Number of events matching the query's filters (its limit and offset are ignored). */
    @Override
    public long countEvents(EventQuery query) {
        Objects.requireNonNull(query, "query");
        if (dyadFastPath(query)) {
            return read("counting events", c -> {
                List<Object> params = new ArrayList<>();
                String where = dyadWhere(query, params);
                return single(c, "SELECT count(DISTINCT event_id) FROM event_dyads WHERE " + where, params);
            });
        }
        return read("counting events", c -> {
            List<Object> params = new ArrayList<>();
            String where = where(query, params);
            return single(c, "SELECT count(*) FROM events e" + where, params);
        });
    }

    @Override
    public Optional<EventRecord> event(String eventId) {
        return eventWithSentence(eventId).map(StoredEvent::record);
    }

    /** One event with its evidence sentence. */
    public Optional<StoredEvent> eventWithSentence(String eventId) {
        return read("reading event " + eventId, c -> {
            try (PreparedStatement ps = prepare(c, "SELECT " + EventRows.COLUMNS + " FROM events e WHERE e.event_id = ?", List.of(eventId));
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(EventRows.read(rs)) : Optional.empty();
            }
        });
    }

    /**
     * Streams the events matching the filters of {@code filter} (its limit and offset are ignored;
     * null streams every event), ordered by document, sentence and trigger offset, to {@code sink}
     * without holding them in memory.
     *
     * @return the number of events streamed
     */
    public long forEachEvent(EventQuery filter, Consumer<StoredEvent> sink) {
        Objects.requireNonNull(sink, "sink");
        return read("streaming events", c -> {
            List<Object> params = new ArrayList<>();
            String where = filter == null ? "" : where(filter, params);
            long n = 0;
            try (PreparedStatement ps = prepare(c, "SELECT " + EventRows.COLUMNS + " FROM events e" + where + EXPORT_ORDER, params);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(EventRows.read(rs));
                    n++;
                }
            }
            return n;
        });
    }

    /**
     * A dyad query without actor or text filter is answered from event_dyads, which holds the pair
     * keys, the sort keys and the date interval: the page is chosen there and only its events are
     * read, by primary key.
     */
    private static boolean dyadFastPath(EventQuery q) {
        return q.dyadA() != null && q.actor() == null && (q.text() == null || q.text().isBlank());
    }

    private static String dyadWhere(EventQuery q, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add(ActorMatch.dyad(q.dyadA(), q.dyadB(), q.directed(), params));
        sharedConditions("", q, conditions, params);
        return String.join(" AND ", conditions);
    }

    /**
     * The filters the events table and the event_dyads table both carry (document, types, modalities, period),
     * over columns prefixed with {@code col} ("" or "e."). Each condition's parameters are appended in order.
     */
    private static void sharedConditions(String col, EventQuery q, List<String> conditions, List<Object> params) {
        if (q.docId() != null) {
            conditions.add(col + "doc_id = ?");
            params.add(q.docId());
        }
        if (!q.types().isEmpty()) {
            conditions.add(col + "plover_type IN (" + enumList(q.types()) + ")");
        }
        if (!q.modalities().isEmpty()) {
            conditions.add(col + "modality IN (" + enumList(q.modalities()) + ")");
        }
        // an unknown date has neither start nor end
        String dated = "(" + col + "date_start IS NOT NULL OR " + col + "date_end IS NOT NULL)";
        if (q.from() != null) {
            conditions.add(dated + " AND (" + col + "date_end IS NULL OR " + col + "date_end >= ?)");
            params.add(q.from());
        }
        if (q.to() != null) {
            conditions.add(dated + " AND (" + col + "date_start IS NULL OR " + col + "date_start <= ?)");
            params.add(q.to());
        }
    }

    private static final int LOOKUP_CHUNK = 1000;

    private static List<StoredEvent> dyadPage(Connection c, EventQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = dyadWhere(q, params);
        params.add(q.limit());
        params.add(q.offset());
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, "SELECT event_id FROM (SELECT DISTINCT event_id, anchor, doc_id, sentence_idx, trigger_start "
                + "FROM event_dyads WHERE " + where + ") ORDER BY anchor NULLS LAST, doc_id, sentence_idx, trigger_start, event_id "
                + "LIMIT ? OFFSET ?", params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        Map<String, StoredEvent> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK));
            // literal ids (quotes doubled) let DuckDB look them up through the primary-key index
            StringBuilder in = new StringBuilder();
            for (String id : chunk) {
                in.append(in.length() == 0 ? "'" : ", '").append(id.replace("'", "''")).append('\'');
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + EventRows.COLUMNS + " FROM events e WHERE e.event_id IN (" + in + ")")) {
                while (rs.next()) {
                    StoredEvent e = EventRows.read(rs);
                    byId.put(e.record().eventId(), e);
                }
            }
        }
        List<StoredEvent> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            StoredEvent e = byId.get(id);
            if (e == null) {
                throw new StoreException("event " + id + " is in event_dyads but not in events");
            }
            out.add(e);
        }
        return out;
    }

    private static String where(EventQuery q, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        sharedConditions("e.", q, conditions, params);
        if (q.actor() != null) {
            conditions.add("e.event_id IN (SELECT event_id FROM event_actors WHERE "
                    + ActorMatch.condition("", "code", "country", q.actor(), params) + ")");
        }
        if (q.dyadA() != null) {
            conditions.add("e.event_id IN (SELECT event_id FROM event_dyads WHERE " + ActorMatch.dyad(q.dyadA(), q.dyadB(), q.directed(), params) + ")");
        }
        if (q.text() != null && !q.text().isBlank()) {
            conditions.add("contains(lower(e.sentence_text), lower(?))");
            params.add(q.text().strip());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    // ------------------------------------------------------------------------------------------------
    // actors

    /**
     * Actors by activity: events as source or target (all modalities), then non-locative mentions,
     * then code. An actor with only locative mentions and no events is not listed.
     */
    @Override
    public List<ActorSummary> actors(int limit, int offset) {
        checkPage(limit, offset);
        return read("listing actors", c -> {
            String sql = "WITH m AS (SELECT code, mode(name) AS name, count(*) AS n FROM mentions WHERE NOT locative GROUP BY code), "
                    + "a AS (SELECT code, mode(name) AS name, count(DISTINCT event_id) FILTER (WHERE role = 'source') AS s, "
                    + "count(DISTINCT event_id) FILTER (WHERE role = 'target') AS t FROM event_actors GROUP BY code) "
                    + "SELECT coalesce(a.code, m.code) AS code, coalesce(m.name, a.name) AS name, coalesce(m.n, 0) AS n, "
                    + "coalesce(a.s, 0) AS s, coalesce(a.t, 0) AS t FROM m FULL OUTER JOIN a ON m.code = a.code "
                    + "ORDER BY s + t DESC, n DESC, code LIMIT ? OFFSET ?";
            List<ActorSummary> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, sql, List.of(limit, offset)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ActorSummary(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                }
            }
            return out;
        });
    }

    /**
     * One actor: counts, counterparts and monthly activity (see {@link ActorDetail}); empty when the
     * store has neither a mention nor an event (of any modality) of it. A code of three letters or fewer is the whole
     * country, and its counterparts are countries too.
     */
    public Optional<ActorDetail> actorDetail(ActorCode code) {
        Objects.requireNonNull(code, "code");
        boolean country = ActorMatch.countryLevel(code);
        return read("reading actor " + code, c -> {
            List<Object> p = new ArrayList<>();
            String mentionMatch = ActorMatch.condition("", "code", "country", code, p);
            long mentions = single(c, "SELECT count(*) FROM mentions WHERE NOT locative AND " + mentionMatch, p);
            p = new ArrayList<>();
            String actorMatch = ActorMatch.condition("", "code", "country", code, p);
            long asSource;
            long asTarget;
            long anyRole;
            try (PreparedStatement ps = prepare(c, "SELECT count(DISTINCT event_id) FILTER (WHERE role = 'source' AND "
                    + modalityCondition("modality", Set.of()) + "), count(DISTINCT event_id) FILTER (WHERE role = 'target' AND "
                    + modalityCondition("modality", Set.of()) + "), count(*) FROM event_actors WHERE " + actorMatch, p);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                asSource = rs.getLong(1);
                asTarget = rs.getLong(2);
                anyRole = rs.getLong(3);
            }
            if (mentions == 0 && anyRole == 0) {
                return Optional.empty();
            }
            // counterparts
            String other = country ? "country" : "code";
            p = new ArrayList<>();
            String facts = modalityCondition("modality", Set.of());
            String sql = "WITH d AS (SELECT event_id, target_" + other + " AS other, quad_class, goldstein FROM event_dyads WHERE "
                    + ActorMatch.condition("", "source_code", "source_country", code, p) + " AND " + facts
                    + " UNION SELECT event_id, source_" + other + " AS other, quad_class, goldstein FROM event_dyads WHERE "
                    + ActorMatch.condition("", "target_code", "target_country", code, p) + " AND " + facts + ") "
                    + "SELECT other, count(*), count(*) FILTER (WHERE quad_class <= 2), count(*) FILTER (WHERE quad_class >= 3), "
                    + "sum(goldstein) FROM d WHERE other <> ? GROUP BY other ORDER BY 2 DESC, other";
            p.add(code.value());
            List<String[]> rows = new ArrayList<>();
            List<long[]> counts = new ArrayList<>();
            List<Double> sums = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, sql, p); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1)});
                    counts.add(new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                    sums.add(rs.getDouble(5));
                }
            }
            List<String> keys = new ArrayList<>();
            for (String[] r : rows) {
                keys.add(r[0]);
            }
            keys.add(code.value());
            Map<String, String> names = actorNames(c, country, keys);
            List<ActorDetail.Counterpart> counterparts = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                String k = rows.get(i)[0];
                counterparts.add(new ActorDetail.Counterpart(k, names.getOrDefault(k, k), counts.get(i)[0], counts.get(i)[1], counts.get(i)[2], sums.get(i)));
            }
            // activity by month
            p = new ArrayList<>();
            String activitySql = "SELECT CAST(date_trunc('month', anchor) AS DATE) AS m, count(*), count(*) FILTER (WHERE quad_class <= 2), "
                    + "count(*) FILTER (WHERE quad_class >= 3), sum(goldstein) FROM (SELECT DISTINCT event_id, anchor, quad_class, goldstein "
                    + "FROM event_actors WHERE anchor IS NOT NULL AND " + modalityCondition("modality", Set.of()) + " AND "
                    + ActorMatch.condition("", "code", "country", code, p) + ") GROUP BY m ORDER BY m";
            List<ActorDetail.ActivityPoint> activity = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, activitySql, p); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate m = rs.getObject(1, LocalDate.class);
                    activity.add(new ActorDetail.ActivityPoint(Period.MONTH.label(m), m, rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getDouble(5)));
                }
            }
            String name = names.get(code.value());
            if (name == null) {
                p = new ArrayList<>();
                try (PreparedStatement ps = prepare(c, "SELECT mode(name) FROM mentions WHERE " + ActorMatch.condition("", "code", "country", code, p), p);
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    name = rs.getString(1) == null ? code.value() : rs.getString(1);
                }
            }
            return Optional.of(new ActorDetail(code.value(), name, mentions, asSource, asTarget, counterparts, activity));
        });
    }

    /**
     * Canonical names of actors from the event actors: for country-level keys, the name of the bare
     * country code when it occurs, else the smallest name among the country's codes.
     */
    private static Map<String, String> actorNames(Connection c, boolean countryLevel, Collection<String> keys) throws SQLException {
        Map<String, String> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        String key = countryLevel ? "country" : "code";
        List<Object> params = new ArrayList<>(new LinkedHashSet<>(keys));
        String sql = "SELECT " + key + ", coalesce(mode(name) FILTER (WHERE code = country), mode(name)) FROM event_actors WHERE " + key
                + " IN (" + placeholders(params.size()) + ") GROUP BY " + key;
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------
    // analytics

    /**
     * A dyad time series: one point per month, quarter or year from the first to the last bucket
     * with events (or over {@code from}..{@code to} when given), empty buckets included with zero
     * counts. Events are bucketed by their date anchor ({@link DateAxis#EVENT}) or their article's
     * publication date ({@link DateAxis#PUBLICATION}); events without that date are left out.
     * An event is counted once even if several of its actor pairs join the two sides.
     */
    @Override
    public List<DyadPoint> dyadSeries(DyadQuery q) {
        Objects.requireNonNull(q, "query");
        String column = q.axis() == DateAxis.EVENT ? "anchor" : "published";
        String unit = switch (q.period()) {
            case MONTH -> "month";
            case QUARTER -> "quarter";
            case YEAR -> "year";
        };
        return read("computing the " + q.a() + "-" + q.b() + " series", c -> {
            List<Object> params = new ArrayList<>();
            StringBuilder inner = new StringBuilder("SELECT DISTINCT event_id, CAST(date_trunc('" + unit + "', " + column + ") AS DATE) AS bucket, "
                    + "plover_type, quad_class, goldstein FROM event_dyads WHERE " + column + " IS NOT NULL AND "
                    + modalityCondition("modality", q.modalities()) + " AND " + ActorMatch.dyad(q.a(), q.b(), q.directed(), params));
            if (q.from() != null) {
                inner.append(" AND ").append(column).append(" >= ?");
                params.add(q.from());
            }
            if (q.to() != null) {
                inner.append(" AND ").append(column).append(" <= ?");
                params.add(q.to());
            }
            String sql = "SELECT bucket, plover_type, quad_class, count(*), sum(goldstein) FROM (" + inner
                    + ") GROUP BY bucket, plover_type, quad_class ORDER BY bucket";
            TreeMap<LocalDate, Bucket> buckets = new TreeMap<>();
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Bucket b = buckets.computeIfAbsent(rs.getObject(1, LocalDate.class), d -> new Bucket());
                    long n = rs.getLong(4);
                    b.events += n;
                    b.byType.merge(rs.getString(2), n, Long::sum);
                    b.byQuad.merge(rs.getInt(3), n, Long::sum);
                    b.goldstein += rs.getDouble(5);
                }
            }
            return series(q.period(), buckets, q.from(), q.to());
        });
    }

    private static final class Bucket {
        long events;
        double goldstein;
        final Map<String, Long> byType = new TreeMap<>();
        final Map<Integer, Long> byQuad = new TreeMap<>();
    }

    private static List<DyadPoint> series(Period period, TreeMap<LocalDate, Bucket> buckets, LocalDate from, LocalDate to) {
        if (buckets.isEmpty() && (from == null || to == null)) {
            return List.of();
        }
        LocalDate first = from != null ? period.bucketStart(from) : buckets.firstKey();
        LocalDate last = to != null ? period.bucketStart(to) : buckets.lastKey();
        List<DyadPoint> out = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = next(period, d)) {
            Bucket b = buckets.get(d);
            if (b == null) {
                out.add(new DyadPoint(period.label(d), d, 0, Map.of(), Map.of(), 0, 0));
            } else {
                out.add(new DyadPoint(period.label(d), d, b.events, b.byType, b.byQuad, b.goldstein, b.goldstein / b.events));
            }
        }
        return out;
    }

    private static LocalDate next(Period period, LocalDate d) {
        return switch (period) {
            case MONTH -> d.plusMonths(1);
            case QUARTER -> d.plusMonths(3);
            case YEAR -> d.plusYears(1);
        };
    }

    /**
     * The network of actors: an undirected edge for every pair of actors that are source and target
     * of at least {@code minEvents} events (self-pairs left out), weighted by cooperation (QuadClass
     * 1–2), conflict (3–4) and Goldstein sum; the nodes are the actors on those edges, weighted by the
     * events in which they have a counterpart under the same filters. Period filters use the date anchor.
     * Nodes by events then code; edges by events then codes.
     */
    @Override
    public Network network(NetworkQuery q) {
        Objects.requireNonNull(q, "query");
        boolean country = q.countryLevel();
        String s = country ? "source_country" : "source_code";
        String t = country ? "target_country" : "target_code";
        return read("computing the network", c -> {
            List<Object> params = new ArrayList<>();
            String filter = aggregateFilter("", "anchor", q.from(), q.to(), q.types(), q.modalities(), params);
            params.add(q.minEvents());
            // at country level first_in_pair keeps one row per event and pair: no DISTINCT needed
            String pairs = country
                    ? "SELECT pair_country AS pair, count(*) AS n, count(*) FILTER (WHERE quad_class <= 2) AS coop, "
                    + "count(*) FILTER (WHERE quad_class >= 3) AS conf, sum(goldstein) AS g FROM event_dyads WHERE first_in_pair AND "
                    + s + " <> " + t + filter + " GROUP BY pair_country"
                    : "SELECT pair, count(*) AS n, count(*) FILTER (WHERE quad_class <= 2) AS coop, count(*) FILTER (WHERE quad_class >= 3) AS conf, "
                    + "sum(goldstein) AS g FROM (SELECT DISTINCT event_id, pair_code AS pair, quad_class, goldstein FROM event_dyads WHERE "
                    + s + " <> " + t + filter + ") GROUP BY pair";
            String sql = "SELECT split_part(pair, '|', 1) AS a, split_part(pair, '|', 2) AS b, n, coop, conf, g FROM (" + pairs
                    + ") WHERE n >= ? ORDER BY n DESC, a, b";
            List<Network.Edge> edges = new ArrayList<>();
            Set<String> onEdges = new LinkedHashSet<>();
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    edges.add(new Network.Edge(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getDouble(6)));
                    onEdges.add(rs.getString(1));
                    onEdges.add(rs.getString(2));
                }
            }
            if (edges.isEmpty()) {
                return new Network(List.of(), List.of());
            }
            // node weights from the same rows, in one scan: the events in which the actor has a counterpart
            List<Object> nodeParams = new ArrayList<>();
            String sideFilter = aggregateFilter("", "anchor", q.from(), q.to(), q.types(), q.modalities(), nodeParams);
            nodeParams.addAll(onEdges);
            String nodeSql = "SELECT k, count(DISTINCT event_id) FROM (SELECT unnest([" + s + ", " + t + "]) AS k, event_id FROM event_dyads WHERE "
                    + s + " <> " + t + sideFilter + ") WHERE k IN (" + placeholders(onEdges.size()) + ") GROUP BY k ORDER BY 2 DESC, k";
            Map<String, String> names = actorNames(c, country, onEdges);
            List<Network.Node> nodes = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, nodeSql, nodeParams); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String k = rs.getString(1);
                    nodes.add(new Network.Node(k, names.getOrDefault(k, k), rs.getLong(2)));
                }
            }
            return new Network(nodes, edges);
        });
    }

    /** " AND …" conditions on period (by {@code dateColumn}), types and modalities (asserted kinds when empty). */
    private static String aggregateFilter(String prefix, String dateColumn, LocalDate from, LocalDate to, Set<PloverType> types,
                                          Set<Modality> modalities, List<Object> params) {
        StringBuilder sb = new StringBuilder(" AND ").append(modalityCondition(prefix + "modality", modalities));
        if (!types.isEmpty()) {
            sb.append(" AND ").append(prefix).append("plover_type IN (").append(enumList(types)).append(")");
        }
        if (from != null) {
            sb.append(" AND ").append(prefix).append(dateColumn).append(" >= ?");
            params.add(from);
        }
        if (to != null) {
            sb.append(" AND ").append(prefix).append(dateColumn).append(" <= ?");
            params.add(to);
        }
        return sb.toString();
    }

    /** The most active country-level dyads (either direction, asserted kinds, self-pairs left out), most events first. */
    public List<DyadSummary> topDyads(int limit) {
        checkPage(limit, 0);
        return read("listing top dyads", c -> {
            List<Object> params = new ArrayList<>();
            String filter = aggregateFilter("", "anchor", null, null, Set.of(), Set.of(), params);
            params.add(limit);
            // first_in_pair: one row per event and country pair, so no DISTINCT over event ids
            String sql = "SELECT split_part(pair_country, '|', 1) AS a, split_part(pair_country, '|', 2) AS b, n, coop, conf, g FROM ("
                    + "SELECT pair_country, count(*) AS n, count(*) FILTER (WHERE quad_class <= 2) AS coop, "
                    + "count(*) FILTER (WHERE quad_class >= 3) AS conf, sum(goldstein) AS g "
                    + "FROM event_dyads WHERE first_in_pair AND source_country <> target_country" + filter + " "
                    + "GROUP BY pair_country) ORDER BY n DESC, a, b LIMIT ?";
            List<Object[]> rows = new ArrayList<>();
            Set<String> keys = new LinkedHashSet<>();
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getDouble(6)});
                    keys.add(rs.getString(1));
                    keys.add(rs.getString(2));
                }
            }
            Map<String, String> names = actorNames(c, true, keys);
            List<DyadSummary> out = new ArrayList<>();
            for (Object[] r : rows) {
                String a = (String) r[0];
                String b = (String) r[1];
                out.add(new DyadSummary(a, names.getOrDefault(a, a), b, names.getOrDefault(b, b), (Long) r[2], (Long) r[3], (Long) r[4], (Double) r[5]));
            }
            return out;
        });
    }

    /** Events per PLOVER type among the asserted kinds, most frequent first. */
    public List<TypeCount> typeMix() {
        return typeMix(Set.of());
    }

    /** Events per PLOVER type among the given modalities (empty: asserted kinds), most frequent first. */
    public List<TypeCount> typeMix(Set<Modality> modalities) {
        return read("counting event types", c -> {
            List<TypeCount> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT plover_type, count(*) FROM events e WHERE "
                    + modalityCondition("e.modality", modalities) + " GROUP BY plover_type ORDER BY 2 DESC, 1")) {
                while (rs.next()) {
                    out.add(new TypeCount(rs.getString(1), rs.getLong(2)));
                }
            }
            return out;
        });
    }

    /** First and last event date anchors over all events; empty when no event has a known date. */
    public Optional<EventPeriod> period() {
        return read("reading the period covered", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT min(date_anchor), max(date_anchor), count(date_anchor), count(*) - count(date_anchor) FROM events")) {
                rs.next();
                LocalDate first = rs.getObject(1, LocalDate.class);
                if (first == null) {
                    return Optional.empty();
                }
                return Optional.of(new EventPeriod(first, rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getLong(4)));
            }
        });
    }

    // ------------------------------------------------------------------------------------------------
    // export

    /**
     * Writes every event to a Parquet file (one row per event, ordered by document, sentence and
     * trigger): the contract fields flattened (actors as parallel lists of codes, names and texts,
     * quantities as lists of texts, values and units). Parent folders are created; an existing file
     * is replaced.
     */
    @Override
    public void exportParquet(Path target) {
        Path out = Objects.requireNonNull(target, "file").toAbsolutePath().normalize();
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of " + out + ": " + e.getMessage(), e);
        }
        String actorLists = "SELECT event_id, "
                + "list(code ORDER BY ord) FILTER (WHERE role = 'source') AS source_codes, "
                + "list(name ORDER BY ord) FILTER (WHERE role = 'source') AS source_names, "
                + "list(text ORDER BY ord) FILTER (WHERE role = 'source') AS source_texts, "
                + "list(code ORDER BY ord) FILTER (WHERE role = 'target') AS target_codes, "
                + "list(name ORDER BY ord) FILTER (WHERE role = 'target') AS target_names, "
                + "list(text ORDER BY ord) FILTER (WHERE role = 'target') AS target_texts FROM event_actors GROUP BY event_id";
        String quantityLists = "SELECT event_id, list(text ORDER BY ord) AS quantity_texts, list(value ORDER BY ord) AS quantity_values, "
                + "list(unit ORDER BY ord) AS quantity_units FROM event_quantities GROUP BY event_id";
        String empty = "CAST([] AS VARCHAR[])";
        String select = "SELECT e.doc_id, e.event_id, e.sentence_idx AS sentence_index, e.sentence_start, e.sentence_end, e.sentence_text, "
                + "e.trigger_start, e.trigger_end, e.trigger_text, "
                + "coalesce(a.source_codes, " + empty + ") AS source_codes, coalesce(a.source_names, " + empty + ") AS source_names, "
                + "coalesce(a.source_texts, " + empty + ") AS source_texts, coalesce(a.target_codes, " + empty + ") AS target_codes, "
                + "coalesce(a.target_names, " + empty + ") AS target_names, coalesce(a.target_texts, " + empty + ") AS target_texts, "
                + "e.plover_type, e.mode AS plover_mode, e.contexts AS plover_contexts, e.cameo_code, e.cameo_root, e.cameo_name, "
                + "e.goldstein, e.quad_class, e.date_start, e.date_end, e.date_granularity, e.date_basis, e.date_text, "
                + "coalesce(q.quantity_texts, " + empty + ") AS quantity_texts, coalesce(q.quantity_values, CAST([] AS DOUBLE[])) AS quantity_values, "
                + "coalesce(q.quantity_units, " + empty + ") AS quantity_units, "
                + "e.modality, e.confidence, e.rule, e.dependency_path, e.entries, e.dictionaries, e.version, e.published "
                + "FROM events e LEFT JOIN (" + actorLists + ") a ON a.event_id = e.event_id "
                + "LEFT JOIN (" + quantityLists + ") q ON q.event_id = e.event_id" + EXPORT_ORDER;
        String sql = "COPY (" + select + ") TO '" + out.toString().replace("'", "''") + "' (FORMAT PARQUET)";
        read("exporting Parquet to " + out, c -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
        LOG.info("exported events of {} to {}", file, out);
    }

    // ------------------------------------------------------------------------------------------------

    private static long single(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void checkPage(int limit, int offset) {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be 1..10000, got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
    }

    /**
     * Rewrites the analytics table ({@code event_dyads}) clustered by country pair and date, so that
     * a dyad query reads only the row groups of its pair instead of every row. Worth calling after a
     * large ingest; rows saved later are appended unclustered and stay correct, only slower to find.
     * Runs in one transaction under the write lock; readers see the old rows until it commits.
     *
     * @return the rows rewritten
     */
    public long optimize() {
        if (readOnly) {
            throw new StoreException("store " + file + " is open read-only; cannot optimize it");
        }
        writeLock.lock();
        try (Connection c = duplicate()) {
            long rows;
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                long lastOld;
                try (ResultSet rs = s.executeQuery("SELECT count(*), coalesce(max(rowid), -1) FROM event_dyads")) {
                    rs.next();
                    rows = rs.getLong(1);
                    lastOld = rs.getLong(2);
                }
                // the copies get row ids above every old row, so the old rows can be told apart
                s.execute("INSERT INTO event_dyads SELECT * FROM event_dyads ORDER BY pair_country, anchor, pair_code");
                s.execute("DELETE FROM event_dyads WHERE rowid <= " + lastOld);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
            LOG.info("store {}: clustered {} dyad rows by pair and date", file, rows);
            return rows;
        } catch (SQLException e) {
            throw new StoreException("optimizing store " + file + " failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Rows in the analytics table (one per distinct source-target code pair of an event). */
    public long dyadRowCount() {
        return read("counting dyad rows", c -> single(c, "SELECT count(*) FROM event_dyads", List.of()));
    }

    /** Runs a statement on the store's own connection; for the benchmark's bulk fill. */
    void executeBulk(String sql) {
        if (readOnly) {
            throw new StoreException("store " + file + " is open read-only");
        }
        writeLock.lock();
        try (Statement s = root.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new StoreException("bulk statement failed on store " + file + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void close() {
        try {
            root.close();
        } catch (SQLException e) {
            throw new StoreException("closing store " + file + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "DuckDbEventStore[" + file + (readOnly ? ", read-only" : "") + ", schema v" + schemaVersion + "]";
    }
}
