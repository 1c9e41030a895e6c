package org.chancery.app.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses. Every API error has the shape
 * {@code {"error": {"status": 400, "parameter": "period", "message": "..."}}}; {@code parameter} is
 * null when no single parameter is at fault. Unexpected exceptions are logged with their stack trace
 * and answered with a 500 that does not leak internals.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {}

    static void install(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.parameter(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            String parameter = e.getStatus() == 413 ? "body" : null;
            String message = switch (e.getStatus()) {
                case 413 -> "request body is larger than the server accepts";
                case 404 -> "no such route: " + ctx.method() + " " + ctx.path() + "; see /api/openapi.json";
                default -> e.getMessage();
            };
            write(ctx, e.getStatus(), parameter, message);
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            write(ctx, 500, null, "internal error (" + e.getClass().getSimpleName() + "); the server log has the details");
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.resultInputStream() == null) {
                write(ctx, 404, null, "no such route: " + ctx.method() + " " + ctx.path() + "; see /api/openapi.json");
            }
        });
        app.error(405, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.resultInputStream() == null) {
                write(ctx, 405, null, "method " + ctx.method() + " is not allowed on " + ctx.path());
            }
        });
    }

    static Map<String, Object> body(int status, String parameter, String message) {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("status", status);
        inner.put("parameter", parameter);
        inner.put("message", message);
        return Map.of("error", inner);
    }

    private static void write(Context ctx, int status, String parameter, String message) {
        ctx.status(status).json(body(status, parameter, message));
    }
}
