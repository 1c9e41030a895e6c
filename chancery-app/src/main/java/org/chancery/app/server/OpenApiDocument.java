package org.chancery.app.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the OpenAPI 3 description of exactly the routes the server registers. */
final class OpenApiDocument {
    private OpenApiDocument() {}

    static Map<String, Object> of(List<ApiRoute> routes, String version) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of(
                "title", "chancery API",
                "version", version,
                "description", "Evidence-linked event data: documents, events with their explanation, actors, dyad series and networks."));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (ApiRoute r : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(r.path(), k -> new LinkedHashMap<String, Object>());
            item.put(r.method().name().toLowerCase(Locale.ROOT), operation(r));
        }
        doc.put("paths", paths);
        Map<String, Object> errorInner = new LinkedHashMap<>();
        errorInner.put("type", "object");
        errorInner.put("required", List.of("status", "message"));
        errorInner.put("properties", Map.of(
                "status", Map.of("type", "integer"),
                "parameter", Map.of("type", "string", "nullable", true, "description", "the parameter at fault, if any"),
                "message", Map.of("type", "string")));
        doc.put("components", Map.of("schemas", Map.of("Error", Map.of(
                "type", "object",
                "required", List.of("error"),
                "properties", Map.of("error", errorInner)))));
        return doc;
    }

    private static Map<String, Object> operation(ApiRoute r) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", r.operationId());
        op.put("tags", List.of(r.tag()));
        op.put("summary", r.summary());
        List<Object> params = new ArrayList<>();
        for (ApiParameter p : r.parameters()) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", p.type());
            if (p.format() != null) {
                schema.put("format", p.format());
            }
            if (!p.values().isEmpty()) {
                schema.put("enum", p.values());
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("in", p.in());
            m.put("required", p.required());
            m.put("description", p.description());
            m.put("schema", schema);
            params.add(m);
        }
        op.put("parameters", params);
        if (!r.body().isEmpty()) {
            Map<String, Object> content = new LinkedHashMap<>();
            for (String media : r.body()) {
                content.put(media, Map.of("schema", Map.of("type", "object")));
            }
            op.put("requestBody", Map.of("required", true, "content", content));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", "OK", "content", Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
        Map<String, Object> error = Map.of("content", Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
        responses.put("400", withDescription(error, "a parameter is invalid; error.parameter names it"));
        if (r.path().contains("{")) {
            responses.put("404", withDescription(error, "no such item"));
        }
        if (!r.body().isEmpty()) {
            responses.put("403", withDescription(error, "ingestion is disabled on this server"));
            responses.put("413", withDescription(error, "request body too large"));
        }
        op.put("responses", responses);
        return op;
    }

    private static Map<String, Object> withDescription(Map<String, Object> base, String description) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        m.put("description", description);
        return m;
    }
}
