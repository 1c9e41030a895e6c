package org.chancery.actor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.chancery.model.AnnotatedDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the resolver on the development seed articles with the test tokenizer and scores the mentions
 * against the seed gold (README §2.3). Reads /work/shared at run time; skipped when it is absent.
 * The lead's integration test repeats this with CoreNLP tokens.
 */
class SeedMeasurementTest {
    private static final Logger LOG = LoggerFactory.getLogger(SeedMeasurementTest.class);
    /** The shared development data: {@code chancery.shared} (set by the build to ../shared), else the team's /work/shared. */
    static final Path EVAL = sharedFolder();

    private static Path sharedFolder() {
        String configured = System.getProperty("chancery.shared");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        return Path.of("/work/shared");
    }

    @Test
    void seedMentionsAreFound() throws IOException {
        Path goldDir = EVAL.resolve("eval/dev/seed-gold");
        Assumptions.assumeTrue(Files.isDirectory(goldDir), "no seed gold at " + goldDir);
        String dir = System.getProperty("chancery.dict.dir");
        DictionaryActorResolver resolver = dir == null ? DictionaryActorResolver.fromClasspath()
                : DictionaryActorResolver.fromDirectory(Path.of(dir));
        ObjectMapper json = new ObjectMapper();
        ActorMentionScorer.Score total = ActorMentionScorer.Score.empty();
        List<Path> golds;
        try (Stream<Path> s = Files.list(goldDir)) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : golds) {
            JsonNode gold = json.readTree(g.toFile());
            Path textPath = EVAL.resolve("corpus").resolve(gold.path("document").path("path").asText());
            String text = Files.readString(textPath, StandardCharsets.UTF_8);
            String ref = gold.path("document").path("reference_date").asText("");
            LocalDate date = ref.length() == 10 ? LocalDate.parse(ref) : ref.length() == 7 ? LocalDate.parse(ref + "-15") : null;
            AnnotatedDocument doc = TestTokenizer.document(g.getFileName().toString(), text, date);
            List<ActorMention> mentions = resolver.resolve(doc);
            ActorMentionScorer.Score score = ActorMentionScorer.score(gold, text, mentions);
            report(g.getFileName() + ": " + score);
            for (ActorMentionScorer.Miss m : score.misses()) {
                report("   miss " + m + "  «" + context(text, m.start(), m.end()) + "»");
            }
            if (Boolean.getBoolean("chancery.dump")) {
                for (ActorMention m : mentions) {
                    report("   mention " + m.start() + " " + m.text() + " = " + m.code() + (m.locative() ? " @place" : "") + " " + m.basis()
                            + " " + m.entry());
                }
            }
            total = total.plus(score);
        }
        report("TOTAL " + total);
        // issue 3 targets: 95% at country level, 90% with the full code (persons come from persons/*.yaml)
        assertTrue(total.countryRecall() >= 0.95, total.toString());
        assertTrue(total.fullRecall() >= 0.90, total.toString());
    }

    private static String context(String text, int start, int end) {
        return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 30)).replace('\n', ' ');
    }

    private static void report(String line) {
        if (Boolean.getBoolean("chancery.verbose")) {
            System.err.println(line);
        }
        LOG.info(line);
    }
}
