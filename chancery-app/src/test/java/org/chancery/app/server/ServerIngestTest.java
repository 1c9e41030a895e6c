package org.chancery.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.chancery.pipeline.EventStore;
import org.chancery.store.DuckDbEventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/ingest} on a server that allows ingestion, with a small real text-only ingestion. */
class ServerIngestTest {
    static final long MAX = 4096;

    @TempDir
    static Path dir;
    static TestServer t;

    @BeforeAll
    static void start() {
        t = TestServer.start(dir, true, MAX);
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void pastedTextIsStoredOnceThenReportedAsDuplicate() throws Exception {
        TestServer.Reply first = t.post("/api/ingest", "application/json",
                utf8("{\"name\":\"pasted-note\",\"text\":\"Pakistan and China met in Beijing.\"}"));
        assertEquals(201, first.status(), first.toString());
        assertEquals(1, first.json().get("ingested").asInt());
        assertEquals("pasted-note", first.json().at("/doc_ids/0").asText());
        TestServer.Reply doc = t.get("/api/documents/pasted-note");
        assertEquals(200, doc.status(), doc.toString());
        assertEquals("Pakistan and China met in Beijing.", doc.json().at("/document/text").asText());

        TestServer.Reply again = t.post("/api/ingest", "application/json",
                utf8("{\"name\":\"pasted-note\",\"text\":\"Pakistan and China met in Beijing.\"}"));
        assertEquals(200, again.status(), again.toString());
        assertEquals(0, again.json().get("ingested").asInt());
        assertEquals(1, again.json().get("duplicates").asInt());
    }

    @Test
    void statusSaysIngestionIsOn() throws Exception {
        TestServer.Reply r = t.get("/api/status");
        assertEquals("true|4096", r.json().get("ingest_allowed").asText() + "|" + r.json().get("max_upload_bytes").asLong());
    }

    @Test
    void uploadedFileIsStoredUnderItsName() throws Exception {
        String boundary = "chanceryBoundary42";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload-one.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nRussia sent envoys to Islamabad.\r\n--" + boundary + "--\r\n";
        TestServer.Reply r = t.post("/api/ingest", "multipart/form-data; boundary=" + boundary, utf8(body));
        assertEquals(201, r.status(), r.toString());
        assertEquals("upload-one", r.json().at("/doc_ids/0").asText());
        assertEquals("Russia sent envoys to Islamabad.", t.get("/api/documents/upload-one").json().at("/document/text").asText());
    }

    @Test
    void ingestionMessagesComeBackAsTheySkip() throws Exception {
        String boundary = "b0undary";
        byte[] head = utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"latin1.txt\"\r\n\r\n");
        byte[] bad = {(byte) 0xC3, (byte) 0x28, 'x'};
        byte[] tail = utf8("\r\n--" + boundary + "--\r\n");
        byte[] body = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bad, 0, body, head.length, bad.length);
        System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);
        TestServer.Reply r = t.post("/api/ingest", "multipart/form-data; boundary=" + boundary, body);
        assertEquals(422, r.status(), r.toString());
        assertEquals("latin1.txt: not valid UTF-8; re-save the file as UTF-8", r.json().at("/skipped/0/message").asText());
    }

    @Test
    void badBodiesAreRefusedNamingTheField() throws Exception {
        TestServer.Reply notJson = t.post("/api/ingest", "application/json", utf8("{name: "));
        assertEquals(400, notJson.status(), notJson.toString());
        assertEquals("body", notJson.json().at("/error/parameter").asText());
        TestServer.Reply noText = t.post("/api/ingest", "application/json", utf8("{\"name\":\"a.txt\"}"));
        assertEquals("400 text", noText.status() + " " + noText.json().at("/error/parameter").asText());
        TestServer.Reply slash = t.post("/api/ingest", "application/json", utf8("{\"name\":\"../etc/x.txt\",\"text\":\"Hi.\"}"));
        assertEquals("400 name", slash.status() + " " + slash.json().at("/error/parameter").asText());
        TestServer.Reply plain = t.post("/api/ingest", "text/plain", utf8("Pakistan."));
        assertEquals("415 Content-Type", plain.status() + " " + plain.json().at("/error/parameter").asText());
    }

    @Test
    void bodiesOverTheLimitAre413() throws Exception {
        String big = "x".repeat((int) MAX + 10);
        TestServer.Reply r = t.post("/api/ingest", "application/json", utf8("{\"name\":\"big.txt\",\"text\":\"" + big + "\"}"));
        assertEquals(413, r.status(), r.toString());
        assertEquals("body", r.json().at("/error/parameter").asText());
        assertEquals(413, r.json().at("/error/status").asInt());
        assertEquals(404, t.get("/api/documents/big").status());
    }

    @Test
    void chunkedUploadsOverTheLimitAre413() throws Exception {
        String boundary = "bigBoundary";
        byte[] body = utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n"
                + "y".repeat((int) MAX * 2) + "\r\n--" + boundary + "--\r\n");
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(t.url("/api/ingest")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build();
        TestServer.Reply r = t.send(chunked);
        assertEquals(413, r.status(), r.toString());
        assertEquals(413, r.json().at("/error/status").asInt(), r.toString());
        assertEquals("file", r.json().at("/error/parameter").asText(), r.toString());
        assertEquals(404, t.get("/api/documents/big").status());
    }

    @Test
    void getIsNotAllowedOnIngest() throws Exception {
        TestServer.Reply r = t.send(HttpRequest.newBuilder(URI.create(t.url("/api/ingest"))).GET().build());
        assertTrue(r.status() == 404 || r.status() == 405, r.toString());
        assertEquals(r.status(), r.json().at("/error/status").asInt());
    }

    @Test
    void allowIngestWithoutAnIngestionIsRefusedAtStart() {
        try (EventStore store = DuckDbEventStore.open(dir.resolve("other.duckdb"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ChanceryServer.start(ServerConfig.defaults().withPort(0).withAllowIngest(true), store, null));
            assertEquals("allowIngest is set but no Ingestion was given", e.getMessage());
        }
    }
}
