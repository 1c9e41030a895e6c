package org.chancery.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.chancery.analytics.EventQuery;
import org.chancery.coding.CodedEvent;
import org.chancery.coding.EventActor;
import org.chancery.store.DuckDbEventStore;
import org.chancery.store.StoredEvent;
import org.chancery.store.export.EventJson;
import org.chancery.temporal.EventDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List stored events, filtered; a table, or one contract JSON object per line with --json.")
final class EventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    QueryOptions filters;

    @Option(names = "--limit", defaultValue = "50", description = "rows to show (default: ${DEFAULT-VALUE}, at most 10000)")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "rows to skip")
    int offset;

    @Option(names = "--json", description = "one JSON object per event (the export contract)")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("--limit must be 1..10000, got " + limit);
        }
        EventQuery q = filters.toQuery(limit, offset);
        PrintWriter out = spec.commandLine().getOut();
        try (DuckDbEventStore s = store.openForReading()) {
            List<StoredEvent> events = s.eventsWithSentences(q);
            if (json) {
                for (StoredEvent e : events) {
                    out.println(EventJson.toLine(e));
                }
            } else {
                long total = s.countEvents(q);
                out.printf("%-23s %-23s %-9s %-5s %-24s %-24s %-12s %s%n", "EVENT", "DATE", "TYPE", "CAMEO", "SOURCE", "TARGET", "MODALITY", "TRIGGER");
                for (StoredEvent e : events) {
                    CodedEvent c = e.record().event();
                    out.printf("%-23s %-23s %-9s %-5s %-24s %-24s %-12s %s%n", e.record().eventId(), date(e.record().date()),
                            c.type(), c.cameo().code(), actors(c.source()), actors(c.target()), c.modality(), c.triggerText());
                }
                out.printf("%d of %d event%s%n", events.size(), total, total == 1 ? "" : "s");
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    static String actors(List<EventActor> actors) {
        if (actors.isEmpty()) {
            return "-";
        }
        return actors.stream().map(a -> a.code().value()).collect(Collectors.joining(","));
    }

    static String date(EventDate d) {
        if (d.start() == null && d.end() == null) {
            return "unknown";
        }
        String s = d.start() == null ? ".." : d.start().toString();
        String e = d.end() == null ? ".." : d.end().toString();
        return s.equals(e) ? s : s + "/" + e;
    }
}
