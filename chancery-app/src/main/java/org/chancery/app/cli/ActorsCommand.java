package org.chancery.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.analytics.ActorSummary;
import org.chancery.store.DuckDbEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "actors", mixinStandardHelpOptions = true, description = "List actors in the store, most active first.")
final class ActorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--limit", defaultValue = "30", description = "rows to show (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("--limit must be 1..10000, got " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (DuckDbEventStore s = store.openForReading()) {
            List<ActorSummary> actors = s.actors(limit, 0);
            out.printf("%-10s %-40s %9s %9s %9s%n", "CODE", "NAME", "MENTIONS", "AS SOURCE", "AS TARGET");
            for (ActorSummary a : actors) {
                out.printf("%-10s %-40s %9d %9d %9d%n", a.code(), a.name(), a.mentions(), a.asSource(), a.asTarget());
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
