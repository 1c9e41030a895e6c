package org.chancery.app.server;

import java.util.Objects;

/**
 * How the chancery server listens.
 *
 * @param host           interface to bind; 127.0.0.1 unless the user asks for another
 * @param port           TCP port; 0 picks a free one (tests)
 * @param maxUploadBytes largest request body accepted (pasted text, uploaded file, any JSON body)
 * @param allowIngest    whether {@code POST /api/ingest} may store new documents
 */
public record ServerConfig(String host, int port, long maxUploadBytes, boolean allowIngest) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 5L * 1024 * 1024;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be >= 1, got " + maxUploadBytes);
        }
    }

    /** 127.0.0.1:7070, 5 MiB uploads, read-only. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_UPLOAD_BYTES, false);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, maxUploadBytes, allowIngest);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, maxUploadBytes, allowIngest);
    }

    public ServerConfig withMaxUploadBytes(long n) {
        return new ServerConfig(host, port, n, allowIngest);
    }

    public ServerConfig withAllowIngest(boolean allow) {
        return new ServerConfig(host, port, maxUploadBytes, allow);
    }
}
