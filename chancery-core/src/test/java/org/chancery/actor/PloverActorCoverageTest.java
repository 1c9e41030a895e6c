package org.chancery.actor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many source and target phrases of the PLOVER gold-standard sentences (read from /work/shared at
 * run time) are covered by a mention with the same country: a check of the dictionaries on varied
 * wording. Skipped when the file is absent.
 */
class PloverActorCoverageTest {
    private static final Logger LOG = LoggerFactory.getLogger(PloverActorCoverageTest.class);

    @Test
    void sourcesAndTargetsAreMostlyCovered() throws IOException {
        Path file = SeedMeasurementTest.EVAL.resolve("eval/dev/plover-gsr/PLOVER_GSR_dev.json");
        Assumptions.assumeTrue(Files.isRegularFile(file), "no PLOVER gold at " + file);
        JsonNode all = new ObjectMapper().readTree(file.toFile());
        DictionaryActorResolver resolver = DictionaryActorResolver.fromClasspath();
        int phrases = 0;
        int covered = 0;
        for (JsonNode item : all) {
            String text = item.path("text").asText("");
            if (text.isEmpty()) {
                continue;
            }
            List<ActorMention> ms = resolver.resolve(TestTokenizer.document(text, null));
            for (String side : List.of("source", "target")) {
                for (JsonNode a : item.path(side)) {
                    String phrase = a.path("actorText").asText("");
                    String code = a.path("code").asText("");
                    int at = text.indexOf(phrase);
                    if (phrase.isEmpty() || code.length() < 3 || at < 0) {
                        continue;
                    }
                    phrases++;
                    int end = at + phrase.length();
                    boolean hit = ms.stream().anyMatch(m -> m.start() < end && m.end() > at
                            && m.code().countryPart().equals(code.substring(0, 3)));
                    if (hit) {
                        covered++;
                    } else if (Boolean.getBoolean("chancery.verbose")) {
                        System.err.println("uncovered " + phrase + " " + code + " :: " + ms.stream()
                                .filter(m -> m.start() < end && m.end() > at).map(m -> m.text() + "=" + m.code()).toList()
                                + " :: " + text);
                    }
                }
            }
        }
        double share = phrases == 0 ? 1 : (double) covered / phrases;
        LOG.info("PLOVER actor phrases covered: {}/{}", covered, phrases);
        if (Boolean.getBoolean("chancery.verbose")) {
            System.err.println("PLOVER actor phrases covered: " + covered + "/" + phrases);
        }
        assertTrue(share >= 0.6, "covered " + covered + "/" + phrases);
    }
}
