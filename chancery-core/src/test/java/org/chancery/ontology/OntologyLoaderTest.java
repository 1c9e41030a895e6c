package org.chancery.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OntologyLoaderTest {

    private static final TableOntology DEFAULT = OntologyLoader.loadDefault();

    @Test
    void defaultHasEveryCameoCodeAndTheTwentyRoots() {
        assertEquals(311, DEFAULT.cameoCodes().size());
        assertEquals(20, DEFAULT.roots().size());
        assertEquals("01", DEFAULT.roots().get(0).code());
        assertEquals("20", DEFAULT.roots().get(19).code());
        assertSame(DEFAULT, OntologyLoader.loadDefault());
    }

    @ParameterizedTest(name = "{0} -> {1} mode={2} goldstein={3} quad={4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            01   | STATEMENT | -            |   0.0 | 1
            016  | STATEMENT | -            |  -2.0 | 1
            0211 | REQUEST   | assist       |   3.4 | 1
            036  | AGREE     | -            |   4.0 | 1
            042  | CONSULT   | visit        |   1.9 | 1
            043  | CONSULT   | host         |   2.8 | 1
            057  | SUPPORT   | -            |   8.0 | 1
            062  | COOPERATE | -            |   7.4 | 2
            072  | AID       | -            |   8.3 | 2
            075  | AID       | sanctuary    |   7.0 | 2
            081  | CONCEDE   | -            |   5.0 | 2
            0813 | CONCEDE   | -            |   5.0 | 2
            085  | RETREAT   | ease         |   7.0 | 2
            0842 | RETREAT   | return       |   7.0 | 2
            0874 | RETREAT   | disarm       |  10.0 | 2
            091  | ACCUSE    | investigate  |  -2.0 | 2
            104  | REQUEST   | change       |  -5.0 | 3
            111  | ACCUSE    | disapprove   |  -2.0 | 3
            129  | REJECT    | yield        |  -5.0 | 3
            138  | THREATEN  | violence     |  -7.0 | 3
            141  | PROTEST   | demo         |  -6.5 | 3
            154  | MOBILIZE  | troops       |  -7.2 | 4
            163  | SANCTION  | -            |  -8.0 | 4
            1622 | SANCTION  | discontinue  |  -5.6 | 4
            173  | COERCE    | arrest       |  -5.0 | 4
            186  | ASSAULT   | assassinate  | -10.0 | 4
            203  | ASSAULT   | cleansing    | -10.0 | 4
            192  | ASSAULT   | -            |  -9.5 | 4
            195  | ASSAULT   | aerial       | -10.0 | 4
            2042 | ASSAULT   | unconventional | -10.0 | 4
            """)
    void defaultMapsCameoToPlover(String code, PloverType type, String mode, double goldstein, int quad) {
        CameoCode c = DEFAULT.cameo(code);
        assertEquals(type, DEFAULT.ploverTypeOf(c));
        assertEquals(Optional.ofNullable(mode), DEFAULT.ploverModeOf(c));
        assertEquals(goldstein, c.goldstein(), 1e-9);
        assertEquals(quad, c.quadClass());
    }

    @Test
    void everyCodeFollowsTheRootFolding() {
        Map<String, PloverType> byRoot = Map.ofEntries(Map.entry("01", PloverType.STATEMENT),
                Map.entry("02", PloverType.REQUEST), Map.entry("03", PloverType.AGREE),
                Map.entry("04", PloverType.CONSULT), Map.entry("05", PloverType.SUPPORT),
                Map.entry("06", PloverType.COOPERATE), Map.entry("07", PloverType.AID),
                Map.entry("09", PloverType.ACCUSE), Map.entry("10", PloverType.REQUEST),
                Map.entry("11", PloverType.ACCUSE), Map.entry("12", PloverType.REJECT),
                Map.entry("13", PloverType.THREATEN), Map.entry("14", PloverType.PROTEST),
                Map.entry("15", PloverType.MOBILIZE), Map.entry("16", PloverType.SANCTION),
                Map.entry("17", PloverType.COERCE), Map.entry("18", PloverType.ASSAULT),
                Map.entry("19", PloverType.ASSAULT), Map.entry("20", PloverType.ASSAULT));
        for (CameoCode c : DEFAULT.cameoCodes()) {
            PloverType expected = c.root().equals("08")
                    ? (c.code().compareTo("084") >= 0 ? PloverType.RETREAT : PloverType.CONCEDE)
                    : byRoot.get(c.root());
            assertEquals(expected, DEFAULT.ploverTypeOf(c), c.code());
        }
    }

    @Test
    void contextsAndModesAreExposed() {
        assertEquals(List.of("economic"), DEFAULT.ploverContextsOf(DEFAULT.cameo("085")));
        assertEquals(List.of("military", "legal"), DEFAULT.ploverContextsOf(DEFAULT.cameo("094")));
        assertEquals(List.of(), DEFAULT.ploverContextsOf(DEFAULT.cameo("010")));
        assertEquals(Set.of("phone", "visit", "host", "third-party", "multilateral"), DEFAULT.modes(PloverType.CONSULT));
        assertTrue(DEFAULT.modes(PloverType.AGREE).isEmpty());
        assertEquals(37, DEFAULT.contexts().size());
        assertTrue(DEFAULT.contexts().containsAll(Set.of("military", "diplomatic", "economic", "cbrn")));
        assertTrue(DEFAULT.contextDefinition("cbrn").contains("nuclear"));
    }

    @Test
    void scoresFollowTypeAndMode() {
        assertEquals(-3.0, DEFAULT.info(PloverType.ACCUSE).score());
        assertEquals(-3.5, DEFAULT.ploverScore(PloverType.ACCUSE, Optional.of("allege")));
        assertEquals(4.0, DEFAULT.ploverScore(PloverType.CONSULT, Optional.of("visit")));
        assertEquals(6.5, DEFAULT.ploverScore(PloverType.RETREAT, Optional.of("ease")));
        assertEquals(2.5, DEFAULT.ploverScore(PloverType.CONSULT, Optional.of("host")));
        assertEquals(-9.0, DEFAULT.ploverScore(PloverType.ASSAULT, Optional.empty()));
        assertTrue(DEFAULT.info(PloverType.AID).requiresRecipient());
        assertFalse(DEFAULT.info(PloverType.CONSULT).requiresRecipient());
        var e = assertThrows(IllegalArgumentException.class,
                () -> DEFAULT.ploverScore(PloverType.AID, Optional.of("visit")));
        assertTrue(e.getMessage().startsWith("unknown mode 'visit' for PLOVER AID"), e.getMessage());
    }

    @Test
    void unknownCodeIsAnErrorNamingIt() {
        var e = assertThrows(IllegalArgumentException.class, () -> DEFAULT.cameo("999"));
        assertEquals("unknown CAMEO code '999'", e.getMessage());
        assertEquals(Optional.empty(), DEFAULT.findCameo("999"));
        assertEquals("Veto", DEFAULT.findCameo("129").orElseThrow().name());
    }

    @Test
    void versionNamesReleaseAndHash() {
        assertTrue(DEFAULT.version().matches("ontology 2026\\.11 sha256:[0-9a-f]{64}"), DEFAULT.version());
    }

    @Test
    void sameFilesFromDiskGiveSameHashAndAnEditChangesIt(@TempDir Path dir) throws IOException {
        for (String f : OntologyLoader.FILES) {
            try (var in = OntologyLoader.class.getClassLoader().getResourceAsStream(OntologyLoader.RESOURCE_DIR + f)) {
                Files.write(dir.resolve(f), in.readAllBytes());
            }
        }
        assertEquals(DEFAULT.version(), OntologyLoader.load(dir).version());
        Files.writeString(dir.resolve("plover_contexts.tsv"), "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertNotEquals(DEFAULT.version(), OntologyLoader.load(dir).version());
    }

    // ---- validation faults, each on a tiny fixture ----

    private static final String VERSION = "# version: 1";
    private static final String CAMEO_HEADER =
            "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\tplover_contexts";

    /** Writes a small valid ontology; {@code cameoLine4} is the fourth line of cameo.tsv. */
    private static Path fixture(Path dir, String cameoLine4) throws IOException {
        String plover = VERSION + "\ntype\tquad\trequires_recipient\tscore\n" + java.util.Arrays.stream(PloverType.values())
                .map(t -> t + "\t" + t.quad() + "\tno\t0.0").collect(Collectors.joining("\n")) + "\n";
        Files.writeString(dir.resolve("plover.tsv"), plover);
        Files.writeString(dir.resolve("plover_modes.tsv"), VERSION + "\ntype\tmode\tscore\nCONSULT\tvisit\t4.0\n");
        Files.writeString(dir.resolve("plover_contexts.tsv"), VERSION + "\ncontext\tdefinition\nmilitary\tarmed forces\n");
        Files.writeString(dir.resolve("cameo.tsv"), VERSION + "\n" + CAMEO_HEADER + "\n"
                + "04\tCONSULT\t1.0\t1\tCONSULT\t\t\n" + cameoLine4 + "\n");
        return dir;
    }

    @Test
    void validFixtureLoads(@TempDir Path dir) throws IOException {
        TableOntology o = OntologyLoader.load(fixture(dir, "042\tMake a visit\t1.9\t1\tCONSULT\tvisit\tmilitary"));
        assertEquals(2, o.cameoCodes().size());
        assertEquals(Optional.of("visit"), o.ploverModeOf(o.cameo("042")));
        assertEquals(List.of("military"), o.ploverContextsOf(o.cameo("042")));
        assertTrue(o.version().startsWith("ontology 1 sha256:"), o.version());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            042\\tMake a visit\\t1.9\\t1\\tFOO\\t\\t              | cameo.tsv:4: unknown PLOVER type 'FOO' (line: "042\\tMake a visit\\t1.9\\t1\\tFOO\\t\\t")
            042\\tMake a visit\\t1.9\\t1\\tCONSULT\\tphone\\t     | cameo.tsv:4: mode 'phone' is not a mode of CONSULT; known: [visit] (line: "042\\tMake a visit\\t1.9\\t1\\tCONSULT\\tphone\\t")
            042\\tMake a visit\\t1.9\\t1\\tCONSULT\\t\\tnaval    | cameo.tsv:4: unknown context 'naval' (line: "042\\tMake a visit\\t1.9\\t1\\tCONSULT\\t\\tnaval")
            055\\tApologize\\t3.5\\t1\\tSUPPORT\\t\\t             | cameo.tsv:4: CAMEO 055: root 05 is missing (line: "055\\tApologize\\t3.5\\t1\\tSUPPORT\\t\\t")
            04\\tAgain\\t1.0\\t1\\tCONSULT\\t\\t                  | cameo.tsv:4: duplicate CAMEO code 04 (first on line 3) (line: "04\\tAgain\\t1.0\\t1\\tCONSULT\\t\\t")
            042\\tMake a visit\\t10.5\\t1\\tCONSULT\\t\\t         | cameo.tsv:4: CAMEO 042: Goldstein value 10.5 is outside -10..10 (line: "042\\tMake a visit\\t10.5\\t1\\tCONSULT\\t\\t")
            042\\tMake a visit\\t1.9\\t5\\tCONSULT\\t\\t          | cameo.tsv:4: CAMEO 042: quad_class 5 is outside 1..4 (line: "042\\tMake a visit\\t1.9\\t5\\tCONSULT\\t\\t")
            042\\tMake a visit\\t1.9\\t0\\tCONSULT\\t\\t          | cameo.tsv:4: CAMEO 042: quad_class 0 is outside 1..4 (line: "042\\tMake a visit\\t1.9\\t0\\tCONSULT\\t\\t")
            042\\tMake a visit\\tmany\\t1\\tCONSULT\\t\\t         | cameo.tsv:4: goldstein must be a number, got 'many' (line: "042\\tMake a visit\\tmany\\t1\\tCONSULT\\t\\t")
            04x\\tMake a visit\\t1.9\\t1\\tCONSULT\\t\\t          | cameo.tsv:4: CAMEO code must be 2-4 digits, got '04x' (line: "04x\\tMake a visit\\t1.9\\t1\\tCONSULT\\t\\t")
            042\\tMake a visit\\t1.9\\t1\\tCONSULT                | cameo.tsv:4: expected 7 tab-separated columns, found 5 (line: "042\\tMake a visit\\t1.9\\t1\\tCONSULT")
            """)
    void cameoFaultNamesFileLineAndPreview(String line, String message, @TempDir Path dir) throws IOException {
        fixture(dir, line.strip().replace("\\t", "\t"));
        var e = assertThrows(OntologyException.class, () -> OntologyLoader.load(dir));
        assertEquals(message.strip(), e.getMessage());
        assertEquals("cameo.tsv", e.file());
        assertEquals(4, e.line());
    }

    @Test
    void unknownTypeInModesFile(@TempDir Path dir) throws IOException {
        fixture(dir, "042\tMake a visit\t1.9\t1\tCONSULT\t\t");
        Files.writeString(dir.resolve("plover_modes.tsv"), VERSION + "\ntype\tmode\tscore\nCONSULT\tvisit\t4.0\nDEMAND\tmeet\t0\n");
        var e = assertThrows(OntologyException.class, () -> OntologyLoader.load(dir));
        assertEquals("plover_modes.tsv:4: unknown PLOVER type 'DEMAND' (line: \"DEMAND\\tmeet\\t0\")", e.getMessage());
    }

    @Test
    void quadOfTypeMustMatchEnum(@TempDir Path dir) throws IOException {
        fixture(dir, "042\tMake a visit\t1.9\t1\tCONSULT\t\t");
        Path p = dir.resolve("plover.tsv");
        Files.writeString(p, Files.readString(p).replace("AID\tMATERIAL_COOPERATION", "AID\tVERBAL_CONFLICT"));
        var e = assertThrows(OntologyException.class, () -> OntologyLoader.load(dir));
        assertEquals("plover.tsv:8: quad 'VERBAL_CONFLICT' of AID differs from MATERIAL_COOPERATION"
                + " (line: \"AID\\tVERBAL_CONFLICT\\tno\\t0.0\")", e.getMessage());
    }

    @Test
    void missingPloverTypeIsReported(@TempDir Path dir) throws IOException {
        fixture(dir, "042\tMake a visit\t1.9\t1\tCONSULT\t\t");
        Path p = dir.resolve("plover.tsv");
        Files.writeString(p, Files.readString(p).replace("STATEMENT\tVERBAL_COOPERATION\tno\t0.0\n", ""));
        var e = assertThrows(OntologyException.class, () -> OntologyLoader.load(dir));
        assertEquals("plover.tsv: PLOVER types missing: [STATEMENT]", e.getMessage());
    }

    @Test
    void uppercaseContextIsRejected(@TempDir Path dir) throws IOException {
        fixture(dir, "042\tMake a visit\t1.9\t1\tCONSULT\t\t");
        Files.writeString(dir.resolve("plover_contexts.tsv"), VERSION + "\ncontext\tdefinition\nMilitary\tarmed forces\n");
        var e = assertThrows(OntologyException.class, () -> OntologyLoader.load(dir));
        assertEquals("plover_contexts.tsv:3: context must be lower case letters, digits and '-', got 'Military'"
                + " (line: \"Military\\tarmed forces\")", e.getMessage());
    }

    @Test
    void versionLineIsRequiredAndMustAgree(@TempDir Path dir) throws IOException {
        fixture(dir, "042\tMake a visit\t1.9\t1\tCONSULT\t\t");
        Files.writeString(dir.resolve("plover_modes.tsv"), "type\tmode\tscore\nCONSULT\tvisit\t4.0\n");
        var e = assertThrows(OntologyException.class, () -> OntologyLoader.load(dir));
        assertEquals("plover_modes.tsv:1: the first line must be '# version: X' (line: \"type\\tmode\\tscore\")",
                e.getMessage());

        Files.writeString(dir.resolve("plover_modes.tsv"), "# version: 2\ntype\tmode\tscore\nCONSULT\tvisit\t4.0\n");
        e = assertThrows(OntologyException.class, () -> OntologyLoader.load(dir));
        assertEquals("plover_modes.tsv:1: version 2 differs from plover.tsv's 1 (line: \"# version: 2\")",
                e.getMessage());
    }

    @Test
    void wrongHeaderAndMissingFile(@TempDir Path dir) throws IOException {
        fixture(dir, "042\tMake a visit\t1.9\t1\tCONSULT\t\t");
        Files.writeString(dir.resolve("plover_contexts.tsv"), VERSION + "\nlabel\tdefinition\nmilitary\tarmed forces\n");
        var e = assertThrows(OntologyException.class, () -> OntologyLoader.load(dir));
        assertEquals("plover_contexts.tsv:2: header must be context definition (tab-separated)"
                + " (line: \"label\\tdefinition\")", e.getMessage());

        Files.delete(dir.resolve("cameo.tsv"));
        e = assertThrows(OntologyException.class, () -> OntologyLoader.load(dir));
        assertEquals("cameo.tsv: missing in " + dir, e.getMessage());
    }
}
