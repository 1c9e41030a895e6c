package org.chancery.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and validates chancery's ontology data files: {@code plover.tsv}, {@code plover_modes.tsv},
 * {@code plover_contexts.tsv} and {@code cameo.tsv}. Each file starts with {@code # version: X}
 * (all four must agree), then {@code #} comments, a header row and tab-separated rows. Any fault is
 * an {@link OntologyException} naming the file, the 1-based line and a preview of the line.
 */
public final class OntologyLoader {
    private static final Logger LOG = LoggerFactory.getLogger(OntologyLoader.class);

    /** Classpath folder of the bundled files. */
    public static final String RESOURCE_DIR = "org/chancery/ontology/";
    public static final String PLOVER = "plover.tsv";
    public static final String MODES = "plover_modes.tsv";
    public static final String CONTEXTS = "plover_contexts.tsv";
    public static final String CAMEO = "cameo.tsv";
    /** The files in load (and hashing) order. */
    public static final List<String> FILES = List.of(PLOVER, MODES, CONTEXTS, CAMEO);

    private static final Pattern VERSION_LINE = Pattern.compile("#\\s*version:\\s*(\\S+)\\s*");
    private static final Pattern CODE = Pattern.compile("\\d{2,4}");
    private static final Pattern LABEL = Pattern.compile("[a-z][a-z0-9-]*");

    private OntologyLoader() {
    }

    /** The ontology bundled on the classpath, loaded once on first use. */
    public static TableOntology loadDefault() {
        return DefaultHolder.ONTOLOGY;
    }

    /** Loads the four files from a folder. */
    public static TableOntology load(Path dir) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : FILES) {
            try {
                files.put(name, Files.readAllBytes(dir.resolve(name)));
            } catch (NoSuchFileException e) {
                throw OntologyException.ofFile(name, "missing in " + dir, e);
            } catch (IOException e) {
                throw OntologyException.ofFile(name, "cannot read from " + dir + ": " + e.getMessage(), e);
            }
        }
        return parse(files);
    }

    /** Lazily initialised, immutable holder of the bundled ontology. */
    private static final class DefaultHolder {
        static final TableOntology ONTOLOGY = loadClasspath();

        private static TableOntology loadClasspath() {
            Map<String, byte[]> files = new LinkedHashMap<>();
            ClassLoader cl = OntologyLoader.class.getClassLoader();
            for (String name : FILES) {
                try (InputStream in = cl.getResourceAsStream(RESOURCE_DIR + name)) {
                    if (in == null) {
                        throw OntologyException.ofFile(name, "missing on the classpath at " + RESOURCE_DIR + name, null);
                    }
                    files.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw OntologyException.ofFile(name, "cannot read from the classpath: " + e.getMessage(), e);
                }
            }
            return parse(files);
        }
    }

    static TableOntology parse(Map<String, byte[]> files) {
        Table plover = Table.read(PLOVER, files.get(PLOVER), "type", "quad", "requires_recipient", "score");
        Table modesT = Table.read(MODES, files.get(MODES), "type", "mode", "score");
        Table contextsT = Table.read(CONTEXTS, files.get(CONTEXTS), "context", "definition");
        Table cameoT = Table.read(CAMEO, files.get(CAMEO), "code", "name", "goldstein", "quad_class",
                "plover_type", "plover_mode", "plover_contexts");
        for (Table t : List.of(modesT, contextsT, cameoT)) {
            if (!t.version.equals(plover.version)) {
                throw OntologyException.at(t.file, t.versionLine, t.versionText,
                        "version " + t.version + " differs from " + PLOVER + "'s " + plover.version);
            }
        }

        Map<PloverType, PloverTypeInfo> types = new EnumMap<>(PloverType.class);
        for (Row r : plover.rows) {
            PloverType type = type(r, 0);
            String quad = r.cell(1);
            if (!quad.equals(type.quad().name())) {
                throw r.fault("quad '" + quad + "' of " + type + " differs from " + type.quad());
            }
            boolean recipient = switch (r.cell(2)) {
                case "yes" -> true;
                case "no" -> false;
                default -> throw r.fault("requires_recipient must be yes or no, got '" + r.cell(2) + "'");
            };
            if (types.put(type, new PloverTypeInfo(type, recipient, score(r, 3, "score"))) != null) {
                throw r.fault("duplicate PLOVER type " + type);
            }
        }
        Set<PloverType> missing = java.util.EnumSet.allOf(PloverType.class);
        missing.removeAll(types.keySet());
        if (!missing.isEmpty()) {
            throw OntologyException.ofFile(PLOVER, "PLOVER types missing: " + missing, null);
        }

        Map<PloverType, Map<String, OptionalDouble>> modes = new EnumMap<>(PloverType.class);
        for (Row r : modesT.rows) {
            PloverType type = type(r, 0);
            String mode = label(r, 1, "mode");
            OptionalDouble s = r.cell(2).isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(score(r, 2, "score"));
            if (modes.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(mode, s) != null) {
                throw r.fault("duplicate mode '" + mode + "' for " + type);
            }
        }

        Map<String, String> contexts = new LinkedHashMap<>();
        for (Row r : contextsT.rows) {
            String label = label(r, 0, "context");
            if (r.cell(1).isEmpty()) {
                throw r.fault("context '" + label + "' has no definition");
            }
            if (contexts.put(label, r.cell(1)) != null) {
                throw r.fault("duplicate context '" + label + "'");
            }
        }

        Map<String, TableOntology.CameoEntry> cameo = new LinkedHashMap<>();
        Map<String, Row> rowOf = new LinkedHashMap<>();
        for (Row r : cameoT.rows) {
            String code = r.cell(0);
            if (!CODE.matcher(code).matches()) {
                throw r.fault("CAMEO code must be 2-4 digits, got '" + code + "'");
            }
            if (rowOf.containsKey(code)) {
                throw r.fault("duplicate CAMEO code " + code + " (first on line " + rowOf.get(code).line + ")");
            }
            String name = r.cell(1);
            if (name.isEmpty()) {
                throw r.fault("CAMEO " + code + " has no name");
            }
            double goldstein = number(r, 2, "goldstein");
            if (goldstein < -10 || goldstein > 10) {
                throw r.fault("CAMEO " + code + ": Goldstein value " + goldstein + " is outside -10..10");
            }
            int quad;
            try {
                quad = Integer.parseInt(r.cell(3));
            } catch (NumberFormatException e) {
                throw r.fault("quad_class must be an integer 1..4, got '" + r.cell(3) + "'", e);
            }
            if (quad < 1 || quad > 4) {
                throw r.fault("CAMEO " + code + ": quad_class " + quad + " is outside 1..4");
            }
            PloverType type = type(r, 4);
            Optional<String> mode = Optional.of(r.cell(5)).filter(m -> !m.isEmpty());
            if (mode.isPresent() && !modes.getOrDefault(type, Map.of()).containsKey(mode.get())) {
                throw r.fault("mode '" + mode.get() + "' is not a mode of " + type + "; known: "
                        + modes.getOrDefault(type, Map.of()).keySet());
            }
            List<String> ctx = new ArrayList<>();
            if (!r.cell(6).isEmpty()) {
                for (String c : r.cell(6).split(",", -1)) {
                    if (!contexts.containsKey(c)) {
                        throw r.fault("unknown context '" + c + "'");
                    }
                    if (ctx.contains(c)) {
                        throw r.fault("context '" + c + "' given twice");
                    }
                    ctx.add(c);
                }
            }
            rowOf.put(code, r);
            cameo.put(code, new TableOntology.CameoEntry(new CameoCode(code, name, goldstein, quad), type, mode, ctx));
        }
        for (Map.Entry<String, Row> e : rowOf.entrySet()) {
            String root = e.getKey().substring(0, 2);
            if (!rowOf.containsKey(root)) {
                throw e.getValue().fault("CAMEO " + e.getKey() + ": root " + root + " is missing");
            }
        }

        String version = "ontology " + plover.version + " sha256:" + sha256(files);
        TableOntology ontology = new TableOntology(cameo, types, modes, contexts, version);
        LOG.info("loaded {}: {} CAMEO codes, {} PLOVER types, {} contexts", version, cameo.size(), types.size(),
                contexts.size());
        return ontology;
    }

    private static PloverType type(Row r, int col) {
        String name = r.cell(col);
        try {
            return PloverType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw r.fault("unknown PLOVER type '" + name + "'", e);
        }
    }

    private static String label(Row r, int col, String what) {
        String s = r.cell(col);
        if (!LABEL.matcher(s).matches()) {
            throw r.fault(what + " must be lower case letters, digits and '-', got '" + s + "'");
        }
        return s;
    }

    private static double number(Row r, int col, String what) {
        try {
            return Double.parseDouble(r.cell(col));
        } catch (NumberFormatException e) {
            throw r.fault(what + " must be a number, got '" + r.cell(col) + "'", e);
        }
    }

    private static double score(Row r, int col, String what) {
        double s = number(r, col, what);
        if (s < -10 || s > 10) {
            throw r.fault(what + " " + s + " is outside -10..10");
        }
        return s;
    }

    private static String sha256(Map<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String name : FILES) {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(files.get(name));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** One data row: its file, 1-based line, raw text and cells. */
    private record Row(String file, int line, String text, List<String> cells) {
        String cell(int i) {
            return cells.get(i);
        }

        OntologyException fault(String problem) {
            return OntologyException.at(file, line, text, problem);
        }

        OntologyException fault(String problem, Throwable cause) {
            return OntologyException.at(file, line, text, problem, cause);
        }
    }

    /** A parsed TSV file: version line, header checked against the expected columns, data rows. */
    private record Table(String file, String version, int versionLine, String versionText, List<Row> rows) {
        static Table read(String file, byte[] bytes, String... columns) {
            String content = new String(bytes, StandardCharsets.UTF_8);
            if (content.startsWith("\uFEFF")) {
                content = content.substring(1);
            }
            String[] lines = content.split("\r?\n", -1);
            String version = null;
            String versionText = null;
            int versionLine = 0;
            boolean header = false;
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String text = lines[i];
                int line = i + 1;
                if (version == null) {
                    var m = VERSION_LINE.matcher(text);
                    if (!m.matches()) {
                        throw OntologyException.at(file, line, text, "the first line must be '# version: X'");
                    }
                    version = m.group(1);
                    versionText = text;
                    versionLine = line;
                    continue;
                }
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(text.split("\t", -1));
                if (!header) {
                    if (!cells.equals(List.of(columns))) {
                        throw OntologyException.at(file, line, text,
                                "header must be " + String.join(" ", columns)
                                        + " (tab-separated)");
                    }
                    header = true;
                    continue;
                }
                if (cells.size() != columns.length) {
                    throw OntologyException.at(file, line, text,
                            "expected " + columns.length + " tab-separated columns, found " + cells.size());
                }
                List<String> trimmed = cells.stream().map(String::strip).toList();
                rows.add(new Row(file, line, text, trimmed));
            }
            if (version == null) {
                throw OntologyException.ofFile(file, "empty; the first line must be '# version: X'", null);
            }
            if (!header) {
                throw OntologyException.ofFile(file, "no header row", null);
            }
            return new Table(file, version, versionLine, versionText, List.copyOf(rows));
        }
    }
}
