package org.chancery.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.chancery.ingest.Ingestion;
import org.chancery.pipeline.DocumentResult;
import org.chancery.store.DuckDbEventStore;

/** A real DuckDB store in a temp folder, filled with {@link ServerFixture}, served on a free port. */
final class TestServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final DuckDbEventStore store;
    final ChanceryServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(DuckDbEventStore store, ChanceryServer server) {
        this.store = store;
        this.server = server;
    }

    static TestServer start(Path dir, boolean allowIngest, long maxUpload) {
        DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("server-test.duckdb"));
        for (DocumentResult r : ServerFixture.documents()) {
            store.save(r);
        }
        Ingestion ingestion = allowIngest ? new TextOnlyIngestion(store) : null;
        ServerConfig config = ServerConfig.defaults().withPort(0).withAllowIngest(allowIngest).withMaxUploadBytes(maxUpload);
        return new TestServer(store, ChanceryServer.start(config, store, ingestion));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    Reply post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String text = new String(r.body(), StandardCharsets.UTF_8);
        JsonNode json = null;
        if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            json = JSON.readTree(text);
        }
        return new Reply(r.statusCode(), json, text, r.headers().firstValue("Content-Type").orElse(""));
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }

    /** One HTTP answer: status, parsed JSON (when JSON), raw text. */
    record Reply(int status, JsonNode json, String text, String contentType) {
        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
