package org.chancery.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancery.analytics.EventQuery;
import org.chancery.coding.EventActor;
import org.chancery.ontology.PloverType;
import org.chancery.pipeline.EventRecord;
import org.chancery.store.DuckDbEventStore;
import org.chancery.temporal.DateBasis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product on the project's example articles: the real CLI, CoreNLP, dictionaries, rules,
 * time grammar and DuckDB. Asserts specific events (type, source, target, date) and the batch
 * behaviour (idempotent re-run; a corrupt file among good ones).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExamplesEndToEndIT {
    static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    static Path dir;

    static Path db;
    static CliBadInputIT.Run first;

    @BeforeAll
    static void ingestExamples() {
        db = dir.resolve("examples.duckdb");
        first = CliBadInputIT.run("ingest", "--db", db.toString(), EXAMPLES.toString());
    }

    private static List<EventRecord> events(PloverType type, String a, String b) {
        try (DuckDbEventStore s = DuckDbEventStore.openReadOnly(db)) {
            return s.events(new EventQuery(null, null, org.chancery.actor.ActorCode.of(a), org.chancery.actor.ActorCode.of(b), true,
                    Set.of(type), null, null, Set.of(), null, 1000, 0));
        }
    }

    private static String codes(List<EventActor> actors) {
        return actors.stream().map(x -> x.code().value()).sorted().collect(Collectors.joining(","));
    }

    @Test
    @Order(1)
    void allExamplesAreIngested() {
        assertEquals(ExitCode.OK, first.code(), first.err());
        assertTrue(first.out().startsWith("ingested 5 documents ("), first.out());
        assertEquals("", first.err());
    }

    @Test
    @Order(2)
    void trumpsAccusationIsDatedByTheTextNotThePublication() {
        List<EventRecord> accusations = events(PloverType.ACCUSE, "USA", "PAK");
        EventRecord e = accusations.stream().filter(r -> r.event().triggerText().equals("accused")).findFirst().orElseThrow(
                () -> new AssertionError("no USA->PAK ACCUSE 'accused' in " + accusations));
        assertEquals(LocalDate.of(2017, 8, 1), e.date().start());
        assertEquals(LocalDate.of(2017, 8, 31), e.date().end());
        assertEquals(DateBasis.TEXT, e.date().basis());
        assertEquals("PAK", codes(e.event().target()));
    }

    @Test
    @Order(3)
    void pakistanUrgesIndiaOnADayTheTextGives() {
        EventRecord e = events(PloverType.REQUEST, "PAK", "IND").stream().filter(r -> r.event().triggerText().equals("urged"))
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2019, 2, 28), e.date().start());
        assertEquals(LocalDate.of(2019, 2, 28), e.date().end());
    }

    @Test
    @Order(4)
    void washingtonSuspendsAssistanceToPakistan() {
        // "has suspended most of its security assistance to Pakistan": one sanction (CAMEO 16x), not aid
        List<EventRecord> cut = events(PloverType.SANCTION, "USA", "PAK");
        assertFalse(cut.isEmpty(), "no USA->PAK SANCTION event");
        assertEquals(LocalDate.of(2018, 1, 4), cut.get(0).date().start());
        assertTrue(cut.get(0).event().cameo().code().startsWith("16"), cut.get(0).event().cameo().code());
        assertTrue(events(PloverType.AID, "USA", "PAK").stream().noneMatch(e -> e.date().start() != null
                && e.date().start().equals(LocalDate.of(2018, 1, 4))), "the suspended assistance is not also an AID event");
    }

    @Test
    @Order(5)
    void theEmbargoLiftedInJuneOfThatYearIsDatedToTheYearTheArticleNamedBefore() {
        // "The thaw began in 2014. In June of that year Russia lifted its embargo ..." in an article of October 2017
        EventRecord lift = events(PloverType.RETREAT, "RUS", "PAK").get(0);
        assertEquals(LocalDate.of(2014, 6, 1), lift.date().start());
        assertEquals(LocalDate.of(2014, 6, 30), lift.date().end());
    }

    @Test
    @Order(5)
    void theFatfKeepsPakistanOnItsGreyList() {
        EventRecord e = events(PloverType.SANCTION, "FATF", "PAK").get(0);
        assertEquals("FATF", codes(e.event().source()));
        assertEquals("PAK", codes(e.event().target()));
    }

    @Test
    @Order(6)
    void exportWritesOneContractObjectPerEvent() throws Exception {
        Path out = dir.resolve("events.jsonl");
        CliBadInputIT.Run r = CliBadInputIT.run("export", "--db", db.toString(), "--format", "jsonl", "--out", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        long stored;
        try (DuckDbEventStore s = DuckDbEventStore.openReadOnly(db)) {
            stored = s.countEvents(EventQuery.all());
        }
        assertEquals(stored, lines.size());
        assertEquals("exported " + stored + " events\n", r.err());
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode n = json.readTree(line);
            for (String field : List.of("doc_id", "event_id", "sentence", "trigger", "source", "target", "plover", "cameo", "date",
                    "quantities", "modality", "confidence", "provenance")) {
                assertTrue(n.has(field), field + " missing in " + line);
            }
            String doc = Files.readString(EXAMPLES.resolve(n.get("doc_id").asText() + ".txt"));
            String body = doc.substring(doc.indexOf("\n---\n") + 5);
            JsonNode t = n.get("trigger");
            assertEquals(t.get("text").asText(), body.substring(t.get("start").asInt(), t.get("end").asInt()), line);
        }
    }

    @Test
    @Order(7)
    void reRunningAddsNothing() {
        CliBadInputIT.Run again = CliBadInputIT.run("ingest", "--db", db.toString(), EXAMPLES.toString());
        assertEquals(ExitCode.OK, again.code(), again.err());
        assertEquals("ingested 0 documents (0 events); 5 already present; 0 skipped\n", again.out());
    }

    @Test
    @Order(8)
    void aCorruptFileAmongGoodOnesIsNamedAndTheRestStored() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.copy(EXAMPLES.resolve("2019-03-pulwama-balakot.txt"), batch.resolve("good.txt"));
        Path bad = Files.write(batch.resolve("broken.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a', 'b'});
        Path store = dir.resolve("batch.duckdb");
        CliBadInputIT.Run r = CliBadInputIT.run("ingest", "--db", store.toString(), batch.toString());
        assertEquals(ExitCode.PARTIAL, r.code());
        assertEquals("skipped: " + bad + ": not valid UTF-8 at byte 0; re-save the file as UTF-8\n", r.err());
        assertTrue(r.out().startsWith("ingested 1 document ("), r.out());
        CliBadInputIT.Run again = CliBadInputIT.run("ingest", "--db", store.toString(), batch.toString());
        assertEquals("ingested 0 documents (0 events); 1 already present; 1 skipped\n", again.out());
        try (DuckDbEventStore s = DuckDbEventStore.openReadOnly(store)) {
            assertEquals(1, s.documentCount());
        }
    }
}
