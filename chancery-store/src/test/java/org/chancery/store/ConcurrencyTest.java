package org.chancery.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.chancery.actor.ActorCode;
import org.chancery.analytics.DateAxis;
import org.chancery.analytics.DyadQuery;
import org.chancery.analytics.EventQuery;
import org.chancery.analytics.Period;
import org.chancery.ontology.PloverType;
import org.chancery.pipeline.DocumentResult;
import org.chancery.pipeline.EventStore.SaveOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One store shared by threads: saves from several threads, reads alongside. */
class ConcurrencyTest {
    @TempDir
    Path dir;

    private static DocumentResult doc(int i) {
        return new StoreFixtures.DocBuilder("doc-" + i, LocalDate.of(2020, 1, 1).plusDays(i))
                .sentence("Ankara criticised Athens over the islands, statement number " + i + " said.")
                .event(StoreFixtures.ev(0, "criticised", PloverType.ACCUSE, StoreFixtures.ACCUSE)
                        .source(StoreFixtures.actor("Ankara", "TURGOV", "Government of Turkey"))
                        .target(StoreFixtures.actor("Athens", "GRCGOV", "Government of Greece"))
                        .day(LocalDate.of(2020, 1, 1).plusDays(i)))
                .build();
    }

    @Test
    void parallelSavesAndReadsAgree() throws Exception {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("c.duckdb"))) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<SaveOutcome>> saves = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    int n = i % 20; // every document twice
                    saves.add(pool.submit(() -> store.save(doc(n))));
                }
                List<Future<Long>> reads = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    reads.add(pool.submit(() -> store.countEvents(EventQuery.all())
                            + store.dyadSeries(new DyadQuery(ActorCode.of("TUR"), ActorCode.of("GRC"), Period.YEAR, false, DateAxis.EVENT,
                            null, null, Set.of())).size()));
                }
                long stored = 0;
                for (Future<SaveOutcome> f : saves) {
                    if (f.get(60, TimeUnit.SECONDS) == SaveOutcome.STORED) {
                        stored++;
                    }
                }
                for (Future<Long> f : reads) {
                    f.get(60, TimeUnit.SECONDS);
                }
                assertEquals(20, stored);
            } finally {
                pool.shutdown();
            }
            assertEquals(20, store.documentCount());
            assertEquals(20, store.countEvents(EventQuery.all()));
        }
    }
}
