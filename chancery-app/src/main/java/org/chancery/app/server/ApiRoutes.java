package org.chancery.app.server;

import static org.chancery.app.server.ApiParameter.choice;
import static org.chancery.app.server.ApiParameter.date;
import static org.chancery.app.server.ApiParameter.path;
import static org.chancery.app.server.ApiParameter.query;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chancery.actor.ActorCode;
import org.chancery.analytics.DyadQuery;
import org.chancery.analytics.EventQuery;
import org.chancery.analytics.NetworkQuery;
import org.chancery.analytics.Period;
import org.chancery.ingest.IngestSummary;
import org.chancery.ingest.Ingestion;
import org.chancery.ingest.SkippedInput;

/**
 * The API's route table: each route's path, parameters, documentation and handler in one record.
 * Handlers are thin: read parameters, ask the {@link StoreReader}, answer JSON.
 */
final class ApiRoutes {
    static final int DEFAULT_LIMIT = 50;

    private static final ApiParameter LIMIT = query("limit", "integer", "page size, 1.." + RequestParameters.MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")");
    private static final ApiParameter OFFSET = query("offset", "integer", "items to skip (default 0)");
    private static final ApiParameter FROM = date("from", "first day (YYYY-MM-DD): events whose date interval ends on or after it");
    private static final ApiParameter TO = date("to", "last day (YYYY-MM-DD): events whose date interval starts on or before it");
    private static final ApiParameter TYPE = query("type", "string", "comma list of PLOVER types (AGREE, AID, ASSAULT...)");
    private static final ApiParameter MODALITY = query("modality", "string",
            "comma list of modalities (ASSERTED, NEGATED, HYPOTHETICAL, RECOMMENDED, PLANNED, REPORTED, HABITUAL), or all, or facts");
    private static final ApiParameter DIRECTED = query("directed", "boolean", "when true, the first actor must be the source (default false)");
    private static final ApiParameter PERIOD = choice("period", "bucket size (default month)", List.of("month", "quarter", "year"));

    private ApiRoutes() {}

