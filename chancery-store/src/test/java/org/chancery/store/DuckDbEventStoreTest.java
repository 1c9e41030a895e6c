package org.chancery.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.chancery.actor.ActorCode;
import org.chancery.actor.ActorMention;
import org.chancery.analytics.EventQuery;
import org.chancery.analytics.StoredDocument;
import org.chancery.model.PublicationDateBasis;
import org.chancery.model.Sentence;
import org.chancery.ontology.PloverType;
import org.chancery.pipeline.DocumentResult;
import org.chancery.pipeline.EventRecord;
import org.chancery.pipeline.EventStore.SaveOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbEventStoreTest {
    @TempDir
    Path dir;

    @Test
    void savedDocumentReadsBackWhole() {
        DocumentResult doc = StoreFixtures.pakistan2018();
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("sub/folder/store.duckdb"))) {
            assertEquals(SaveOutcome.STORED, store.save(doc));
            assertEquals(1, store.documentCount());
            assertTrue(store.containsContent(doc.annotated().document().contentHash()));

            StoredDocument d = store.document("pk-2018-aid").orElseThrow();
            assertEquals(doc.annotated().document().text(), d.text());
            assertEquals("Aid, loans and accusations", d.title());
            assertEquals("https://example.org/pk-2018-aid", d.url());
            assertEquals("Example Wire", d.source());
            assertEquals("A. Writer", d.author());
            assertEquals(LocalDate.of(2018, 3, 20), d.published().date());
            assertEquals(PublicationDateBasis.METADATA, d.published().basis());
            assertEquals("front matter: published", d.published().evidence());
            assertEquals("/corpus/pk-2018-aid.txt", d.origin());
            assertEquals(3, d.sentences());
            assertEquals(doc.annotated().tokenCount(), d.tokens());
            assertEquals(7, d.mentions());
            assertEquals(4, d.events());

            List<StoredDocument> listed = store.documents(10, 0);
            assertEquals(1, listed.size());
            assertEquals(null, listed.get(0).text());

            List<Sentence> sentences = store.sentences("pk-2018-aid");
            assertEquals(3, sentences.size());
            for (int i = 0; i < 3; i++) {
                Sentence expected = doc.annotated().sentences().get(i);
                assertEquals(expected.start(), sentences.get(i).start());
                assertEquals(expected.end(), sentences.get(i).end());
                assertEquals(expected.text(), sentences.get(i).text());
                assertTrue(sentences.get(i).parsed());
                assertEquals(List.of(), sentences.get(i).tokens());
            }

            List<ActorMention> mentions = store.mentions("pk-2018-aid");
            assertEquals(doc.mentions(), mentions);

            for (EventRecord expected : doc.events()) {
                assertEquals(expected, store.event(expected.eventId()).orElseThrow(), expected.eventId());
            }
            StoredEvent withSentence = store.eventWithSentence(doc.events().get(2).eventId()).orElseThrow();
            assertEquals(doc.annotated().sentences().get(2).text(), withSentence.sentence().text());
            assertEquals(doc.annotated().sentences().get(2).start(), withSentence.sentence().start());
            assertTrue(store.event("ev_missing").isEmpty());
            assertTrue(store.document("missing").isEmpty());
        }
    }

    @Test
    void savingTheSameTextTwiceStoresItOnce() {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("s.duckdb"))) {
            assertEquals(SaveOutcome.STORED, store.save(StoreFixtures.pakistan2018()));
            assertEquals(SaveOutcome.ALREADY_PRESENT, store.save(StoreFixtures.pakistan2018()));
            assertEquals(1, store.documentCount());
            assertEquals(4, store.countEvents(EventQuery.all()));
            assertEquals(7, store.mentions("pk-2018-aid").size());
            assertEquals(3, store.sentences("pk-2018-aid").size());

            // the same text under another id is the same document
            DocumentResult same = StoreFixtures.pakistan2018();
            var renamed = new org.chancery.model.AnnotatedDocument(new org.chancery.model.Document("copy-of-it",
                    same.annotated().document().text(), "/elsewhere/copy.txt", same.annotated().document().metadata()),
                    same.annotated().sentences());
            assertEquals(SaveOutcome.ALREADY_PRESENT, store.save(new DocumentResult(renamed, same.mentions(), List.of())));
            assertEquals(1, store.documentCount());
            assertTrue(store.document("copy-of-it").isEmpty());
        }
    }

    @Test
    void aDifferentTextUnderAStoredIdIsRefusedNamingBoth() {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("s.duckdb"))) {
            store.save(StoreFixtures.pakistan2018());
            DocumentResult other = new StoreFixtures.DocBuilder("pk-2018-aid", LocalDate.of(2019, 1, 1))
                    .sentence("Kabul hosted talks with Tehran.").build();
            DocumentIdConflictException e = assertThrows(DocumentIdConflictException.class, () -> store.save(other));
            String stored = StoreFixtures.pakistan2018().annotated().document().contentHash();
            String fresh = other.annotated().document().contentHash();
            assertEquals("document id 'pk-2018-aid' is already stored for a different text (stored: content " + stored
                    + " from /corpus/pk-2018-aid.txt; new: content " + fresh + " from /corpus/pk-2018-aid.txt); give the new document another id",
                    e.getMessage());
            assertEquals(1, store.documentCount());
        }
    }

    @Test
    void aSaveThatFailsMidwayLeavesNoRows() throws Exception {
        // two events with one id: the second event row violates the primary key after the document,
        // its sentences, its mentions and the first event have been inserted
        DocumentResult broken = new StoreFixtures.DocBuilder("broken", LocalDate.of(2020, 5, 1))
                .sentence("Moscow warned Kyiv and Warsaw.")
                .mention(0, "Moscow", "RUSGOV", "Government of Russia", org.chancery.actor.ResolutionBasis.METONYM, "capital:Moscow", false)
                .event(StoreFixtures.ev(0, "warned", PloverType.THREATEN, StoreFixtures.THREATEN_FORCE)
                        .source(StoreFixtures.actor("Moscow", "RUSGOV", "Government of Russia"))
                        .target(StoreFixtures.actor("Kyiv", "UKRGOV", "Government of Ukraine")).id("ev_same"))
                .event(StoreFixtures.ev(0, "warned", PloverType.THREATEN, StoreFixtures.THREATEN_FORCE)
                        .source(StoreFixtures.actor("Moscow", "RUSGOV", "Government of Russia"))
                        .target(StoreFixtures.actor("Warsaw", "POLGOV", "Government of Poland")).id("ev_same"))
                .build();
        Path file = dir.resolve("s.duckdb");
        try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
            store.save(StoreFixtures.pakistan2018());
            StoreException e = assertThrows(StoreException.class, () -> store.save(broken));
            assertTrue(e.getMessage().startsWith("saving document broken (/corpus/broken.txt) failed, nothing of it was stored: "), e.getMessage());
            assertTrue(e.getMessage().contains("ev_same"), e.getMessage());
            assertFalse(store.containsContent(broken.annotated().document().contentHash()));
            assertEquals(1, store.documentCount());
            assertEquals(List.of(), store.sentences("broken"));
            assertEquals(List.of(), store.mentions("broken"));
            // the store still works after the rollback
            assertEquals(4, store.countEvents(EventQuery.all()));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            for (String table : List.of("documents", "sentences", "mentions", "events", "event_actors", "event_quantities", "event_dyads")) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table + " WHERE doc_id = 'broken'")) {
                    rs.next();
                    assertEquals(0, rs.getLong(1), table);
                }
            }
        }
    }

    @Test
    void anEventOfAnotherDocumentIsRefused() {
        DocumentResult good = StoreFixtures.pakistan2018();
        EventRecord foreign = new EventRecord("ev_x", "elsewhere", good.events().get(0).event(), good.events().get(0).date());
        DocumentResult bad = new DocumentResult(good.annotated(), good.mentions(), List.of(foreign));
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("s.duckdb"))) {
            StoreException e = assertThrows(StoreException.class, () -> store.save(bad));
            assertEquals("saving document pk-2018-aid (/corpus/pk-2018-aid.txt) failed, nothing of it was stored: "
                    + "event ev_x names document elsewhere, not pk-2018-aid", e.getMessage());
            assertEquals(0, store.documentCount());
        }
    }

    @Test
    void readOnlyStoreReadsButRefusesSaves() {
        Path file = dir.resolve("s.duckdb");
        try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
            store.save(StoreFixtures.pakistan2018());
        }
        try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(file)) {
            assertTrue(store.isReadOnly());
            assertEquals(4, store.countEvents(EventQuery.all()));
            StoreException e = assertThrows(StoreException.class, () -> store.save(StoreFixtures.pakistan2018()));
            assertEquals("store " + file.toAbsolutePath() + " is open read-only; cannot save document pk-2018-aid", e.getMessage());
        }
        StoreException missing = assertThrows(StoreException.class, () -> DuckDbEventStore.openReadOnly(dir.resolve("none.duckdb")));
        assertEquals("no store at " + dir.resolve("none.duckdb").toAbsolutePath() + "; create one with chancery ingest (or give --db)",
                missing.getMessage());
    }

    @Test
    void actorsAreRankedByActivity() {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("s.duckdb"))) {
            store.save(StoreFixtures.pakistan2018());
            var actors = store.actors(10, 0);
            assertEquals(List.of(
                    new org.chancery.analytics.ActorSummary("PAKGOV", "Government of Pakistan", 2, 1, 1),
                    new org.chancery.analytics.ActorSummary("CHNGOV", "Government of China", 1, 2, 0),
                    new org.chancery.analytics.ActorSummary("PAK", "Pakistan", 1, 0, 1),
                    new org.chancery.analytics.ActorSummary("USA", "United States", 1, 0, 1),
                    new org.chancery.analytics.ActorSummary("USAGOV", "Government of the United States", 1, 1, 0)), actors);
            assertEquals(2, store.actors(2, 3).size());
            assertEquals("USA", store.actors(2, 3).get(0).code());
        }
    }

    @Test
    void mentionsOfMatchCountryOrExactCode() {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("s.duckdb"))) {
            store.save(StoreFixtures.pakistan2018());
            assertEquals(List.of("Islamabad", "Pakistani officials", "Pakistan", "Islamabad"),
                    store.mentionsOf(ActorCode.of("PAK"), 10, 0).stream().map(m -> m.mention().text()).toList());
            assertEquals(List.of("Islamabad", "Pakistani officials"),
                    store.mentionsOf(ActorCode.of("PAKGOV"), 10, 0).stream().map(m -> m.mention().text()).toList());
        }
    }

    @Test
    void optimizeKeepsEveryAnswer() {
        try (DuckDbEventStore store = StoreFixtures.filledStore(dir.resolve("o.duckdb"))) {
            var dyad = new org.chancery.analytics.DyadQuery(ActorCode.of("USA"), ActorCode.of("PAK"), org.chancery.analytics.Period.MONTH,
                    false, org.chancery.analytics.DateAxis.EVENT, null, null, java.util.Set.of());
            var net = new org.chancery.analytics.NetworkQuery(null, null, java.util.Set.of(), java.util.Set.of(), false, 1);
            EventQuery between = new EventQuery(null, null, ActorCode.of("USAGOV"), ActorCode.of("PAK"), false, java.util.Set.of(), null, null,
                    java.util.Set.of(), null, 100, 0);
            var series = store.dyadSeries(dyad);
            var network = store.network(net);
            var events = store.events(between);
            long rows = store.dyadRowCount();
            assertEquals(8, rows);
            assertEquals(rows, store.optimize());
            assertEquals(rows, store.dyadRowCount());
            assertEquals(series, store.dyadSeries(dyad));
            assertEquals(network, store.network(net));
            assertEquals(events, store.events(between));
            assertEquals(SaveOutcome.STORED, store.save(new StoreFixtures.DocBuilder("later", LocalDate.of(2020, 2, 2))
                    .sentence("Washington praised Islamabad.")
                    .event(StoreFixtures.ev(0, "praised", PloverType.SUPPORT, new org.chancery.ontology.CameoCode("051", "Praise or endorse", 3.4, 1))
                            .source(StoreFixtures.actor("Washington", "USAGOV", "Government of the United States"))
                            .target(StoreFixtures.actor("Islamabad", "PAKGOV", "Government of Pakistan"))
                            .day(LocalDate.of(2020, 2, 1)))
                    .build()));
            assertEquals(6, store.dyadSeries(new org.chancery.analytics.DyadQuery(ActorCode.of("USA"), ActorCode.of("PAK"),
                    org.chancery.analytics.Period.YEAR, false, org.chancery.analytics.DateAxis.EVENT, null, null, java.util.Set.of()))
                    .stream().mapToLong(org.chancery.analytics.DyadPoint::events).sum());
        }
    }
}
