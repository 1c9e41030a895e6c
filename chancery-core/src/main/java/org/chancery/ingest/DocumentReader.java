package org.chancery.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.chancery.model.Document;
import org.chancery.model.DocumentMetadata;
import org.chancery.model.PublicationDate;
import org.chancery.model.PublicationDateBasis;

/**
 * Reads input files into {@link Document}s: {@code .txt} and {@code .md} (optional YAML front
 * matter), {@code .html}/{@code .htm} (readable text via jsoup), {@code .jsonl} (one document per line
 * with {@code id, title, url, source, author, published, text}). Directories are walked recursively in
 * name order. Every problem becomes one {@link ReadOutcome.Skipped} line naming the file (and line)
 * with what to do; nothing throws for bad input. Thread-safe.
 */
public final class DocumentReader {
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm", "jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReaderLimits limits;

    public DocumentReader(ReaderLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Expands paths to the files to read; missing paths become skips. */
    public List<ReadOutcome> readAll(List<Path> paths) {
        List<ReadOutcome> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                out.add(ReadOutcome.skipped(p.toString(), "no such file or directory", "check the path"));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    List<Path> files = walk.filter(Files::isRegularFile)
                            .filter(f -> EXTENSIONS.contains(extension(f)))
                            .sorted().toList();
                    if (files.isEmpty()) {
                        out.add(ReadOutcome.skipped(p.toString(), "directory holds no .txt, .md, .html or .jsonl file",
                                "point at a directory of articles"));
                    }
                    for (Path f : files) {
                        out.addAll(read(f));
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    out.add(ReadOutcome.skipped(p.toString(), "cannot list directory (" + e.getMessage() + ")",
                            "check the directory's permissions"));
                }
            } else {
                out.addAll(read(p));
            }
        }
        return out;
    }

    /** Reads one file. */
    public List<ReadOutcome> read(Path file) {
        String where = file.toString();
        String ext = extension(file);
        if (!EXTENSIONS.contains(ext)) {
            return List.of(ReadOutcome.skipped(where, "unsupported file type '" + (ext.isEmpty() ? "(none)" : "." + ext) + "'",
                    "give .txt, .md, .html or .jsonl files"));
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return List.of(ReadOutcome.skipped(where, "file has " + size + " bytes, more than the limit of " + limits.maxFileBytes(),
                        "split the file or raise --max-bytes"));
            }
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            return List.of(ReadOutcome.skipped(where, "cannot be read (permission denied)", "check the file's permissions"));
        } catch (NoSuchFileException e) {
            return List.of(ReadOutcome.skipped(where, "no such file or directory", "check the path"));
        } catch (IOException e) {
            return List.of(ReadOutcome.skipped(where, "cannot be read (" + e.getMessage() + ")", "check the file"));
        }
        return readBytes(where, baseName(file), ext, bytes);
    }

    /** Reads content that arrived without a file (an upload): {@code fileName}'s extension picks the format. */
    public List<ReadOutcome> readBytes(String fileName, byte[] bytes) {
        String ext = extension(Path.of(fileName.isBlank() ? "pasted.txt" : fileName));
        if (!EXTENSIONS.contains(ext)) {
            return List.of(ReadOutcome.skipped(fileName, "unsupported file type '" + (ext.isEmpty() ? "(none)" : "." + ext) + "'",
                    "give .txt, .md, .html or .jsonl files"));
        }
        return readBytes(fileName, baseName(Path.of(fileName)), ext, bytes);
    }

    private List<ReadOutcome> readBytes(String where, String defaultId, String ext, byte[] bytes) {
        if (bytes.length == 0) {
            return List.of(ReadOutcome.skipped(where, "file is empty", "nothing to ingest; remove it or add text"));
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            return List.of(ReadOutcome.skipped(where, "looks like a binary file (NUL byte at offset " + nul + ")",
                    "give text files (.txt, .md, .html, .jsonl)"));
        }
        String text;
        try {
            text = decodeUtf8(bytes);
        } catch (MalformedAt e) {
            return List.of(ReadOutcome.skipped(where, "not valid UTF-8 at byte " + e.offset, "re-save the file as UTF-8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return List.of(ReadOutcome.skipped(where, "file holds only white space", "nothing to ingest; remove it or add text"));
        }
        return switch (ext) {
            case "jsonl" -> readJsonl(where, text);
            case "html", "htm" -> List.of(readHtml(where, defaultId, text));
            default -> List.of(readPlain(where, defaultId, text));
        };
    }

    private ReadOutcome readPlain(String where, String defaultId, String text) {
        Optional<FrontMatter> fm;
        try {
            fm = FrontMatter.split(text);
        } catch (IOException e) {
            return ReadOutcome.skipped(where, "malformed front matter (" + firstLine(e.getMessage()) + ")",
                    "fix the YAML between the '---' lines or remove it");
        }
        if (fm.isEmpty()) {
            return sized(where, new Document(defaultId, text, where, DocumentMetadata.empty()));
        }
        JsonNode f = fm.get().fields();
        return build(where, defaultId, fm.get().body(), f, "front matter");
    }

    private ReadOutcome readHtml(String where, String defaultId, String html) {
        HtmlText h = HtmlText.extract(html);
        if (h.text().isBlank()) {
            return ReadOutcome.skipped(where, "HTML page has no readable text", "check that it is an article page");
        }
        Map<String, String> m = h.meta();
        String published = first(m, "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                "dc.date", "dcterms.created", "time");
        PublicationDate date = PublicationDate.unknown();
        if (published != null) {
            Optional<LocalDate> d = parseDate(published);
            if (d.isPresent()) {
                date = PublicationDate.of(d.get(), PublicationDateBasis.METADATA, "html meta: " + published);
            }
        }
        String title = first(m, "og:title", "title");
        DocumentMetadata meta = new DocumentMetadata(title, first(m, "og:url", "canonical"), first(m, "og:site_name"),
                first(m, "author", "article:author"), date);
        return sized(where, new Document(defaultId, h.text(), where, meta));
    }

    private List<ReadOutcome> readJsonl(String where, String text) {
        List<ReadOutcome> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String loc = where + ":" + (i + 1);
            if (line.isEmpty()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                out.add(ReadOutcome.skipped(loc, "not valid JSON (" + firstLine(e.getOriginalMessage()) + ")", "fix or remove the line"));
                continue;
            }
            if (node == null || !node.isObject()) {
                out.add(ReadOutcome.skipped(loc, "not a JSON object", "write one object per line with at least \"text\""));
                continue;
            }
            JsonNode t = node.get("text");
            if (t == null || !t.isTextual() || t.asText().isBlank()) {
                out.add(ReadOutcome.skipped(loc, "field 'text' is missing or empty", "give the article text in \"text\""));
                continue;
            }
            String id = str(node, "id");
            if (id == null) {
                id = baseName(Path.of(where)) + "-" + (i + 1);
            }
            out.add(build(loc, id, t.asText(), node, "jsonl field"));
        }
        if (out.isEmpty()) {
            out.add(ReadOutcome.skipped(where, "JSONL file holds no records", "write one JSON object per line"));
        }
        return out;
    }

    private ReadOutcome build(String where, String defaultId, String body, JsonNode f, String what) {
        String id = str(f, "id") != null ? str(f, "id") : defaultId;
        PublicationDate date = PublicationDate.unknown();
        String published = str(f, "published");
        if (published != null) {
            Optional<LocalDate> d = parseDate(published);
            if (d.isEmpty()) {
                return ReadOutcome.skipped(where, "field 'published' is not a date ('" + published + "')",
                        "write it as YYYY-MM-DD (or an ISO date-time)");
            }
            date = PublicationDate.of(d.get(), PublicationDateBasis.METADATA, what + ": published");
        }
        if (body.isBlank()) {
            return ReadOutcome.skipped(where, "document has no text after its front matter", "add the article text");
        }
        DocumentMetadata meta = new DocumentMetadata(str(f, "title"), str(f, "url"), str(f, "source"), str(f, "author"), date);
        return sized(where, new Document(id, body, where, meta));
    }

    private ReadOutcome sized(String where, Document d) {
        if (d.text().length() > limits.maxDocumentChars()) {
            return ReadOutcome.skipped(where, "document has " + d.text().length() + " characters, more than the limit of "
                    + limits.maxDocumentChars(), "split it or raise --max-chars");
        }
        return new ReadOutcome.Read(d);
    }

    /** ISO date, ISO date-time (the date part), or YYYY/MM/DD; empty otherwise. */
    public static Optional<LocalDate> parseDate(String s) {
        String v = s.strip();
        if (v.length() >= 10 && v.charAt(4) == '-' || v.length() >= 10 && v.charAt(4) == '/') {
            try {
                return Optional.of(LocalDate.parse(v.substring(0, 10).replace('/', '-')));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String decodeUtf8(byte[] bytes) throws MalformedAt {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return dec.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new MalformedAt(in.position());
        } catch (CharacterCodingException e) {
            throw new MalformedAt(in.position());
        }
    }

    private static final class MalformedAt extends Exception {
        private static final long serialVersionUID = 1L;
        final int offset;

        MalformedAt(int offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String first(Map<String, String> m, String... keys) {
        for (String k : keys) {
            if (m.containsKey(k)) {
                return m.get(k);
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static String extension(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String baseName(Path p) {
        String n = p.getFileName() == null ? p.toString() : p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? n : n.substring(0, dot);
    }
}
