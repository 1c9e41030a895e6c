package org.chancery.app.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Objects;

/**
 * One API route: what the server registers and what the OpenAPI document describes come from this
 * same record, so the two cannot drift apart.
 *
 * @param method      HTTP method
 * @param path        Javalin path, with {@code {name}} path parameters (the same syntax as OpenAPI)
 * @param operationId OpenAPI operation id
 * @param tag         OpenAPI tag (group)
 * @param summary     one line for the OpenAPI document
 * @param parameters  every parameter the route reads; a query parameter not listed is refused
 * @param body        request body media types (empty for none)
 * @param handler     the handler
 */
public record ApiRoute(HandlerType method, String path, String operationId, String tag, String summary,
                       List<ApiParameter> parameters, List<String> body, Handler handler) {
    public ApiRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(handler, "handler");
        parameters = List.copyOf(parameters);
        body = List.copyOf(body);
        for (ApiParameter p : parameters) {
            boolean inPath = path.contains("{" + p.name() + "}");
            if (p.in().equals("path") != inPath) {
                throw new IllegalArgumentException("route " + method + " " + path + ": parameter " + p.name()
                        + " is declared in " + p.in() + " but " + (inPath ? "appears" : "does not appear") + " in the path");
            }
        }
    }

    /** Method and path, e.g. {@code GET /api/events/{id}}: the key the OpenAPI test compares. */
    public String key() {
        return method.name() + " " + path;
    }
}
