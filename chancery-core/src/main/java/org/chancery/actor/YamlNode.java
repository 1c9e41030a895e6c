package org.chancery.actor;

import java.util.List;
import java.util.Map;

/**
 * A YAML value with the 1-based line it starts on, so dictionary loaders can point at the line of a
 * fault. Produced by {@link YamlSource}.
 */
public sealed interface YamlNode {
    int line();

    /** A scalar; {@code value} is null for YAML null. */
    record Scalar(String value, int line) implements YamlNode {
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A mapping in document order; {@code keyLines} gives the line of each key. */
    record Mapping(Map<String, YamlNode> entries, Map<String, Integer> keyLines, int line) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
            keyLines = Map.copyOf(keyLines);
        }

        public YamlNode get(String key) {
            return entries.get(key);
        }

        public int lineOf(String key) {
            return keyLines.getOrDefault(key, line);
        }
    }
}