    static List<ApiRoute> build(StoreReader reader, Ingestion ingestion, ServerConfig config, ObjectMapper json, String version,
                                Supplier<Map<String, Object>> openApi) {
        List<ApiRoute> r = new ArrayList<>();
        r.add(new ApiRoute(HandlerType.GET, "/api/status", "status", "meta",
                "Server version, whether ingestion is allowed, and the upload limit", List.of(), List.of(), ctx -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("version", version);
                    m.put("ingest_allowed", config.allowIngest() && ingestion != null);
                    m.put("max_upload_bytes", config.maxUploadBytes());
                    m.put("documents", reader.documentCount());
                    ctx.json(m);
                }));
        r.add(new ApiRoute(HandlerType.GET, "/api/overview", "overview", "overview",
                "Most active actors and dyads, event-type mix, period covered, documents", List.of(), List.of(),
                ctx -> ctx.json(reader.overview())));
        r.add(new ApiRoute(HandlerType.GET, "/api/documents", "listDocuments", "documents", "Documents, newest first, paged",
                List.of(LIMIT, OFFSET), List.of(), ctx -> {
                    RequestParameters p = new RequestParameters(ctx);
                    ctx.json(reader.documents(p.limit(DEFAULT_LIMIT), p.offset()));
                }));
        r.add(new ApiRoute(HandlerType.GET, "/api/documents/{id}", "getDocument", "documents",
                "One document: text, sentences, actor mentions and events located in the text",
                List.of(path("id", "document id")), List.of(), ctx -> ctx.json(reader.document(ctx.pathParam("id")))));
        r.add(new ApiRoute(HandlerType.GET, "/api/events", "listEvents", "events", "Events matching the filters, paged",
                List.of(query("actor", "string", "actor code; a three-letter country code matches all its sectors"),
                        query("dyad", "string", "two actor codes A:B: events between them"),
                        DIRECTED, TYPE, FROM, TO, MODALITY,
                        query("q", "string", "case-insensitive text to find in the evidence sentence"),
                        query("doc", "string", "only events of this document"),
                        LIMIT, OFFSET), List.of(), ctx -> ctx.json(reader.events(eventQuery(new RequestParameters(ctx))))));
        r.add(new ApiRoute(HandlerType.GET, "/api/events/{id}", "getEvent", "events",
                "One event in the export contract's shape, with its explanation: rule, dependency path, dictionary entries, actor bases, sentence",
                List.of(path("id", "event id")), List.of(), ctx -> ctx.json(reader.event(ctx.pathParam("id")))));
        r.add(new ApiRoute(HandlerType.GET, "/api/actors", "listActors", "actors", "Actors, most active first, paged",
                List.of(LIMIT, OFFSET), List.of(), ctx -> {
                    RequestParameters p = new RequestParameters(ctx);
                    ctx.json(reader.actors(p.limit(DEFAULT_LIMIT), p.offset()));
                }));
        r.add(new ApiRoute(HandlerType.GET, "/api/actors/{code}", "getActor", "actors",
                "One actor: counterparts and activity over time (asserted kinds)",
                List.of(path("code", "actor code (PAK, PAKGOV, UNSC...)"), PERIOD), List.of(), ctx -> {
                    RequestParameters p = new RequestParameters(ctx);
                    ctx.json(reader.actor(p.actorPath("code"), p.period("period", Period.MONTH)));
                }));
        r.add(new ApiRoute(HandlerType.GET, "/api/dyads/{a}/{b}/series", "dyadSeries", "dyads",
                "Time series of a dyad: events per PLOVER type and CAMEO QuadClass, Goldstein sum and mean",
                List.of(path("a", "first actor code"), path("b", "second actor code"), PERIOD,
                        choice("axis", "which date buckets an event: event (default) or publication", List.of("event", "publication")),
                        DIRECTED, MODALITY, FROM, TO), List.of(), ctx -> {
                    RequestParameters p = new RequestParameters(ctx);
                    ActorCode a = p.actorPath("a");
                    ActorCode b = p.actorPath("b");
                    RequestParameters.DateRange range = p.dateRange();
                    ctx.json(reader.dyadSeries(new DyadQuery(a, b, p.period("period", Period.MONTH), p.bool("directed", false),
                            p.axis("axis"), range.from(), range.to(), p.modalities("modality"))));
                }));
        r.add(new ApiRoute(HandlerType.GET, "/api/network", "network", "network",
                "Actors as nodes, dyads as edges weighted by cooperation and conflict",
                List.of(FROM, TO, TYPE, MODALITY,
                        choice("level", "country (default) merges sectors into their country; full keeps codes as coded", List.of("country", "full")),
                        query("min", "integer", "least events for an edge (default 1)")), List.of(), ctx -> {
                    RequestParameters p = new RequestParameters(ctx);
                    RequestParameters.DateRange range = p.dateRange();
                    ctx.json(reader.network(new NetworkQuery(range.from(), range.to(), p.types("type"), p.modalities("modality"),
                            p.choice("level", "country", List.of("country", "full")).equals("country"),
                            p.integer("min", 1, 1, 1_000_000))));
                }));
        r.add(new ApiRoute(HandlerType.POST, "/api/ingest", "ingest", "ingest",
                "Ingest pasted text (JSON {name, text}) or an uploaded file (multipart field 'file'); only when the server allows ingestion",
                List.of(), List.of("application/json", "multipart/form-data"), ctx -> ingest(ctx, ingestion, config, json)));
        r.add(new ApiRoute(HandlerType.GET, "/api/openapi.json", "openapi", "meta", "This OpenAPI document", List.of(), List.of(),
                ctx -> ctx.json(openApi.get())));
        return List.copyOf(r);
    }

    static EventQuery eventQuery(RequestParameters p) {
        ActorCode[] dyad = p.dyad("dyad");
        RequestParameters.DateRange range = p.dateRange();
        String q = p.string("q");
        if (q != null && q.length() > 200) {
            throw ApiException.badParameter("q", "q must be at most 200 characters, got " + q.length());
        }
        return new EventQuery(p.string("doc"), p.actorQuery("actor"), dyad == null ? null : dyad[0], dyad == null ? null : dyad[1],
                p.bool("directed", false), p.types("type"), range.from(), range.to(), p.modalities("modality"), q,
                p.limit(DEFAULT_LIMIT), p.offset());
    }

    private static void ingest(Context ctx, Ingestion ingestion, ServerConfig config, ObjectMapper json) throws IOException {
        if (!config.allowIngest() || ingestion == null) {
            throw new ApiException(403, null, "ingestion is disabled on this server; start it with --allow-ingest to enable it");
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > config.maxUploadBytes()) {
            throw new ApiException(413, "body", "request body has " + declared + " bytes; this server accepts at most " + config.maxUploadBytes());
        }
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        String name;
        byte[] content;
        if (contentType.startsWith("multipart/form-data")) {
            UploadedFile file;
            try {
                file = ctx.uploadedFile("file");
            } catch (IllegalStateException e) {
                // Jetty's multipart parser refuses parts over the configured limits
                throw new ApiException(413, "file", "upload is larger than this server accepts (" + config.maxUploadBytes() + " bytes)");
            }
            if (file == null) {
                throw ApiException.badParameter("file", "multipart upload needs a field named 'file'");
            }
            if (file.size() > config.maxUploadBytes()) {
                throw new ApiException(413, "file", "file has " + file.size() + " bytes; this server accepts at most " + config.maxUploadBytes());
            }
            name = file.filename();
            try (InputStream in = file.content()) {
                content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxUploadBytes() + 1));
            }
        } else if (contentType.startsWith("application/json")) {
            byte[] body = ctx.bodyAsBytes();
            if (body.length > config.maxUploadBytes()) {
                throw new ApiException(413, "body", "request body has " + body.length + " bytes; this server accepts at most " + config.maxUploadBytes());
            }
            JsonNode node;
            try {
                node = json.readTree(body);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw ApiException.badParameter("body", "body is not valid JSON: " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                throw ApiException.badParameter("body", "body must be a JSON object {\"name\": ..., \"text\": ...}");
            }
            JsonNode text = node.get("text");
            if (text == null || !text.isTextual() || text.asText().isBlank()) {
                throw ApiException.badParameter("text", "text must be a non-empty string");
            }
            JsonNode n = node.get("name");
            if (n != null && !n.isTextual()) {
                throw ApiException.badParameter("name", "name must be a string");
            }
            name = n == null || n.asText().isBlank() ? "pasted.txt" : n.asText().trim();
            content = text.asText().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } else {
            throw new ApiException(415, "Content-Type", "send application/json {name, text} or multipart/form-data with a 'file' field, got '"
                    + ctx.contentType() + "'");
        }
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.length() > 200) {
            throw ApiException.badParameter("name", "name must be a plain file name (no slashes, at most 200 characters), got '" + name + "'");
        }
        if (!name.contains(".")) {
            name = name + ".txt";
        }
        IngestSummary s = ingestion.ingestBytes(name, content);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ingested", s.ingested());
        m.put("duplicates", s.duplicates());
        m.put("events", s.events());
        m.put("doc_ids", s.docIds());
        List<Object> skipped = new ArrayList<>();
        for (SkippedInput si : s.skipped()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("location", si.location());
            sm.put("reason", si.reason());
            sm.put("remedy", si.remedy());
            sm.put("message", si.message());
            skipped.add(sm);
        }
        m.put("skipped", skipped);
        ctx.status(s.ingested() > 0 ? 201 : s.anySkipped() && s.duplicates() == 0 ? 422 : 200).json(m);
    }

    static Set<String> keys(List<ApiRoute> routes) {
        Set<String> out = new java.util.TreeSet<>();
        for (ApiRoute r : routes) {
            out.add(r.key());
        }
        return out;
    }
}
