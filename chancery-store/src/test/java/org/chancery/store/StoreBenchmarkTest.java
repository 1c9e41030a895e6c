package org.chancery.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.chancery.analytics.EventQuery;
import org.chancery.coding.EventActor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark fills what it says and its rows read back as valid events; no timing is asserted. */
class StoreBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void fillsTheRequestedNumberOfEventsAndTimesEveryQuery() {
        Path file = dir.resolve("bench.duckdb");
        StoreBenchmark.Result r = StoreBenchmark.run(file, new StoreBenchmark.Settings(500, 100, 1, 7));
        assertEquals(500, r.events());
        assertEquals(500, r.dyadRows());
        assertEquals(5, r.savedDocs());
        assertEquals(100, r.savedEvents());
        assertEquals(List.of("dyadSeries USA-PAK by month", "dyadSeries USA-PAK by year", "dyadSeries USA-PAK by month, publication",
                "dyadSeries USAGOV->PAKMIL by month, directed", "events USA-PAK, first page of 50", "countEvents USA-PAK",
                "network, countries, 2015"), r.timings().stream().map(StoreBenchmark.Timing::query).toList());
        assertEquals(3 + r.timings().size(), r.report().size());
        assertTrue(r.report().get(0).startsWith("store benchmark: 500 events (500 dyad rows)"), r.report().get(0));

        try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(file)) {
            assertEquals(500 / 20, store.documentCount());
            for (StoredEvent e : store.eventsWithSentences(EventQuery.all())) {
                String sentence = e.sentence().text();
                int base = e.sentence().start();
                var coded = e.record().event();
                assertEquals(coded.triggerText(), sentence.substring(coded.trigger().start() - base, coded.trigger().end() - base), e.record().eventId());
                for (EventActor a : coded.source()) {
                    assertEquals(a.text(), sentence.substring(a.start() - base, a.end() - base), e.record().eventId());
                }
                for (EventActor a : coded.target()) {
                    assertEquals(a.text(), sentence.substring(a.start() - base, a.end() - base), e.record().eventId());
                }
            }
        }
    }

    @Test
    void actorCodesCoverTwoHundredDistinctActors() {
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < StoreBenchmark.ACTORS; i++) {
            codes.add(StoreBenchmark.actorCode(i));
        }
        assertEquals(200, codes.size());
        assertEquals("USA", StoreBenchmark.actorCode(0));
        assertEquals("PAKGOV", StoreBenchmark.actorCode(4));
    }
}
