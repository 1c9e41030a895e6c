package org.chancery.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.chancery.actor.ActorCode;
import org.chancery.analytics.EventQuery;
import org.chancery.app.Assembly;
import org.chancery.app.server.ChanceryServer;
import org.chancery.app.server.ServerConfig;
import org.chancery.coding.Modality;
import org.chancery.ingest.IngestSummary;
import org.chancery.ingest.ReaderLimits;
import org.chancery.store.DuckDbEventStore;
import org.chancery.store.DyadSummary;
import org.chancery.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the project's example articles into a temporary store, print the top relationships and a few",
                "events with their evidence, then serve the web UI on it until stopped (--no-serve only prints)."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--no-serve", description = "print the summary and exit")
    boolean noServe;

    @Option(names = "--port", defaultValue = "7070", description = "port for the UI (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--examples", paramLabel = "DIR", description = "articles to ingest (default: the project's examples/)")
    Path examples;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = examples != null ? examples : Assembly.home().resolve("examples");
        if (!Files.isDirectory(dir)) {
            throw new UserException("example articles not found at " + dir + "; run from the chancery checkout or give --examples DIR");
        }
        Path tmp = Files.createTempDirectory("chancery-demo");
        Path db = tmp.resolve("demo.duckdb");
        try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
            out.println("chancery demo: ingesting " + dir + " into " + db);
            out.flush();
            var service = Assembly.ingestService(Assembly::defaultPipeline, store, ReaderLimits.defaults(), null);
            IngestSummary summary = service.ingest(List.of(dir), Progress.forTerminal(spec.commandLine().getErr()));
            IngestCommand.report(summary, out, spec.commandLine().getErr());
            printSummary(store, out);
            if (noServe) {
                return ExitCode.OK;
            }
            try (ChanceryServer server = ChanceryServer.start(ServerConfig.defaults().withPort(port), store, null)) {
                out.println();
                out.println("web UI: " + server.url() + "   (Ctrl+C to stop)");
                out.flush();
                server.join();
            }
        }
        return ExitCode.OK;
    }

    static void printSummary(DuckDbEventStore store, PrintWriter out) {
        List<DyadSummary> dyads = store.topDyads(8);
        out.println();
        out.println("Top relationships (asserted events; cooperation / conflict; Goldstein sum)");
        for (DyadSummary d : dyads) {
            out.printf("  %-8s %-8s %3d events  %3d coop / %3d conflict  %+6.1f%n", d.a(), d.b(), d.events(), d.cooperation(),
                    d.conflict(), d.goldsteinSum());
        }
        out.println();
        out.println("Some events with their evidence (chancery explain EVENT_ID for the full trace)");
        int shown = 0;
        for (DyadSummary d : dyads) {
            if (shown >= 6) {
                break;
            }
            EventQuery q = new EventQuery(null, null, ActorCode.of(d.a()), ActorCode.of(d.b()), false, Set.of(), null, null,
                    Set.of(Modality.ASSERTED), null, 1, 0);
            for (StoredEvent e : store.eventsWithSentences(q)) {
                var c = e.record().event();
                out.printf("  %s  %s %s -> %s  [%s]  %s%n", e.record().eventId(), c.type(), EventsCommand.actors(c.source()),
                        EventsCommand.actors(c.target()), EventsCommand.date(e.record().date()), c.modality());
                out.printf("      %s%n", ExplainCommand.mark(e.sentence(), c));
                shown++;
            }
        }
        out.flush();
    }
}
