package org.chancery.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.chancery.model.Document;
import org.chancery.model.PublicationDateBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentReaderTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader(ReaderLimits.defaults());

    private Document readOne(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        List<ReadOutcome> out = reader.read(f);
        assertEquals(1, out.size(), out.toString());
        return assertInstanceOf(ReadOutcome.Read.class, out.get(0)).document();
    }

    private String skipMessage(Path f) {
        List<ReadOutcome> out = reader.readAll(List.of(f));
        assertEquals(1, out.size(), out.toString());
        return assertInstanceOf(ReadOutcome.Skipped.class, out.get(0)).input().message();
    }

    @Test
    void plainTextKeepsTextAndTakesIdFromFileName() throws Exception {
        Document d = readOne("042_note.txt", "Ruritania recalled its envoy.\n");
        assertEquals("042_note", d.id());
        assertEquals("Ruritania recalled its envoy.\n", d.text());
        assertEquals(PublicationDateBasis.UNKNOWN, d.metadata().published().basis());
    }

    @Test
    void frontMatterGivesMetadataAndTheBodyIsTheText() throws Exception {
        Document d = readOne("a.md", "---\ntitle: Envoy recalled\nauthor: Staff\npublished: 2019-03-01\nid: custom-id\n---\nRuritania recalled its envoy.\n");
        assertEquals("custom-id", d.id());
        assertEquals("Envoy recalled", d.metadata().title());
        assertEquals("Staff", d.metadata().author());
        assertEquals(LocalDate.of(2019, 3, 1), d.metadata().published().date());
        assertEquals(PublicationDateBasis.METADATA, d.metadata().published().basis());
        assertEquals("Ruritania recalled its envoy.\n", d.text());
    }

    @Test
    void htmlDropsScriptsNavigationAndBoilerplateAndReadsMetaDate() throws Exception {
        Document d = readOne("page.html", "<html><head><title>Talks resume</title>"
                + "<meta property=\"article:published_time\" content=\"2020-02-29T08:00:00+03:00\">"
                + "<script>var x = 1;</script></head><body><nav><a>Home</a><a>World</a></nav>"
                + "<article><h1>Talks resume</h1><p>Freedonia and Ruritania resumed talks on Monday.</p>"
                + "<div class=\"share-buttons\">Share on X</div><p>Both sides called the meeting useful.</p></article>"
                + "<footer>Copyright</footer></body></html>");
        assertEquals("Talks resume\nFreedonia and Ruritania resumed talks on Monday.\nBoth sides called the meeting useful.\n", d.text());
        assertEquals(LocalDate.of(2020, 2, 29), d.metadata().published().date());
        assertEquals("Talks resume", d.metadata().title());
    }

    @Test
    void jsonlGivesOneDocumentPerLineAndNamesBadLines() throws Exception {
        Path f = dir.resolve("batch.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"text\":\"Ruritania protested.\",\"published\":\"2017-09-14\",\"source\":\"wire\"}\n"
                + "{not json}\n"
                + "{\"id\":\"c\"}\n"
                + "\n"
                + "{\"text\":\"Freedonia agreed.\"}\n");
        List<ReadOutcome> out = reader.read(f);
        assertEquals(4, out.size());
        Document a = assertInstanceOf(ReadOutcome.Read.class, out.get(0)).document();
        assertEquals("a", a.id());
        assertEquals("wire", a.metadata().source());
        assertEquals(LocalDate.of(2017, 9, 14), a.metadata().published().date());
        assertTrue(((ReadOutcome.Skipped) out.get(1)).input().message().startsWith(f + ":2: not valid JSON ("),
                ((ReadOutcome.Skipped) out.get(1)).input().message());
        assertTrue(((ReadOutcome.Skipped) out.get(1)).input().message().endsWith("; fix or remove the line"));
        assertEquals(f + ":3: field 'text' is missing or empty; give the article text in \"text\"",
                ((ReadOutcome.Skipped) out.get(2)).input().message());
        assertEquals("batch-5", assertInstanceOf(ReadOutcome.Read.class, out.get(3)).document().id());
    }

    @Test
    void missingPath() {
        Path p = dir.resolve("nope");
        assertEquals(p + ": no such file or directory; check the path", skipMessage(p));
    }

    @Test
    void emptyFile() throws Exception {
        Path p = Files.writeString(dir.resolve("e.txt"), "");
        assertEquals(p + ": file is empty; nothing to ingest; remove it or add text", skipMessage(p));
    }

    @Test
    void binaryFile() throws Exception {
        Path p = Files.write(dir.resolve("b.txt"), new byte[] {'a', 'b', 0, 1, 2});
        assertEquals(p + ": looks like a binary file (NUL byte at offset 2); give text files (.txt, .md, .html, .jsonl)", skipMessage(p));
    }

    @Test
    void invalidUtf8NamesTheByte() throws Exception {
        byte[] bytes = "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1);
        Path p = Files.write(dir.resolve("latin1.txt"), bytes);
        assertEquals(p + ": not valid UTF-8 at byte 3; re-save the file as UTF-8", skipMessage(p));
    }

    @Test
    void unreadableFile() throws Exception {
        Path p = Files.writeString(dir.resolve("locked.txt"), "text");
        p.toFile().setReadable(false);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(p), "running as a user who can read anything");
        assertEquals(p + ": cannot be read (permission denied); check the file's permissions", skipMessage(p));
    }

    @Test
    void malformedFrontMatter() throws Exception {
        Path p = Files.writeString(dir.resolve("fm.txt"), "---\ntitle: [unclosed\n---\nBody.\n");
        assertTrue(skipMessage(p).startsWith(p + ": malformed front matter ("), skipMessage(p));
    }

    @Test
    void badPublishedDateNamesTheField() throws Exception {
        Path p = Files.writeString(dir.resolve("d.txt"), "---\npublished: last Tuesday\n---\nBody.\n");
        assertEquals(p + ": field 'published' is not a date ('last Tuesday'); write it as YYYY-MM-DD (or an ISO date-time)", skipMessage(p));
    }

    @Test
    void directoryIsWalkedInNameOrderAndOtherFilesIgnored() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Second.");
        Files.writeString(dir.resolve("a.txt"), "First.");
        Files.writeString(dir.resolve("notes.pdf"), "ignored");
        List<ReadOutcome> out = reader.readAll(List.of(dir));
        assertEquals(List.of("a", "b"), out.stream().map(o -> ((ReadOutcome.Read) o).document().id()).toList());
    }

    @ParameterizedTest
    @CsvSource({"2018-03-08,2018-03-08", "2018-03-08T10:00:00Z,2018-03-08", "2018/03/08,2018-03-08"})
    void parsesIsoDates(String in, String expected) {
        assertEquals(LocalDate.parse(expected), DocumentReader.parseDate(in).orElseThrow());
    }

    @Test
    void rejectsNonDates() {
        assertTrue(DocumentReader.parseDate("March 8").isEmpty());
        assertTrue(DocumentReader.parseDate("2018-13-45").isEmpty());
    }
}
