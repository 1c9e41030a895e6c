package org.chancery.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.chancery.app.Assembly;
import org.chancery.app.server.ChanceryServer;
import org.chancery.app.server.ServerConfig;
import org.chancery.ingest.ReaderLimits;
import org.chancery.store.DuckDbEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the REST API (/api, OpenAPI at /api/openapi.json) and the web UI from one store.",
                "Read-only unless --allow-ingest, which also loads CoreNLP so pasted text and uploads can be ingested."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST, description = "address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--allow-ingest", description = "accept pasted text and uploaded files (POST /api/ingest)")
    boolean allowIngest;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        try (DuckDbEventStore s = allowIngest ? store.openForWriting() : store.openForReading()) {
            ServerConfig config = ServerConfig.defaults().withHost(host).withPort(port).withAllowIngest(allowIngest);
            var ingestion = allowIngest
                    ? Assembly.ingestService(Assembly::defaultPipeline, s, ReaderLimits.defaults(), null) : null;
            try (ChanceryServer server = ChanceryServer.start(config, s, ingestion)) {
                out.println("chancery serving " + store.db + " at " + server.url() + (allowIngest ? " (ingest enabled)" : " (read-only)"));
                out.println("press Ctrl+C to stop");
                out.flush();
                server.join();
            }
        }
        return ExitCode.OK;
    }
}
