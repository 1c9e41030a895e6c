package org.chancery.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.chancery.model.Span;
import org.chancery.ontology.PloverType;

/**
 * Reads seed-gold JSON files (eval README §1). Gold offsets are code-point offsets into the UTF-8
 * text; they are converted here to Java {@code String} indices, and every evidence, trigger and
 * surface form is checked against the text so a shifted text fails loudly instead of scoring zero.
 * Stateless and thread-safe.
 */
public final class SeedGoldReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SeedGoldReader() {
    }

    /** All {@code *.json} files of a directory (sorted by name), or the one file given. */
    public static List<Path> goldFiles(Path dirOrFile) throws IOException {
        if (!Files.exists(dirOrFile)) {
            throw new IOException("gold path " + dirOrFile + " does not exist");
        }
        if (Files.isRegularFile(dirOrFile)) {
            return List.of(dirOrFile);
        }
        try (Stream<Path> s = Files.list(dirOrFile)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            if (files.isEmpty()) {
                throw new IOException("no *.json gold files in " + dirOrFile);
            }
            return files;
        }
    }

    /**
     * Reads a gold file and the text it annotates, {@code corpusDir.resolve(document.path)}; when that
     * file is missing, {@code corpusDir.resolve(document.file)} is tried. The text's SHA-256 must
     * equal {@code document.sha256} when the gold gives one.
     */
    public static SeedGoldCase read(Path goldFile, Path corpusDir) throws IOException {
        JsonNode root = readJson(goldFile);
        JsonNode doc = required(root, "document", goldFile);
        String path = text(doc, "path");
        String file = text(doc, "file");
        if (path == null && file == null) {
            throw new IOException(goldFile + ": document has neither 'path' nor 'file'");
        }
        Path textFile = path != null ? corpusDir.resolve(path) : corpusDir.resolve(file);
        if (!Files.exists(textFile) && file != null) {
            textFile = corpusDir.resolve(file);
        }
        if (!Files.isRegularFile(textFile)) {
            throw new IOException(goldFile + ": annotated text " + (path != null ? path : file) + " not found under corpus " + corpusDir
                    + " (pass the corpus root that contains it)");
        }
        byte[] bytes = Files.readAllBytes(textFile);
        String sha = text(doc, "sha256");
        if (sha != null && !sha.equalsIgnoreCase(sha256(bytes))) {
            throw new IOException(goldFile + ": " + textFile + " has SHA-256 " + sha256(bytes) + " but the gold was annotated on " + sha);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(textFile + " is not valid UTF-8: " + e.getMessage(), e);
        }
        if (text.indexOf('\r') >= 0) {
            // the gold offsets index Python's universal-newline reading of the file
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return new SeedGoldCase(parse(root, text, goldFile.toString()), text, goldFile.toString());
    }

    /** Parses a gold JSON tree against its text; {@code where} names the source in messages. */
    public static GoldDocument parse(JsonNode root, String text, String where) throws IOException {
        CodePoints cp = new CodePoints(text);
        JsonNode doc = required(root, "document", where);
        String path = text(doc, "path");
        String file = text(doc, "file");
        String name = file != null ? file : Path.of(path).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String id = dot > 0 ? name.substring(0, dot) : name;
        String refValue = text(doc, "reference_date");
        LocalDate ref = refValue == null ? null : referenceDay(refValue, where);

        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : array(root, "events")) {
            events.add(event(e, cp, where));
        }
        List<GoldNonEvent> nonEvents = new ArrayList<>();
        for (JsonNode n : array(doc, "non_events")) {
            JsonNode ev = n.get("evidence");
            Span span = evidenceSpan(ev, cp, where, "non-event");
            if (span == null) {
                throw new IOException(where + ": a non-event has no evidence offsets: " + preview(n.toString()));
            }
            nonEvents.add(new GoldNonEvent(text(n, "reason"), text(ev, "text"), span));
        }
        List<GoldMention> mentions = new ArrayList<>();
        for (JsonNode a : array(root, "actors")) {
            String actorId = text(a, "actor_id");
            String code = text(a, "code");
            List<String> alts = strings(a.get("alt_codes"));
            for (JsonNode sf : array(a, "surface_forms")) {
                String form = text(sf, "form");
                for (JsonNode off : array(sf, "offsets")) {
                    mentions.add(new GoldMention(actorId, code, alts, form, formSpan(form, off.asInt(), cp, where, actorId), null));
                }
            }
            for (JsonNode x : array(a, "excluded_occurrences")) {
                String form = text(x, "form");
                String reason = text(x, "reason");
                mentions.add(new GoldMention(actorId, code, alts, form, formSpan(form, x.path("offset").asInt(), cp, where, actorId),
                        reason == null ? "excluded" : reason));
            }
        }
        return new GoldDocument(id, path != null ? path : file, text(doc, "sha256"), refValue, ref, events, nonEvents, mentions);
    }

    /** The publication day for a reference date: the day itself, else the last day of the month or year. */
    static LocalDate referenceDay(String value, String where) throws IOException {
        try {
            String v = value.trim();
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(v).atEndOfMonth();
            }
            if (v.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(v), 12, 31);
            }
        } catch (java.time.DateTimeException e) {
            throw new IOException(where + ": reference_date '" + value + "' is not a date: " + e.getMessage(), e);
        }
        throw new IOException(where + ": reference_date '" + value + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
    }

    private static GoldEvent event(JsonNode e, CodePoints cp, String where) throws IOException {
        String id = text(e, "event_id");
        String at = where + " event " + id;
        String tier = text(e, "tier");
        GoldTier t;
        if ("core".equalsIgnoreCase(tier)) {
            t = GoldTier.CORE;
        } else if ("hard".equalsIgnoreCase(tier)) {
            t = GoldTier.HARD;
        } else {
            throw new IOException(at + ": tier must be core or hard, got '" + tier + "'");
        }
        PloverType type = type(text(e, "plover_type"), at);
        List<PloverType> accepted = new ArrayList<>();
        accepted.add(type);
        for (JsonNode alt : array(e, "acceptable_alternatives")) {
            String p = text(alt, "plover");
            if (p != null) {
                PloverType pt = type(p, at);
                if (!accepted.contains(pt)) {
                    accepted.add(pt);
                }
            }
        }
        EdtfInterval date = null;
        JsonNode d = e.get("date");
        if (d != null && !d.isNull()) {
            String v = d.isTextual() ? d.asText() : text(d, "value");
            if (v != null && !v.isBlank()) {
                try {
                    date = EdtfInterval.parse(v);
                } catch (IllegalArgumentException ex) {
                    throw new IOException(at + ": " + ex.getMessage(), ex);
                }
            }
        }
        JsonNode ev = e.get("evidence");
        Span evidence = evidenceSpan(ev, cp, where, id);
        Span trigger = evidenceSpan(e.get("trigger"), cp, where, id + " trigger");
        return new GoldEvent(id, t, text(e, "description"), actors(e.get("source"), at), actors(e.get("target"), at),
                e.path("symmetric").asBoolean(false), type, accepted, date, evidence,
                ev == null ? null : text(ev, "text"), trigger,
                text(e, "modality"), e.path("negated").asBoolean(false), e.path("hypothetical").asBoolean(false));
    }

    private static PloverType type(String name, String at) throws IOException {
        if (name == null) {
            throw new IOException(at + ": missing plover type");
        }
        try {
            return PloverType.parse(name);
        } catch (IllegalArgumentException ex) {
            throw new IOException(at + ": " + ex.getMessage(), ex);
        }
    }

    private static List<GoldActorRef> actors(JsonNode list, String at) throws IOException {
        List<GoldActorRef> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        for (JsonNode a : list) {
            String code = text(a, "code");
            if (code == null) {
                throw new IOException(at + ": actor " + preview(a.toString()) + " has no code");
            }
            out.add(new GoldActorRef(text(a, "actor_id"), text(a, "name"), code, strings(a.get("alt_codes"))));
        }
        return out;
    }

    /** A {text, offset, end} object as a checked char span; null when the object or its offsets are absent. */
    private static Span evidenceSpan(JsonNode ev, CodePoints cp, String where, String what) throws IOException {
        if (ev == null || ev.isNull() || !ev.hasNonNull("offset") || !ev.hasNonNull("end")) {
            return null;
        }
        Span span = cp.span(ev.get("offset").asInt(), ev.get("end").asInt(), where + " " + what);
        String expected = text(ev, "text");
        String actual = cp.text.substring(span.start(), span.end());
        if (expected != null && !expected.equals(actual)) {
            throw new IOException(where + " " + what + ": the text at " + ev.get("offset").asInt() + ".." + ev.get("end").asInt()
                    + " is '" + preview(actual) + "' but the gold says '" + preview(expected) + "' (is this the annotated text?)");
        }
        return span;
    }

    private static Span formSpan(String form, int offset, CodePoints cp, String where, String actorId) throws IOException {
        int endCp = offset + form.codePointCount(0, form.length());
        Span span = cp.span(offset, endCp, where + " actor " + actorId);
        String actual = cp.text.substring(span.start(), span.end());
        if (!actual.equals(form)) {
            throw new IOException(where + " actor " + actorId + ": the text at " + offset + " is '" + preview(actual)
                    + "', not the surface form '" + form + "'");
        }
        return span;
    }

    private static JsonNode readJson(Path file) throws IOException {
        try {
            return JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode required(JsonNode node, String field, Object where) throws IOException {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            throw new IOException(where + ": missing '" + field + "'");
        }
        return n;
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode n = node == null ? null : node.get(field);
        return n == null || !n.isArray() ? List.of() : n;
    }

    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode n = node.get(field);
        return n == null || n.isNull() || n.isContainerNode() ? null : n.asText();
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    static String preview(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** Converts code-point offsets to char offsets. */
    private static final class CodePoints {
        final String text;
        final int count;
        final boolean identity;

        CodePoints(String text) {
            this.text = text;
            this.count = text.codePointCount(0, text.length());
            this.identity = count == text.length();
        }

        Span span(int start, int end, String what) throws IOException {
            if (start < 0 || end < start || end > count) {
                throw new IOException(what + ": offsets " + start + ".." + end + " do not fit a text of " + count + " code points");
            }
            if (identity) {
                return new Span(start, end);
            }
            int s = text.offsetByCodePoints(0, start);
            return new Span(s, text.offsetByCodePoints(s, end - start));
        }
    }
}
