package org.chancery.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.chancery.actor.ActorCode;
import org.chancery.actor.ActorMention;
import org.chancery.actor.ResolutionBasis;
import org.chancery.analytics.DateAxis;
import org.chancery.analytics.DyadQuery;
import org.chancery.analytics.EventQuery;
import org.chancery.analytics.NetworkQuery;
import org.chancery.analytics.Period;
import org.chancery.coding.CodedEvent;
import org.chancery.coding.EventActor;
import org.chancery.coding.Modality;
import org.chancery.coding.Provenance;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Document;
import org.chancery.model.DocumentMetadata;
import org.chancery.model.Granularity;
import org.chancery.model.PublicationDate;
import org.chancery.model.PublicationDateBasis;
import org.chancery.model.Sentence;
import org.chancery.model.Span;
import org.chancery.model.Token;
import org.chancery.ontology.CameoCode;
import org.chancery.ontology.PloverType;
import org.chancery.pipeline.DocumentResult;
import org.chancery.pipeline.EventRecord;
import org.chancery.temporal.DateBasis;
import org.chancery.temporal.EventDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Store micro-benchmark: fills a fresh store with synthetic events and times the analyst queries.
 *
 * <p>The data: 200 actor codes (67 countries, each bare, as GOV and as MIL), popular ones much more
 * active than the rest (the first countries are USA, PAK, CHN, RUS, IND…), event dates spread over
 * 20 years (2006–2025), every PLOVER type with a CAMEO code of that type, mostly asserted events,
 * 20 events per document. A first slice of documents goes through {@link DuckDbEventStore#save}
 * (the ingest path: one transaction per document) and is timed; the rest is generated inside DuckDB
 * with {@code INSERT … SELECT} over {@code range(n)}, the fastest bulk path (those documents have no
 * sentence or mention rows, which no timed query reads).
 *
 * <p>Timed (median of {@code runs} after one warm-up run): the USA–PAK dyad series by month (the
 * headline number), by year, on the publication axis and for exact codes, a page of the dyad's events,
 * and the country-level network. No assertions: this class reports, the CLI prints.
 */
public final class StoreBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(StoreBenchmark.class);

    static final List<String> COUNTRIES = List.of("USA", "PAK", "CHN", "RUS", "IND", "AFG", "IRN", "SAU", "GBR", "FRA", "DEU", "JPN",
            "KOR", "PRK", "TUR", "ISR", "PSE", "SYR", "IRQ", "EGY", "UKR", "POL", "BLR", "KAZ", "UZB", "TJK", "KGZ", "TKM", "AZE", "ARM",
            "GEO", "QAT", "ARE", "KWT", "OMN", "YEM", "JOR", "LBN", "BGD", "LKA", "NPL", "MMR", "THA", "VNM", "IDN", "MYS", "PHL", "AUS",
            "NZL", "CAN", "MEX", "BRA", "ARG", "VEN", "COL", "ZAF", "NGA", "ETH", "KEN", "SOM", "SDN", "LBY", "DZA", "MAR", "TUN", "ITA",
            "ESP");
    static final int ACTORS = 200;
    static final int EVENTS_PER_DOC = 20;

    /** One event type of the synthetic mix, with a CAMEO code of that type (codes, names, values: CAMEO facts). */
    private record TypeRow(PloverType type, CameoCode cameo) {}

    private static final List<TypeRow> TYPES = List.of(
            new TypeRow(PloverType.AGREE, new CameoCode("030", "Express intent to cooperate", 4.0, 1)),
            new TypeRow(PloverType.CONSULT, new CameoCode("040", "Consult", 1.0, 1)),
            new TypeRow(PloverType.SUPPORT, new CameoCode("050", "Engage in diplomatic cooperation", 3.5, 1)),
            new TypeRow(PloverType.CONCEDE, new CameoCode("080", "Yield", 5.0, 2)),
            new TypeRow(PloverType.COOPERATE, new CameoCode("060", "Engage in material cooperation", 6.0, 2)),
            new TypeRow(PloverType.AID, new CameoCode("070", "Provide aid", 7.0, 2)),
            new TypeRow(PloverType.RETREAT, new CameoCode("084", "Return, release", 7.0, 2)),
            new TypeRow(PloverType.REQUEST, new CameoCode("100", "Demand", -5.0, 3)),
            new TypeRow(PloverType.ACCUSE, new CameoCode("112", "Accuse", -2.0, 3)),
            new TypeRow(PloverType.REJECT, new CameoCode("120", "Reject", -4.0, 3)),
            new TypeRow(PloverType.THREATEN, new CameoCode("130", "Threaten", -4.4, 3)),
            new TypeRow(PloverType.PROTEST, new CameoCode("141", "Demonstrate or rally", -6.5, 3)),
            new TypeRow(PloverType.SANCTION, new CameoCode("160", "Reduce relations", -4.0, 4)),
            new TypeRow(PloverType.MOBILIZE, new CameoCode("150", "Demonstrate military or police power", -7.2, 4)),
            new TypeRow(PloverType.COERCE, new CameoCode("173", "Arrest, detain, or charge with legal action", -5.0, 4)),
            new TypeRow(PloverType.ASSAULT, new CameoCode("190", "Use conventional military force", -10.0, 4)),
            new TypeRow(PloverType.STATEMENT, new CameoCode("010", "Make statement", 0.0, 1)));

    private static final LocalDate FIRST_DAY = LocalDate.of(2006, 1, 1);
    private static final int DAYS = 7305;

    /**
     * What to run.
     *
     * @param events      events in the store (at least {@code savedEvents})
     * @param savedEvents how many of them go through {@code save} (a multiple of 20 is used)
     * @param runs        timed runs per query (after one warm-up)
     * @param seed        random seed of the saved slice
     */
    public record Settings(long events, int savedEvents, int runs, long seed) {
        public Settings {
            if (events < 1) {
                throw new IllegalArgumentException("events must be >= 1, got " + events);
            }
            if (savedEvents < 0 || savedEvents > events) {
                throw new IllegalArgumentException("savedEvents must be 0.." + events + ", got " + savedEvents);
            }
            if (runs < 1) {
                throw new IllegalArgumentException("runs must be >= 1, got " + runs);
            }
        }

        /** {@code events} events, 2,000 of them (or all, if fewer) saved one document at a time, 5 runs. */
        public static Settings of(long events) {
            return new Settings(events, (int) Math.min(2_000, events), 5, 42);
        }
    }

    /** The median time of one query and what it returned. */
    /**
     * The time of one query over the runs and what it returned.
     *
     * @param medianCpuMillis median CPU time of the whole process (Java and DuckDB's threads) per
     *                        run, or -1 when the JVM cannot tell; on a loaded machine it shows the
     *                        work apart from the wait
     */
    public record Timing(String query, double medianMillis, double minMillis, double maxMillis, double medianCpuMillis, String answer) {}

    /**
     * @param events       events in the store
     * @param dyadRows     rows in event_dyads
     * @param savedDocs    documents stored through {@code save}
     * @param savedEvents  events stored through {@code save}
     * @param saveTime     time of those saves
     * @param saveCpu      process CPU time of those saves (Java and DuckDB threads)
     * @param bulkTime     time of the bulk fill
     * @param optimizeTime time of {@link DuckDbEventStore#optimize()} after the fill
     * @param fileBytes    size of the store file after the fill
     * @param timings      query timings, the USA–PAK monthly series first
     */
    public record Result(long events, long dyadRows, long savedDocs, long savedEvents, Duration saveTime, Duration saveCpu, Duration bulkTime,
                         Duration optimizeTime, long fileBytes, List<Timing> timings) {
        public Result {
            timings = List.copyOf(timings);
        }

        /** Plain-text lines for the CLI. */
        public List<String> report() {
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "store benchmark: %,d events (%,d dyad rows), file %.1f MB", events, dyadRows, fileBytes / 1e6));
            double saveSeconds = saveTime.toNanos() / 1e9;
            lines.add(String.format(Locale.ROOT, "  save(): %,d documents, %,d events in %.2f s = %.0f docs/s, %.0f events/s "
                    + "(one transaction per document; cpu %.1f ms per document)", savedDocs, savedEvents, saveSeconds,
                    savedDocs / Math.max(saveSeconds, 1e-9), savedEvents / Math.max(saveSeconds, 1e-9),
                    savedDocs == 0 ? 0.0 : saveCpu.toNanos() / 1e6 / savedDocs));
            lines.add(String.format(Locale.ROOT, "  bulk fill: %,d events in %.2f s; optimize (cluster dyad rows): %.2f s",
                    events - savedEvents, bulkTime.toNanos() / 1e9, optimizeTime.toNanos() / 1e9));
            for (Timing t : timings) {
                lines.add(String.format(Locale.ROOT, "  %-46s median %8.1f ms  (min %.1f, max %.1f, cpu %.1f ms)  %s", t.query(),
                        t.medianMillis(), t.minMillis(), t.maxMillis(), t.medianCpuMillis(), t.answer()));
            }
            return lines;
        }
    }

    private StoreBenchmark() {}

    /**
     * Creates a store at {@code file} (which must not exist), fills it and times the queries. The
     * file is left for the caller to delete.
     */
    public static Result run(Path file, Settings settings) {
        Objects.requireNonNull(file, "file");
        if (Files.exists(file)) {
            throw new IllegalArgumentException("benchmark store " + file + " already exists; give a new path");
        }
        try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
            int docsToSave = settings.savedEvents() / EVENTS_PER_DOC;
            long saved = (long) docsToSave * EVENTS_PER_DOC;
            Random random = new Random(settings.seed());
            List<DocumentResult> docs = new ArrayList<>(docsToSave);
            for (int d = 0; d < docsToSave; d++) {
                docs.add(syntheticDocument(d, random));
            }
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            for (DocumentResult doc : docs) {
                store.save(doc);
            }
            Duration saveTime = Duration.ofNanos(System.nanoTime() - t0);
            Duration saveCpu = Duration.ofNanos(cpu0 < 0 ? 0 : processCpuNanos() - cpu0);
            LOG.info("benchmark: saved {} documents ({} events) in {}", docsToSave, saved, saveTime);
            long t1 = System.nanoTime();
            bulkFill(store, saved, settings.events() - saved, docsToSave);
            store.executeBulk("CHECKPOINT");
            Duration bulkTime = Duration.ofNanos(System.nanoTime() - t1);
            LOG.info("benchmark: bulk-filled {} events in {}", settings.events() - saved, bulkTime);
            long t2 = System.nanoTime();
            store.optimize();
            Duration optimizeTime = Duration.ofNanos(System.nanoTime() - t2);

            long events = store.countEvents(EventQuery.all());
            long dyadRows = store.dyadRowCount();
            long bytes = size(file);
            ActorCode usa = ActorCode.of("USA");
            ActorCode pak = ActorCode.of("PAK");
            List<Timing> timings = new ArrayList<>();
            timings.add(time("dyadSeries USA-PAK by month", settings.runs(),
                    () -> points(store.dyadSeries(new DyadQuery(usa, pak, Period.MONTH, false, DateAxis.EVENT, null, null, Set.of())))));
            timings.add(time("dyadSeries USA-PAK by year", settings.runs(),
                    () -> points(store.dyadSeries(new DyadQuery(usa, pak, Period.YEAR, false, DateAxis.EVENT, null, null, Set.of())))));
            timings.add(time("dyadSeries USA-PAK by month, publication", settings.runs(),
                    () -> points(store.dyadSeries(new DyadQuery(usa, pak, Period.MONTH, false, DateAxis.PUBLICATION, null, null, Set.of())))));
            timings.add(time("dyadSeries USAGOV->PAKMIL by month, directed", settings.runs(),
                    () -> points(store.dyadSeries(new DyadQuery(ActorCode.of("USAGOV"), ActorCode.of("PAKMIL"), Period.MONTH, true,
                            DateAxis.EVENT, null, null, Set.of())))));
            timings.add(time("events USA-PAK, first page of 50", settings.runs(),
                    () -> store.events(new EventQuery(null, null, usa, pak, false, Set.of(), null, null, Set.of(), null, 50, 0)).size() + " events"));
            timings.add(time("countEvents USA-PAK", settings.runs(),
                    () -> store.countEvents(new EventQuery(null, null, usa, pak, false, Set.of(), null, null, Set.of(), null, 1, 0)) + " events"));
            timings.add(time("network, countries, 2015", settings.runs(),
                    () -> store.network(new NetworkQuery(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31), Set.of(), Set.of(), true, 1))
                            .edges().size() + " edges"));
            return new Result(events, dyadRows, docsToSave, saved, saveTime, saveCpu, bulkTime, optimizeTime, bytes, timings);
        }
    }

    private static String points(List<org.chancery.analytics.DyadPoint> series) {
        long events = 0;
        for (var p : series) {
            events += p.events();
        }
        return series.size() + " points, " + events + " events";
    }

    private static Timing time(String name, int runs, Supplier<String> query) {
        String answer = query.get(); // warm-up
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c = processCpuNanos();
            long t = System.nanoTime();
            answer = query.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = c < 0 ? -1 : (processCpuNanos() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new Timing(name, median(ms), ms[0], ms[runs - 1], median(cpu), answer);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new StoreException("cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // the saved slice: real records through the ingest path

    /** Actor {@code i} of 200: country i/3 of the list, bare, GOV or MIL. */
    static String actorCode(int i) {
        String country = COUNTRIES.get(i / 3);
        return switch (i % 3) {
            case 0 -> country;
            case 1 -> country + "GOV";
            default -> country + "MIL";
        };
    }

    /** A skewed draw over 0..199: low indexes (USA, PAK, CHN…) are much more frequent. */
    private static int skewedActor(Random r) {
        double u = r.nextDouble();
        return Math.min(ACTORS - 1, (int) (ACTORS * u * u));
    }

    private static DocumentResult syntheticDocument(int d, Random r) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<ActorMention> mentions = new ArrayList<>();
        List<int[]> draws = new ArrayList<>();
        for (int i = 0; i < EVENTS_PER_DOC; i++) {
            int a = skewedActor(r);
            int b = skewedActor(r);
            if (b == a) {
                b = (b + 3) % ACTORS;
            }
            draws.add(new int[] {a, b, r.nextInt(TYPES.size()), r.nextInt(DAYS), r.nextInt(100)});
        }
        for (int i = 0; i < EVENTS_PER_DOC; i++) {
            int[] x = draws.get(i);
            String s = actorCode(x[0]) + " acted " + TYPES.get(x[2]).type().name().toLowerCase(Locale.ROOT) + " toward " + actorCode(x[1])
                    + " in document " + d + ".";
            int start = text.length();
            text.append(s).append(' ');
            List<Token> tokens = new ArrayList<>();
            int pos = start;
            for (String w : s.split(" ")) {
                tokens.add(new Token(tokens.size(), w, w.toLowerCase(Locale.ROOT), "NN", "O", pos, pos + w.length()));
                pos += w.length() + 1;
            }
            sentences.add(new Sentence(i, start, start + s.length(), s, tokens, List.of(), true, List.of()));
        }
        LocalDate published = FIRST_DAY.plusDays(r.nextInt(DAYS));
        Document doc = new Document("bench-saved-" + d, text.toString(), "benchmark",
                new DocumentMetadata("Synthetic " + d, null, "benchmark", null, PublicationDate.of(published, PublicationDateBasis.METADATA, null)));
        String hash = doc.contentHash();
        List<EventRecord> events = new ArrayList<>();
        for (int i = 0; i < EVENTS_PER_DOC; i++) {
            int[] x = draws.get(i);
            Sentence s = sentences.get(i);
            Token src = s.tokens().get(0);
            Token verb = s.tokens().get(1);
            Token tgt = s.tokens().get(4);
            ActorCode a = ActorCode.of(actorCode(x[0]));
            ActorCode b = ActorCode.of(actorCode(x[1]));
            mentions.add(new ActorMention(i, 0, 1, src.start(), src.end(), src.text(), a, a.value(), ResolutionBasis.DICTIONARY, "bench:" + a, false));
            mentions.add(new ActorMention(i, 4, 5, tgt.start(), tgt.end(), tgt.text(), b, b.value(), ResolutionBasis.DICTIONARY, "bench:" + b, false));
            TypeRow type = TYPES.get(x[2]);
            Modality modality = x[4] < 85 ? Modality.ASSERTED : x[4] < 92 ? Modality.REPORTED : x[4] < 95 ? Modality.NEGATED
                    : x[4] < 98 ? Modality.HYPOTHETICAL : Modality.PLANNED;
            CodedEvent e = new CodedEvent(i, new Span(verb.start(), verb.end()), verb.text(), 1,
                    List.of(new EventActor(a, a.value(), src.text(), src.start(), src.end(), ResolutionBasis.DICTIONARY, "bench:" + a)),
                    List.of(new EventActor(b, b.value(), tgt.text(), tgt.start(), tgt.end(), ResolutionBasis.DICTIONARY, "bench:" + b)),
                    type.type(), null, List.of(), type.cameo(), List.of(), modality, 0.7,
                    new Provenance("bench." + type.type().name().toLowerCase(Locale.ROOT), "nsubj", List.of("bench:" + a, "bench:" + b),
                            "sha256:bench", "bench"));
            LocalDate day = FIRST_DAY.plusDays(x[3]);
            events.add(new EventRecord(EventRecord.idFor(hash, e), doc.id(), e, new EventDate(day, day, Granularity.DAY, DateBasis.TEXT, null)));
        }
        return new DocumentResult(new AnnotatedDocument(doc, sentences), mentions, events);
    }

    // ------------------------------------------------------------------------------------------------
    // the bulk remainder: generated inside DuckDB

    private static void bulkFill(DuckDbEventStore store, long firstEvent, long count, int firstDoc) {
        if (count <= 0) {
            return;
        }
        StringBuilder actors = new StringBuilder("CREATE OR REPLACE TEMP TABLE bench_actors AS SELECT * FROM (VALUES ");
        for (int i = 0; i < ACTORS; i++) {
            String code = actorCode(i);
            actors.append(i == 0 ? "" : ", ").append("(").append(i).append(", '").append(code).append("', '").append(code, 0, 3).append("')");
        }
        actors.append(") AS t(i, code, country)");
        StringBuilder types = new StringBuilder("CREATE OR REPLACE TEMP TABLE bench_types AS SELECT * FROM (VALUES ");
        for (int i = 0; i < TYPES.size(); i++) {
            TypeRow t = TYPES.get(i);
            types.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "(%d, '%s', '%s', '%s', %.1f, %d)", i, t.type().name(),
                    t.cameo().code(), t.cameo().name().replace("'", "''"), t.cameo().goldstein(), t.cameo().quadClass()));
        }
        types.append(") AS t(i, plover_type, cameo_code, cameo_name, goldstein, quad_class)");
        store.executeBulk(actors.toString());
        store.executeBulk(types.toString());
        // u1, u2 in [0, 1): skewed actor draws; days over 20 years; type; modality by percentile
        String draws = "CREATE OR REPLACE TEMP TABLE bench_draws AS SELECT n, "
                + "'evb_' || n AS event_id, "
                + "'bench-' || (n // " + EVENTS_PER_DOC + ") AS doc_id, "
                + "least(" + (ACTORS - 1) + ", CAST(floor(" + ACTORS + " * pow((hash(n, 1) % 1000003) / 1000003.0, 2)) AS INTEGER)) AS a, "
                + "least(" + (ACTORS - 1) + ", CAST(floor(" + ACTORS + " * pow((hash(n, 2) % 1000003) / 1000003.0, 2)) AS INTEGER)) AS b0, "
                + "CAST(hash(n, 3) % " + TYPES.size() + " AS INTEGER) AS t, "
                + "DATE '" + FIRST_DAY + "' + CAST(hash(n, 4) % " + DAYS + " AS INTEGER) AS day, "
                + "DATE '" + FIRST_DAY + "' + CAST(hash(n // " + EVENTS_PER_DOC + ", 5) % " + DAYS + " AS INTEGER) AS published, "
                + "CAST(hash(n, 6) % 100 AS INTEGER) AS m "
                + "FROM range(" + firstEvent + ", " + (firstEvent + count) + ") r(n)";
        store.executeBulk(draws);
        store.executeBulk("CREATE OR REPLACE TEMP TABLE bench_events AS SELECT d.event_id, d.doc_id, d.day, d.published, "
                + "sa.code AS s_code, sa.country AS s_country, ta.code AS t_code, ta.country AS t_country, ty.plover_type, ty.cameo_code, "
                + "ty.cameo_name, ty.goldstein, ty.quad_class, "
                + "CASE WHEN d.m < 85 THEN 'ASSERTED' WHEN d.m < 92 THEN 'REPORTED' WHEN d.m < 95 THEN 'NEGATED' "
                + "WHEN d.m < 98 THEN 'HYPOTHETICAL' ELSE 'PLANNED' END AS modality, d.n "
                + "FROM bench_draws d JOIN bench_actors sa ON sa.i = d.a "
                + "JOIN bench_actors ta ON ta.i = CASE WHEN d.b0 = d.a THEN (d.b0 + 3) % " + ACTORS + " ELSE d.b0 END "
                + "JOIN bench_types ty ON ty.i = d.t");
        store.executeBulk("INSERT INTO documents SELECT doc_id, 'bench-hash-' || doc_id, 'Synthetic ' || doc_id, NULL, 'benchmark', NULL, "
                + "min(published), 'METADATA', NULL, false, 'benchmark', 'synthetic document ' || doc_id, count(*), 0, 0, count(*), now() "
                + "FROM bench_events GROUP BY doc_id");
        // sentence "<source> acted toward <target>.": the trigger and the actors at their true offsets
        store.executeBulk("INSERT INTO events SELECT event_id, doc_id, CAST(n % " + EVENTS_PER_DOC + " AS INTEGER), 0, "
                + "length(s_code) + length(t_code) + 15, s_code || ' acted toward ' || t_code || '.', length(s_code) + 1, length(s_code) + 6, "
                + "'acted', 1, plover_type, NULL, [], cameo_code, substr(cameo_code, 1, 2), "
                + "cameo_name, goldstein, quad_class, day, day, day, 'DAY', 'TEXT', NULL, modality, 0.7, 'bench.' || lower(plover_type), "
                + "'nsubj', ['bench:' || s_code, 'bench:' || t_code], 'sha256:bench', 'bench', published, "
                + "'[{\"code\":\"' || s_code || '\",\"name\":\"' || s_code || '\",\"text\":\"' || s_code || '\",\"start\":0,\"end\":' || length(s_code) || ',"
                + "\"basis\":\"DICTIONARY\",\"entry\":\"bench:' || s_code || '\"}]', "
                + "'[{\"code\":\"' || t_code || '\",\"name\":\"' || t_code || '\",\"text\":\"' || t_code || '\",\"start\":' || "
                + "(length(s_code) + 14) || ',\"end\":' || (length(s_code) + 14 + length(t_code)) || ',"
                + "\"basis\":\"DICTIONARY\",\"entry\":\"bench:' || t_code || '\"}]', '[]' FROM bench_events");
        store.executeBulk("INSERT INTO event_actors SELECT event_id, doc_id, 'source', 0, s_code, s_country, s_code, s_code, 0, length(s_code), "
                + "'DICTIONARY', 'bench:' || s_code, modality, day, quad_class, goldstein FROM bench_events");
        store.executeBulk("INSERT INTO event_actors SELECT event_id, doc_id, 'target', 0, t_code, t_country, t_code, t_code, length(s_code) + 14, "
                + "length(s_code) + 14 + length(t_code), "
                + "'DICTIONARY', 'bench:' || t_code, modality, day, quad_class, goldstein FROM bench_events");
        store.executeBulk("INSERT INTO event_dyads SELECT event_id, doc_id, s_code, s_country, t_code, t_country, day, published, "
                + "plover_type, modality, quad_class, goldstein, "
                + "CASE WHEN s_country <= t_country THEN s_country || '|' || t_country ELSE t_country || '|' || s_country END, "
                + "CASE WHEN s_code <= t_code THEN s_code || '|' || t_code ELSE t_code || '|' || s_code END, "
                + "CAST(n % " + EVENTS_PER_DOC + " AS INTEGER), length(s_code) + 1, day, day FROM bench_events");
        store.executeBulk("DROP TABLE bench_events");
        store.executeBulk("DROP TABLE bench_draws");
    }
}
