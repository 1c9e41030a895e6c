package org.chancery.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Checks the bundled ontology against the public reference tables and the development gold
 * annotations in {@code ../shared} (read at run time, skipped when the folder is absent).
 */
class ReferenceAgreementTest {
    private static final Path SHARED = Path.of(System.getProperty("chancery.shared", "/work/shared"));
    private static final TableOntology ONTOLOGY = OntologyLoader.loadDefault();

    @Test
    void everyReferenceCodeHasItsNameGoldsteinAndQuadClass() throws IOException {
        Path ref = SHARED.resolve("reference/ontology/cameo_event_codes.tsv");
        assumeTrue(Files.isReadable(ref), "no reference table at " + ref);
        List<String> lines = Files.readAllLines(ref);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int code = header.indexOf("code");
        int name = header.indexOf("name_cameo_manual");
        int gold = header.indexOf("goldstein_gdelt");
        int quad = header.indexOf("gdelt_quadclass");
        List<String> wrong = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            Optional<CameoCode> ours = ONTOLOGY.findCameo(c[code]);
            if (ours.isEmpty()
                    || !ours.get().name().equals(c[name])
                    || ours.get().goldstein() != Double.parseDouble(c[gold])
                    || ours.get().quadClass() != Integer.parseInt(c[quad])) {
                wrong.add(c[code] + " ours=" + ours.orElse(null));
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(lines.stream().skip(1).filter(l -> !l.isBlank()).count(), ONTOLOGY.cameoCodes().size());
    }

    @Test
    void seedGoldEventsAgreeWithTheMapping() throws IOException {
        Path dir = SHARED.resolve("eval/dev/seed-gold");
        assumeTrue(Files.isDirectory(dir), "no seed gold at " + dir);
        ObjectMapper json = new ObjectMapper();
        List<String> wrong = new ArrayList<>();
        int events = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode e : json.readTree(f.toFile()).path("events")) {
                    events++;
                    String cameo = e.path("cameo_code").asText();
                    PloverType type = PloverType.parse(e.path("plover_type").asText());
                    String mode = e.path("plover_mode").asText("");
                    Optional<CameoCode> c = ONTOLOGY.findCameo(cameo);
                    if (c.isEmpty() || ONTOLOGY.ploverTypeOf(c.get()) != type
                            || (!mode.isEmpty() && !ONTOLOGY.modes(type).contains(mode))) {
                        wrong.add(f.getFileName() + " " + e.path("event_id").asText() + " " + cameo + " " + type + " " + mode);
                    }
                }
            }
        }
        assertTrue(events > 0, "no events read from " + dir);
        assertEquals(List.of(), wrong);
    }
}
