package org.chancery.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chancery.analytics.EventQuery;
import org.chancery.store.DuckDbEventStore;
import org.chancery.store.export.CsvExporter;
import org.chancery.store.export.JsonlExporter;
import org.chancery.store.export.MentionsExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export events: jsonl (the stable contract, one object per event), csv (flat, one row per event),",
                "parquet (needs --out), or mentions (one JSON object per actor mention). Filters apply to jsonl and csv."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    QueryOptions filters;

    @Option(names = "--format", required = true, paramLabel = "jsonl|csv|parquet|mentions", description = "output format")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE (atomically) instead of standard output")
    Path out;

    @Override
    public Integer call() throws IOException {
        String f = format.trim().toLowerCase(Locale.ROOT);
        if (!f.equals("jsonl") && !f.equals("csv") && !f.equals("parquet") && !f.equals("mentions")) {
            throw new IllegalArgumentException("--format must be jsonl, csv, parquet or mentions, got '" + format + "'");
        }
        if (f.equals("parquet") && out == null) {
            throw new IllegalArgumentException("--format parquet needs --out FILE (Parquet is a binary file format)");
        }
        EventQuery q = filters.toQuery(10_000, 0);
        long n;
        try (DuckDbEventStore s = store.openForReading()) {
            if (out == null) {
                Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                n = write(s, f, q, w);
                w.flush();
            } else {
                Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".chancery-export", ".tmp");
                try {
                    if (f.equals("parquet")) {
                        Files.delete(tmp);
                        s.exportParquet(tmp);
                        n = s.countEvents(EventQuery.all());
                    } else {
                        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                            n = write(s, f, q, w);
                        }
                    }
                    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf("exported %d %s%s%n", n, f.equals("mentions") ? "mention" : "event", n == 1 ? "" : "s");
        err.flush();
        return ExitCode.OK;
    }

    private static long write(DuckDbEventStore s, String format, EventQuery q, Writer w) {
        return switch (format) {
            case "jsonl" -> JsonlExporter.export(s, q, w);
            case "csv" -> CsvExporter.export(s, q, w);
            default -> MentionsExporter.export(s, w);
        };
    }
}
