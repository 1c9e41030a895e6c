package org.chancery.app.server;

/**
 * A request the API refuses, with the HTTP status, the parameter at fault (or null) and a message
 * the caller can act on. {@link ErrorMapping} turns it into the one JSON error shape.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String parameter;

    public ApiException(int status, String parameter, String message) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an API error needs a 4xx/5xx status, got " + status);
        }
        this.status = status;
        this.parameter = parameter;
    }

    public static ApiException badParameter(String parameter, String message) {
        return new ApiException(400, parameter, message);
    }

    public static ApiException notFound(String parameter, String message) {
        return new ApiException(404, parameter, message);
    }

    public int status() {
        return status;
    }

    /** The offending parameter's name, or null when the error is not about one parameter. */
    public String parameter() {
        return parameter;
    }
}
