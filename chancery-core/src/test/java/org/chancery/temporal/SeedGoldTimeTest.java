package org.chancery.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chancery.model.PublicationDate;
import org.chancery.model.PublicationDateBasis;
import org.chancery.model.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * Reads the development seed gold at run time (skipped when the shared folder is absent) and checks
 * that the grammar finds every time expression the annotators marked as explicit, with an interval
 * that overlaps theirs, and that the publication date finder agrees with the stated dates.
 */
class SeedGoldTimeTest {
    private static final Path SHARED = Path.of(System.getProperty("chancery.shared", "../shared"));
    private static final Path GOLD = SHARED.resolve("eval/dev/seed-gold");
    private static final Path SEEDS = SHARED.resolve("corpus/seeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Path> goldFiles() throws IOException {
        assumeTrue(Files.isDirectory(GOLD) && Files.isDirectory(SEEDS), "shared development data not present");
        try (Stream<Path> files = Files.list(GOLD)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static String seedText(Path gold) throws IOException {
        String name = gold.getFileName().toString().replaceFirst("\\.json$", ".txt");
        return Files.readString(SEEDS.resolve(name));
    }

    /** "2017-09" (a month) is read as its 15th: the annotators resolved against the month only. */
    private static LocalDate reference(String value) {
        return value.length() == 7 ? YearMonth.parse(value).atDay(15) : LocalDate.parse(value);
    }

    private static LocalDate first(String v) {
        return v.length() == 4 ? LocalDate.of(Integer.parseInt(v), 1, 1) : v.length() == 7 ? YearMonth.parse(v).atDay(1) : LocalDate.parse(v);
    }

    private static LocalDate last(String v) {
        return v.length() == 4 ? LocalDate.of(Integer.parseInt(v), 12, 31) : v.length() == 7 ? YearMonth.parse(v).atEndOfMonth() : LocalDate.parse(v);
    }

    private static boolean overlaps(TimeExpression e, String goldValue) {
        String[] parts = goldValue.contains("/") ? goldValue.split("/") : new String[] {goldValue, goldValue};
        LocalDate from = parts[0].equals("..") ? null : first(parts[0]);
        LocalDate to = parts[1].equals("..") ? null : last(parts[1]);
        return (from == null || e.until() == null || !e.until().isBefore(from)) && (to == null || e.begin() == null || !e.begin().isAfter(to));
    }

    @Test
    void everyExplicitGoldExpressionIsFoundWithAnOverlappingInterval() throws IOException {
        TimeTagger tagger = new GrammarTimeTagger();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path gold : goldFiles()) {
            JsonNode root = JSON.readTree(gold.toFile());
            String text = seedText(gold);
            LocalDate ref = reference(root.path("document").path("reference_date").asText());
            for (JsonNode event : root.path("events")) {
                JsonNode date = event.path("date");
                if (!"explicit".equals(date.path("basis").asText()) || date.path("text_expression").isNull()) {
                    continue;
                }
                JsonNode evidence = event.path("evidence");
                int start = text.offsetByCodePoints(0, evidence.path("offset").asInt());
                int end = text.offsetByCodePoints(0, evidence.path("end").asInt());
                String sentence = text.substring(start, end);
                String expression = date.path("text_expression").asText().split(" \\.\\.\\. ")[0];
                int at = sentence.indexOf(expression);
                if (at < 0) {
                    continue;
                }
                checked++;
                int from = start + at;
                int to = from + expression.length();
                boolean found = tagger.tag(sentence, start, ref).stream()
                        .anyMatch(e -> e.start() < to && from < e.end() && overlaps(e, date.path("value").asText()));
                if (!found) {
                    problems.add(gold.getFileName() + " " + event.path("event_id").asText() + ": '" + expression + "' ~ "
                            + date.path("value").asText() + ", tagged " + tagger.tag(sentence, start, ref));
                }
            }
        }
        assertEquals(List.of(), problems, "explicit expressions missed or misdated");
        assertEquals(true, checked >= 10, "expected at least 10 explicit gold expressions, checked " + checked);
    }

    @Test
    void theDateLineAgreesWithTheStatedDate() throws IOException {
        PublicationDateFinder finder = new PublicationDateFinder();
        for (Path gold : goldFiles()) {
            JsonNode stated = JSON.readTree(gold.toFile()).path("document").path("stated_date").path("value");
            PublicationDate found = finder.fromText(seedText(gold));
            if (stated.isNull() || stated.isMissingNode()) {
                assertEquals(PublicationDate.unknown(), found, gold.getFileName().toString());
            } else {
                assertEquals(LocalDate.parse(stated.asText()), found.date(), gold.getFileName().toString());
                assertEquals(PublicationDateBasis.TEXT, found.basis(), gold.getFileName().toString());
            }
        }
    }
}
