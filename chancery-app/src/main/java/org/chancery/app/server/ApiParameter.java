package org.chancery.app.server;

import java.util.List;
import java.util.Objects;

/**
 * One documented parameter of an API route: used both to validate requests (unknown query
 * parameters are refused) and to write the OpenAPI document.
 *
 * @param name        parameter name
 * @param in          "path" or "query"
 * @param type        OpenAPI schema type: "string", "integer", "boolean"
 * @param format      OpenAPI format ("date") or null
 * @param required    whether it must be given
 * @param description what it does, for the OpenAPI document
 * @param values      allowed values for enumerations (empty: any)
 */
public record ApiParameter(String name, String in, String type, String format, boolean required, String description,
                           List<String> values) {
    public ApiParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (!in.equals("path") && !in.equals("query")) {
            throw new IllegalArgumentException("parameter " + name + ": 'in' must be path or query, got " + in);
        }
        if (!List.of("string", "integer", "boolean").contains(type)) {
            throw new IllegalArgumentException("parameter " + name + ": unsupported type " + type);
        }
        if (in.equals("path") && !required) {
            throw new IllegalArgumentException("path parameter " + name + " must be required");
        }
        values = List.copyOf(values);
    }

    public static ApiParameter path(String name, String description) {
        return new ApiParameter(name, "path", "string", null, true, description, List.of());
    }

    public static ApiParameter query(String name, String type, String description) {
        return new ApiParameter(name, "query", type, null, false, description, List.of());
    }

    public static ApiParameter date(String name, String description) {
        return new ApiParameter(name, "query", "string", "date", false, description, List.of());
    }

    public static ApiParameter choice(String name, String description, List<String> values) {
        return new ApiParameter(name, "query", "string", null, false, description, values);
    }
}
