package org.chancery.actor;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One YAML dictionary file read into {@link YamlNode}s that remember their lines. Keeps the raw
 * lines so problems can show a preview of the offending line.
 */
public final class YamlSource {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String file;
    private final String[] lines;
    private final YamlNode root;

    private YamlSource(String file, String[] lines, YamlNode root) {
        this.file = file;
        this.lines = lines;
        this.root = root;
    }

    /**
     * Parses {@code text}. Syntax errors and duplicate keys become a {@link DictionaryException}
     * naming {@code file} and the line.
     */
    public static YamlSource parse(String file, String text) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        String[] lines = text.split("\r?\n", -1);
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new DictionaryException(List.of(new DictionaryProblem(file, 1, "file is empty", "")));
            }
            YamlNode root = read(p, file, lines);
            return new YamlSource(file, lines, root);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
            String msg = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            int cut = msg.indexOf('\n');
            throw new DictionaryException(List.of(new DictionaryProblem(file, line,
                    "YAML syntax error: " + (cut < 0 ? msg : msg.substring(0, cut)), previewOf(lines, line))), e);
        } catch (IOException e) {
            throw new DictionaryException(List.of(new DictionaryProblem(file, 0, "cannot read: " + e.getMessage(), "")), e);
        }
    }

    private static YamlNode read(JsonParser p, String file, String[] lines) throws IOException {
        JsonToken t = p.currentToken();
        int line = p.currentTokenLocation().getLineNr();
        switch (t) {
            case START_OBJECT -> {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    YamlNode value = read(p, file, lines);
                    if (entries.containsKey(key)) {
                        throw new DictionaryException(List.of(new DictionaryProblem(file, keyLine,
                                "duplicate key '" + key + "' (first on line " + keyLines.get(key) + ")", previewOf(lines, keyLine))));
                    }
                    entries.put(key, value);
                    keyLines.put(key, keyLine);
                }
                return new YamlNode.Mapping(entries, keyLines, line);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, file, lines));
                }
                return new YamlNode.Sequence(items, line);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(null, line);
            }
            default -> {
                return new YamlNode.Scalar(p.getText(), line);
            }
        }
    }

    static String previewOf(String[] lines, int line) {
        if (line < 1 || line > lines.length) {
            return "";
        }
        String s = lines[line - 1].strip();
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }

    public String file() {
        return file;
    }

    public YamlNode root() {
        return root;
    }

    /** The trimmed text of a 1-based line, for problem previews. */
    public String preview(int line) {
        return previewOf(lines, line);
    }

    public DictionaryProblem problem(int line, String message) {
        return new DictionaryProblem(file, line, message, preview(line));
    }
}
