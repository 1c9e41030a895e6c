package org.chancery.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chancery.actor.ActorCode;

/**
 * Code aliases for scoring against PLOVER gold sentences, loaded from a versioned TSV
 * ({@code gsr-code-aliases.tsv}): legacy country codes to ISO-3166 alpha-3 ({@code JAP → JPN}), and
 * system organisation codes to the gold's generic {@code IGO}. Immutable and thread-safe.
 *
 * @param source  where the table was read from
 * @param version the file's {@code version}
 * @param sha256  hash of the file's bytes, for provenance
 */
public record CodeAliases(String source, String version, String sha256, Map<String, String> countries, Map<String, String> groups) {
    public static final String DEFAULT_RESOURCE = "gsr-code-aliases.tsv";

    public CodeAliases {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(version, () -> source + ": version");
        countries = Map.copyOf(countries);
        groups = Map.copyOf(groups);
    }

    /** The table shipped with chancery. */
    public static CodeAliases load() throws IOException {
        try (InputStream in = CodeAliases.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IOException("resource " + DEFAULT_RESOURCE + " is missing from the classpath (org/chancery/evaluation)");
            }
            return parse(in.readAllBytes(), DEFAULT_RESOURCE);
        }
    }

    /** Parses the TSV; errors name the source, the 1-based line and a preview of it. */
    public static CodeAliases parse(byte[] bytes, String source) throws IOException {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        String version = null;
        boolean header = false;
        Map<String, String> countries = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (version == null) {
                if (f.length != 2 || !f[0].equals("version") || f[1].isBlank()) {
                    throw error(source, i, line, "expected 'version<TAB>value' before any row");
                }
                version = f[1];
                continue;
            }
            if (!header) {
                if (!line.startsWith("kind\tfrom\tto")) {
                    throw error(source, i, line, "expected the header 'kind<TAB>from<TAB>to<TAB>note'");
                }
                header = true;
                continue;
            }
            if (f.length < 3 || f.length > 4) {
                throw error(source, i, line, "expected 3 or 4 tab-separated columns, got " + f.length);
            }
            String from = code(f[1], source, i, line);
            String to = code(f[2], source, i, line);
            Map<String, String> target;
            switch (f[0]) {
                case "country" -> {
                    if (from.length() != 3 || to.length() != 3) {
                        throw error(source, i, line, "country aliases map three-letter codes, got '" + from + "' -> '" + to + "'");
                    }
                    target = countries;
                }
                case "group" -> target = groups;
                default -> throw error(source, i, line, "kind must be 'country' or 'group', got '" + f[0] + "'");
            }
            if (target.put(from, to) != null) {
                throw error(source, i, line, "'" + from + "' is listed twice as " + f[0]);
            }
        }
        if (version == null || !header) {
            throw new IOException(source + ": no version line or no header");
        }
        return new CodeAliases(source, version, SeedGoldReader.sha256(bytes), countries, groups);
    }

    /** The keys a gold code is compared by: its first three letters, aliased. */
    public String goldKey(String goldCode) {
        String c = MatchLevel.countryPart(goldCode);
        return countries.getOrDefault(c, c);
    }

    /** The keys a system code may hit: its aliased country part, and the generic code of its organisation. */
    public Set<String> systemKeys(ActorCode code) {
        Set<String> keys = new LinkedHashSet<>();
        String c = MatchLevel.countryPart(code.value());
        keys.add(countries.getOrDefault(c, c));
        String g = groups.get(code.value());
        if (g == null) {
            g = groups.get(c);
        }
        if (g != null) {
            keys.add(MatchLevel.countryPart(g));
        }
        return keys;
    }

    /** "file version sha256-prefix" for reports. */
    public String describe() {
        return source + " version " + version + " sha256 " + (sha256 == null ? "?" : sha256.substring(0, 12));
    }

    private static String code(String s, String source, int i, String line) throws IOException {
        try {
            return ActorCode.of(s.trim()).value();
        } catch (IllegalArgumentException e) {
            throw error(source, i, line, e.getMessage());
        }
    }

    private static IOException error(String source, int i, String line, String why) {
        return new IOException(source + ":" + (i + 1) + ": " + why + " in '" + SeedGoldReader.preview(line) + "'");
    }
}
