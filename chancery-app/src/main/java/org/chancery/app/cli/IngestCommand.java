package org.chancery.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.app.Assembly;
import org.chancery.app.ingest.IngestService;
import org.chancery.ingest.IngestSummary;
import org.chancery.ingest.ReaderLimits;
import org.chancery.ingest.SkippedInput;
import org.chancery.store.DuckDbEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles (.txt, .md, .html, .jsonl files or directories), code their events and store them.",
                "Documents already stored (same content) are not added twice; each document is stored in its own transaction.",
                "Exit code 3 when some input was skipped (each is named on stderr)."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories to ingest")
    List<Path> paths;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for every document (overrides metadata and text)")
    LocalDate date;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "536870912", description = "largest file to read (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "2000000", description = "largest document in characters (default: ${DEFAULT-VALUE})")
    int maxChars;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReaderLimits limits = new ReaderLimits(maxBytes, maxChars);
        try (DuckDbEventStore s = store.openForWriting()) {
            IngestService service = Assembly.ingestService(Assembly::defaultPipeline, s, limits, date);
            IngestSummary summary = service.ingest(paths, Progress.forTerminal(err));
            return report(summary, out, err);
        }
    }

    static int report(IngestSummary summary, PrintWriter out, PrintWriter err) {
        for (SkippedInput skip : summary.skipped()) {
            err.println("skipped: " + skip.message());
        }
        err.flush();
        out.printf("ingested %d document%s (%d event%s); %d already present; %d skipped%n",
                summary.ingested(), summary.ingested() == 1 ? "" : "s", summary.events(), summary.events() == 1 ? "" : "s",
                summary.duplicates(), summary.skipped().size());
        out.flush();
        return summary.anySkipped() ? ExitCode.PARTIAL : ExitCode.OK;
    }
}
