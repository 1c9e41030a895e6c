package org.chancery.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.app.Assembly;
import org.chancery.ingest.DocumentReader;
import org.chancery.ingest.ReadOutcome;
import org.chancery.ingest.ReaderLimits;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Document;
import org.chancery.pipeline.DocumentResult;
import org.chancery.pipeline.Pipeline;
import org.chancery.store.DuckDbEventStore;
import org.chancery.store.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Throughput per stage (annotate, resolve+code+date, store) in tokens/s and sentences/s after a warm-up,",
                "and peak heap. With --store-events N, also times a dyad series over N synthetic stored events."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "corpus files or directories")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--rounds", defaultValue = "3", description = "measured passes over the corpus after one warm-up pass (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--store-events", paramLabel = "N", defaultValue = "0", description = "synthetic events for the store benchmark (0: skip)")
    long storeEvents;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (paths.isEmpty() && storeEvents == 0) {
            throw new IllegalArgumentException("give a corpus PATH, --store-events N, or both");
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be >= 1, got " + rounds);
        }
        if (!paths.isEmpty()) {
            corpus(out);
        }
        if (storeEvents > 0) {
            Path tmp = Files.createTempDirectory("chancery-store-bench");
            try {
                StoreBenchmark.Result r = StoreBenchmark.run(tmp.resolve("bench.duckdb"), StoreBenchmark.Settings.of(storeEvents));
                r.report().forEach(out::println);
            } finally {
                try (var files = Files.walk(tmp)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
        out.printf("peak heap %.0f MB (max %.0f MB)%n", peakHeapMb(), Runtime.getRuntime().maxMemory() / 1048576.0);
        out.flush();
        return ExitCode.OK;
    }

    private void corpus(PrintWriter out) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (ReadOutcome o : new DocumentReader(ReaderLimits.defaults()).readAll(paths)) {
            if (o instanceof ReadOutcome.Read r) {
                docs.add(Assembly.withTextDate(r.document()));
            } else if (o instanceof ReadOutcome.Skipped s) {
                spec.commandLine().getErr().println("skipped: " + s.input().message());
            }
        }
        if (docs.isEmpty()) {
            throw new UserException("no readable document in " + paths);
        }
        long t0 = System.nanoTime();
        Pipeline pipeline = Assembly.defaultPipeline();
        out.printf("pipeline  %s%nloaded in %.1f s%n", pipeline, (System.nanoTime() - t0) / 1e9);
        runRound(pipeline, docs, null); // warm-up
        long annotate = 0;
        long code = 0;
        long store = 0;
        long tokens = 0;
        long sentences = 0;
        long parsed = 0;
        long events = 0;
        for (int r = 0; r < rounds; r++) {
            Path tmp = Files.createTempDirectory("chancery-bench");
            try (DuckDbEventStore s = DuckDbEventStore.open(tmp.resolve("bench.duckdb"))) {
                long[] t = runRound(pipeline, docs, s);
                annotate += t[0];
                code += t[1];
                store += t[2];
                tokens += t[3];
                sentences += t[4];
                parsed += t[5];
                events += t[6];
            }
        }
        out.printf("corpus    %d documents, %d sentences (%d parsed), %d tokens, %d events per pass; %d measured passes%n",
                docs.size(), sentences / rounds, parsed / rounds, tokens / rounds, events / rounds, rounds);
        out.printf("%-22s %10s %12s %14s%n", "stage", "seconds", "tokens/s", "sentences/s");
        line(out, "annotate (CoreNLP)", annotate, tokens, sentences);
        line(out, "resolve+code+date", code, tokens, sentences);
        line(out, "store (DuckDB)", store, tokens, sentences);
        line(out, "total", annotate + code + store, tokens, sentences);
    }

    private static void line(PrintWriter out, String stage, long nanos, long tokens, long sentences) {
        double s = nanos / 1e9;
        out.printf("%-22s %10.2f %12.0f %14.0f%n", stage, s, tokens / s, sentences / s);
    }

    /** One pass: {annotate ns, code ns, store ns, tokens, sentences, parsed sentences, events}. */
    private static long[] runRound(Pipeline p, List<Document> docs, DuckDbEventStore store) {
        long[] t = new long[7];
        for (Document d : docs) {
            long a = System.nanoTime();
            AnnotatedDocument ad = p.annotator().annotate(d);
            long b = System.nanoTime();
            DocumentResult result = p.processAnnotated(ad);
            long c = System.nanoTime();
            if (store != null) {
                store.save(result);
            }
            long e = System.nanoTime();
            t[0] += b - a;
            t[1] += c - b;
            t[2] += e - c;
            t[3] += ad.tokenCount();
            t[4] += ad.sentences().size();
            t[5] += ad.sentences().stream().filter(s -> s.parsed()).count();
            t[6] += result.events().size();
        }
        return t;
    }

    static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1048576.0;
    }
}
