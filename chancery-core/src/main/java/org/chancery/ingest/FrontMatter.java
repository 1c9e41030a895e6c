package org.chancery.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Optional;

/**
 * Optional YAML front matter at the top of a .txt or .md file: a line {@code ---}, YAML, a line
 * {@code ---}. Keys: id, title, url, source, author, published. The body after the closing line is the
 * document text (offsets index the body).
 */
record FrontMatter(JsonNode fields, String body) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Splits front matter off; empty when the text has none. Throws IOException for malformed YAML. */
    static Optional<FrontMatter> split(String text) throws IOException {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!(t.startsWith("---\n") || t.startsWith("---\r\n"))) {
            return Optional.empty();
        }
        int open = t.indexOf('\n') + 1;
        int close = t.indexOf("\n---", open - 1);
        while (close >= 0) {
            int lineEnd = t.indexOf('\n', close + 4);
            String rest = t.substring(close + 4, lineEnd < 0 ? t.length() : lineEnd).strip();
            if (rest.isEmpty()) {
                break;
            }
            close = t.indexOf("\n---", close + 4);
        }
        if (close < 0) {
            throw new IOException("front matter opened with '---' on line 1 is never closed");
        }
        String yaml = t.substring(open, close + 1);
        int bodyStart = t.indexOf('\n', close + 4);
        String body = bodyStart < 0 ? "" : t.substring(bodyStart + 1);
        JsonNode node = yaml.isBlank() ? YAML.createObjectNode() : YAML.readTree(yaml);
        if (node == null || !node.isObject()) {
            throw new IOException("front matter is not a YAML mapping of keys to values");
        }
        return Optional.of(new FrontMatter(node, body));
    }
}
