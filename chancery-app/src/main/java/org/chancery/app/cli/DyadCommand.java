package org.chancery.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.chancery.analytics.DateAxis;
import org.chancery.analytics.DyadPoint;
import org.chancery.analytics.DyadQuery;
import org.chancery.analytics.Period;
import org.chancery.store.DuckDbEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "dyad", mixinStandardHelpOptions = true,
        description = {"How a relationship moved: events between A and B per period, cooperation vs conflict and Goldstein.",
                "Counts the asserted kinds (ASSERTED, REPORTED, HABITUAL); events are bucketed by when they happened."})
final class DyadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "A", description = "actor code (USA, PAK, RUSGOV…)")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "actor code")
    String b;

    @Option(names = "--by", defaultValue = "year", paramLabel = "month|quarter|year", description = "bucket size (default: ${DEFAULT-VALUE})")
    String by;

    @Option(names = "--axis", defaultValue = "event", paramLabel = "event|publication",
            description = "bucket by event date (default) or by publication date, as GDELT/ICEWS do")
    String axis;

    @Option(names = "--directed", description = "only A as source and B as target")
    boolean directed;

    @Override
    public Integer call() {
        Period period = Period.parse(by);
        DateAxis dateAxis;
        try {
            dateAxis = DateAxis.valueOf(axis.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--axis must be event or publication, got '" + axis + "'");
        }
        DyadQuery q = new DyadQuery(QueryOptions.code("A", a), QueryOptions.code("B", b), period, directed, dateAxis, null, null, null);
        PrintWriter out = spec.commandLine().getOut();
        try (DuckDbEventStore s = store.openForReading()) {
            List<DyadPoint> series = s.dyadSeries(q);
            out.printf("%s %s %s by %s (%s date)%n", q.a(), directed ? "->" : "<->", q.b(), by.toLowerCase(java.util.Locale.ROOT),
                    dateAxis.name().toLowerCase(java.util.Locale.ROOT));
            out.printf("%-9s %6s %6s %6s %9s %8s  %s%n", "PERIOD", "EVENTS", "COOP", "CONFL", "GOLDSTEIN", "MEAN", "TYPES");
            for (DyadPoint p : series) {
                long coop = p.byQuadClass().getOrDefault(1, 0L) + p.byQuadClass().getOrDefault(2, 0L);
                long confl = p.byQuadClass().getOrDefault(3, 0L) + p.byQuadClass().getOrDefault(4, 0L);
                Map<String, Long> types = new TreeMap<>(p.byType());
                out.printf("%-9s %6d %6d %6d %9.1f %8.2f  %s%n", p.period(), p.events(), coop, confl, p.goldsteinSum(), p.goldsteinMean(),
                        types.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(" ")));
            }
            if (series.isEmpty()) {
                out.println("no dated events between " + q.a() + " and " + q.b());
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
