package org.chancery.app.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.chancery.ingest.Ingestion;
import org.chancery.pipeline.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chancery HTTP server: the REST API under {@code /api} and the web UI at {@code /}, both read
 * from one {@link EventStore}. Start it with {@link #start}; stop it with {@link #stop()} (or
 * try-with-resources). The store is not closed by the server. Requests are served concurrently, so
 * the store must allow concurrent reads.
 *
 * <pre>{@code
 * try (ChanceryServer server = ChanceryServer.start(ServerConfig.defaults(), store, null)) {
 *     System.out.println("serving on " + server.url());
 *     server.join();
 * }
 * }</pre>
 */
public final class ChanceryServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChanceryServer.class);
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final Javalin app;
    private final ServerConfig config;
    private final List<ApiRoute> routes;
    private final Set<String> registered;

    private ChanceryServer(Javalin app, ServerConfig config, List<ApiRoute> routes, Set<String> registered) {
        this.app = app;
        this.config = config;
        this.routes = routes;
        this.registered = registered;
    }

    /**
     * Starts serving.
     *
     * @param config    where to listen and the limits
     * @param store     the store to read
     * @param ingestion where {@code POST /api/ingest} sends content; null for a read-only server (the
     *                  route then answers 403, as it does when {@code config.allowIngest()} is false)
     * @throws IllegalStateException when the port cannot be bound, naming host and port
     */
    public static ChanceryServer start(ServerConfig config, EventStore store, Ingestion ingestion) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(store, "store");
        if (config.allowIngest() && ingestion == null) {
            throw new IllegalArgumentException("allowIngest is set but no Ingestion was given");
        }
        ObjectMapper json = new ObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).findAndRegisterModules();
        StoreReader reader = new StoreReader(store);
        List<ApiRoute> routeHolder = new ArrayList<>();
        String version = versionOf();
        List<ApiRoute> routes = ApiRoutes.build(reader, ingestion, config, json, version,
                () -> OpenApiDocument.of(Collections.unmodifiableList(routeHolder), version));
        routeHolder.addAll(routes);
        Set<String> registered = Collections.synchronizedSet(new TreeSet<>());
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = config.maxUploadBytes();
            // bounds uploads sent without a Content-Length (chunked) too
            cfg.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes() + 16 * 1024, SizeUnit.BYTES);
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
            });
            cfg.staticFiles.enableWebjars();
            cfg.events(ev -> ev.handlerAdded(info -> {
                if (isHttpMethod(info.getHttpMethod())) {
                    registered.add(info.getHttpMethod().name() + " " + info.getPath());
                }
            }));
            cfg.router.mount(router -> {
                for (ApiRoute r : routes) {
                    router.addHttpHandler(r.method(), r.path(), ctx -> {
                        new RequestParameters(ctx).checkKnown(r);
                        r.handler().handle(ctx);
                    });
                }
                router.before(ctx -> {
                    ctx.header("X-Content-Type-Options", "nosniff");
                    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                    ctx.header("Referrer-Policy", "no-referrer");
                });
            });
        });
        ErrorMapping.install(app);
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException("cannot serve on " + config.host() + ":" + config.port() + ": " + e.getMessage()
                    + "; choose another --port or stop the program using it", e);
        }
        LOG.info("chancery server on http://{}:{}/ ({} API routes, ingestion {})", config.host(), app.port(), routes.size(),
                config.allowIngest() ? "allowed" : "disabled");
        return new ChanceryServer(app, config, routes, registered);
    }

    private static boolean isHttpMethod(HandlerType t) {
        return t == HandlerType.GET || t == HandlerType.POST || t == HandlerType.PUT || t == HandlerType.PATCH
                || t == HandlerType.DELETE;
    }

    private static String versionOf() {
        String v = ChanceryServer.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }

    /** The bound port (the real one when the config asked for 0). */
    public int port() {
        return app.port();
    }

    public String host() {
        return config.host();
    }

    /** {@code http://host:port/} */
    public String url() {
        String h = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + h + ":" + port() + "/";
    }

    /** The API routes as {@code METHOD /path}, as the route table declares them. */
    public Set<String> apiRoutes() {
        return ApiRoutes.keys(routes);
    }

    /** Every HTTP route Javalin actually registered, as {@code METHOD /path}. */
    public Set<String> registeredRoutes() {
        synchronized (registered) {
            return Set.copyOf(registered);
        }
    }

    /** The OpenAPI document as served at {@code /api/openapi.json}. */
    public Map<String, Object> openApi() {
        return OpenApiDocument.of(routes, versionOf());
    }

    /** Blocks the calling thread until the server is stopped (for {@code chancery serve}). */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
