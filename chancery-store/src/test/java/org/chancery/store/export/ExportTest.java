package org.chancery.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.chancery.analytics.EventQuery;
import org.chancery.ontology.PloverType;
import org.chancery.store.DuckDbEventStore;
import org.chancery.store.StoreFixtures;
import org.chancery.store.StoredEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportTest {
    @TempDir
    static Path dir;
    static DuckDbEventStore store;

    @BeforeAll
    static void fill() {
        store = StoreFixtures.filledStore(dir.resolve("x.duckdb"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static StoredEvent only(PloverType type, String docId) {
        List<StoredEvent> found = store.eventsWithSentences(new EventQuery(docId, null, null, null, false, Set.of(type), null, null, Set.of(), null, 10, 0));
        assertEquals(1, found.size());
        return found.get(0);
    }

    @Test
    void eventJsonIsTheContractObject() {
        StoredEvent pledge = only(PloverType.AID, "pk-2018-aid");
        String expected = "{\"doc_id\":\"pk-2018-aid\",\"event_id\":\"" + pledge.record().eventId() + "\","
                + "\"sentence\":{\"index\":2,\"start\":158,\"end\":236,\"text\":\"Beijing pledged $500 million in loans to Pakistan during a visit to Islamabad.\"},"
                + "\"trigger\":{\"start\":166,\"end\":173,\"text\":\"pledged\"},"
                + "\"source\":[{\"code\":\"CHNGOV\",\"name\":\"Government of China\",\"text\":\"Beijing\",\"start\":158,\"end\":165,\"basis\":\"DICTIONARY\",\"entry\":\"country:CHN\"}],"
                + "\"target\":[{\"code\":\"PAK\",\"name\":\"Pakistan\",\"text\":\"Pakistan\",\"start\":199,\"end\":207,\"basis\":\"DICTIONARY\",\"entry\":\"country:PAK\"}],"
                + "\"plover\":{\"type\":\"AID\",\"mode\":\"pledge\",\"context\":[\"economic\"]},"
                + "\"cameo\":{\"code\":\"071\",\"root\":\"07\",\"goldstein\":7.4,\"quad_class\":2,\"name\":\"Provide economic aid\"},"
                + "\"date\":{\"start\":\"2018-03-01\",\"end\":\"2018-03-31\",\"granularity\":\"MONTH\",\"basis\":\"PUBLICATION\",\"text\":null},"
                + "\"quantities\":[{\"text\":\"$500 million\",\"value\":500000000,\"unit\":\"USD\",\"start\":174,\"end\":186}],"
                + "\"modality\":\"ASSERTED\",\"confidence\":0.8,"
                + "\"provenance\":{\"rule\":\"aid.pledge\",\"dictionaries\":\"sha256:0123abcd\",\"version\":\"0.1.0\",\"dependency_path\":\"nsubj(pledged)\","
                + "\"entries\":[\"country:CHN\",\"country:PAK\"]}}";
        assertEquals(expected, EventJson.toLine(pledge));
    }

    @Test
    void unknownDatesAndMissingModeAreNull() throws Exception {
        StoredEvent visit = only(PloverType.CONSULT, "pk-2018-aid");
        JsonNode n = new ObjectMapper().readTree(EventJson.toLine(visit));
        assertEquals("{\"start\":null,\"end\":null,\"granularity\":null,\"basis\":\"UNKNOWN\",\"text\":null}", n.get("date").toString());
        assertEquals("[]", n.get("target").toString());
        StoredEvent cut = only(PloverType.SANCTION, "relations-2019");
        assertTrue(new ObjectMapper().readTree(EventJson.toLine(cut)).get("plover").get("mode").isNull());
    }

    @Test
    void jsonlHasOneContractObjectPerEventInDocumentOrder() throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(8, JsonlExporter.export(store, out));
        String[] lines = out.toString().split("\n");
        assertEquals(8, lines.length);
        ObjectMapper m = new ObjectMapper();
        List<String> triggers = Arrays.stream(lines).map(l -> {
            try {
                return m.readTree(l).get("trigger").get("text").asText();
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertEquals(List.of("suspended", "accused", "pledged", "visit", "cooperate", "cut off", "threaten", "funded"), triggers);
        StringWriter filtered = new StringWriter();
        EventQuery aid = new EventQuery(null, null, null, null, false, Set.of(PloverType.AID), null, null, Set.of(), null, 1, 0);
        assertEquals(2, JsonlExporter.export(store, aid, filtered));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "plain|plain",
            "with, comma|\"with, comma\"",
            "say \"no\"|\"say \"\"no\"\"\"",
            "''|''"})
    void csvQuotesOnlyWhenNeeded(String field, String expected) {
        assertEquals(expected, CsvExporter.quote(field));
    }

    @Test
    void csvQuotesLineBreaks() {
        assertEquals("\"two\nlines\"", CsvExporter.quote("two\nlines"));
        assertEquals("\"carriage\rreturn\"", CsvExporter.quote("carriage\rreturn"));
    }

    @Test
    void csvHasAHeaderAndOneRowPerEvent() {
        StringWriter out = new StringWriter();
        assertEquals(8, CsvExporter.export(store, out));
        String[] lines = out.toString().split("\r\n");
        assertEquals(9, lines.length);
        assertEquals(String.join(",", CsvExporter.HEADER), lines[0]);
        StoredEvent funded = only(PloverType.AID, "relations-2019");
        String expected = "relations-2019," + funded.record().eventId() + ",3,240,331,295,301,funded,USAGOV;USAMIL,"
                + "Government of the United States;Military of the United States,the State Department;the Pentagon,PAK,Pakistan,Pakistan,"
                + "AID,,,071,07,7.4,2,2019-02-01,2019-02-28,MONTH,TEXT,In February 2019,,,,HABITUAL,0.8,aid.fund,sha256:0123abcd,0.1.0,"
                + "country:USA;country:USA;country:PAK,"
                + "\"In February 2019 the State Department and the Pentagon funded \"\"small\"\" projects in Pakistan.\"";
        assertEquals(expected, lines[8]);
        assertTrue(lines[2].endsWith(",\"Pakistani officials accused the United States of ignoring the war's cost, a spokesman said.\""), lines[2]);
        assertTrue(out.toString().endsWith("\r\n"));
    }

    @Test
    void mentionsExportOneObjectPerMention() {
        StringWriter out = new StringWriter();
        assertEquals(7, MentionsExporter.export(store, out));
        String[] lines = out.toString().split("\n");
        assertEquals(7, lines.length);
        assertEquals("{\"doc_id\":\"pk-2018-aid\",\"start\":0,\"end\":10,\"text\":\"Washington\",\"code\":\"USAGOV\",\"basis\":\"METONYM\","
                + "\"entry\":\"capital:Washington\",\"name\":\"Government of the United States\",\"sentence_index\":0,\"locative\":false}", lines[0]);
        assertTrue(lines[6].endsWith("\"sentence_index\":2,\"locative\":true}"), lines[6]);
    }

    @Test
    void parquetIsReadableByDuckDb() throws Exception {
        Path file = dir.resolve("out/events.parquet");
        store.exportParquet(file);
        assertTrue(Files.size(file) > 0);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            String src = "read_parquet('" + file + "')";
            try (ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT event_id) FROM " + src)) {
                rs.next();
                assertEquals(8, rs.getLong(1));
                assertEquals(8, rs.getLong(2));
            }
            try (ResultSet rs = s.executeQuery("SELECT source_codes, target_codes, quantity_values, date_start, goldstein FROM " + src
                    + " WHERE trigger_text = 'funded'")) {
                rs.next();
                assertEquals(List.of("USAGOV", "USAMIL"), strings(rs.getArray(1)));
                assertEquals(List.of("PAK"), strings(rs.getArray(2)));
                assertEquals(0, ((Object[]) rs.getArray(3).getArray()).length);
                assertEquals("2019-02-01", rs.getObject(4).toString());
                assertEquals(7.4, rs.getDouble(5), 1e-9);
            }
            try (ResultSet rs = s.executeQuery("SELECT quantity_values, quantity_units FROM " + src + " WHERE trigger_text = 'pledged'")) {
                rs.next();
                assertEquals(5.0e8, (Double) ((Object[]) rs.getArray(1).getArray())[0], 1e-3);
                assertEquals(List.of("USD"), strings(rs.getArray(2)));
            }
        }
    }

    @Test
    void byteStreamsGetTheSameUtf8Text() {
        for (int kind = 0; kind < 3; kind++) {
            StringWriter chars = new StringWriter();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            switch (kind) {
                case 0 -> {
                    JsonlExporter.export(store, chars);
                    JsonlExporter.export(store, bytes);
                }
                case 1 -> {
                    CsvExporter.export(store, chars);
                    CsvExporter.export(store, bytes);
                }
                default -> {
                    MentionsExporter.export(store, chars);
                    MentionsExporter.export(store, bytes);
                }
            }
            assertEquals(chars.toString(), bytes.toString(java.nio.charset.StandardCharsets.UTF_8), "exporter " + kind);
        }
    }

    private static List<Object> strings(Array a) throws Exception {
        return Arrays.asList((Object[]) a.getArray());
    }
}
