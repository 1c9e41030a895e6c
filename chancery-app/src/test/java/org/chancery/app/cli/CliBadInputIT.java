package org.chancery.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI on bad input, through the real command line, store and (for good files) pipeline: exact
 * stderr lines and exit codes.
 */
class CliBadInputIT {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private String db() {
        return dir.resolve("store.duckdb").toString();
    }

    @Test
    void missingPathIsNamedAndExitCodeSaysSkipped() {
        Path missing = dir.resolve("no-such-dir");
        Run r = run("ingest", "--db", db(), missing.toString());
        assertEquals(ExitCode.PARTIAL, r.code());
        assertEquals("skipped: " + missing + ": no such file or directory; check the path\n", r.err());
        assertEquals("ingested 0 documents (0 events); 0 already present; 1 skipped\n", r.out());
    }

    @Test
    void eachKindOfBadFileGetsOneLine() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path empty = Files.writeString(in.resolve("a-empty.txt"), "");
        Path binary = Files.write(in.resolve("b-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 9});
        Path latin1 = Files.write(in.resolve("c-latin1.txt"), "R\u00e9sum\u00e9 of talks".getBytes(StandardCharsets.ISO_8859_1));
        Path jsonl = Files.writeString(in.resolve("d-batch.jsonl"), "{\"id\": \"x\", \"text\": }\n");
        Run r = run("ingest", "--db", db(), in.toString());
        assertEquals(ExitCode.PARTIAL, r.code());
        String[] lines = r.err().split("\n");
        assertEquals(4, lines.length, r.err());
        assertEquals("skipped: " + empty + ": file is empty; nothing to ingest; remove it or add text", lines[0]);
        assertEquals("skipped: " + binary + ": looks like a binary file (NUL byte at offset 4); give text files (.txt, .md, .html, .jsonl)", lines[1]);
        assertEquals("skipped: " + latin1 + ": not valid UTF-8 at byte 1; re-save the file as UTF-8", lines[2]);
        assertTrue(lines[3].startsWith("skipped: " + jsonl + ":1: not valid JSON ("), lines[3]);
        assertTrue(lines[3].endsWith("; fix or remove the line"), lines[3]);
        assertEquals("ingested 0 documents (0 events); 0 already present; 4 skipped\n", r.out());
    }

    @Test
    void unreadableFileIsNamed() throws Exception {
        Path locked = Files.writeString(dir.resolve("locked.txt"), "Ruritania protested.");
        locked.toFile().setReadable(false);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "root can read anything");
        Run r = run("ingest", "--db", db(), locked.toString());
        assertEquals(ExitCode.PARTIAL, r.code());
        assertEquals("skipped: " + locked + ": cannot be read (permission denied); check the file's permissions\n", r.err());
    }

    @Test
    void queryingAStoreThatDoesNotExist() {
        Path nowhere = dir.resolve("nowhere.duckdb");
        Run r = run("events", "--db", nowhere.toString());
        assertEquals(ExitCode.FAILURE, r.code());
        assertEquals("chancery: store " + nowhere + " does not exist; run 'chancery ingest PATH' first (or give --db)\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void evalWithoutItsDataSaysWhereItLookedInsteadOfPrintingAnEmptyReport() {
        Path nothing = dir.resolve("no-shared");
        Run r = run("eval", "--only", "seed", "--shared", nothing.toString());
        assertEquals(ExitCode.FAILURE, r.code());
        assertEquals("chancery: evaluation data not found: no seed dataset under " + nothing.resolve("eval/dev")
                + "; give --shared DIR (the folder holding eval/dev and corpus) or the dataset's option\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void badFilterValuesAreUsageErrorsNamingTheOption() {
        Run r = run("events", "--db", db(), "--dyad", "USA");
        assertEquals(ExitCode.USAGE, r.code());
        assertEquals("chancery: --dyad must be two actor codes as A:B, got 'USA'\n", r.err());
        Run t = run("events", "--db", db(), "--type", "HUG");
        assertEquals(ExitCode.USAGE, t.code());
        assertTrue(t.err().startsWith("chancery: --type: unknown PLOVER event type 'HUG'"), t.err());
        Run d = run("events", "--db", db(), "--from", "yesterday");
        assertEquals(ExitCode.USAGE, d.code());
        assertEquals("chancery: Invalid value for option '--from': 'yesterday' is not a date; write it as YYYY-MM-DD\n"
                + "Try 'chancery events --help' for usage.\n", d.err());
    }

    @Test
    void unknownOptionAndUnknownCommand() {
        Run r = run("ingest", "--colour", "x");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().startsWith("chancery: Unknown option: '--colour'"), r.err());
        assertTrue(r.err().endsWith("Try 'chancery ingest --help' for usage.\n"), r.err());
        Run u = run("frobnicate");
        assertEquals(ExitCode.USAGE, u.code());
        assertTrue(u.err().startsWith("chancery: Unmatched argument at index 0: 'frobnicate'"), u.err());
    }

    @Test
    void dictLintOnTheShippedDictionariesAndOnABrokenFolder() throws Exception {
        Run ok = run("dict", "lint");
        assertEquals(ExitCode.OK, ok.code(), ok.out());
        assertTrue(ok.out().contains("no problems (sha256:"), ok.out());
        Path bad = Files.createDirectories(dir.resolve("dict/persons"));
        Files.writeString(bad.resolve("x.yaml"), "version: 1\npersons:\n  - id: Bad_Id\n    name: X\n    country: PAK\n");
        Run r = run("dict", "lint", dir.resolve("dict").toString());
        assertEquals(ExitCode.FAILURE, r.code(), r.out());
        assertTrue(r.out().contains("persons/x.yaml:3: person id 'Bad_Id' must be lower-case words joined by hyphens"), r.out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"ingest", "events", "actors", "dyad", "explain", "export", "eval", "bench", "demo", "serve", "dict", "annotate"}) {
            Run r = run(cmd, "--help");
            assertEquals(ExitCode.OK, r.code(), cmd);
            assertTrue(r.out().startsWith("Usage: chancery " + cmd), cmd + ": " + r.out());
        }
    }
}
