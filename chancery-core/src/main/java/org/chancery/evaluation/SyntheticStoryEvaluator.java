package org.chancery.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.chancery.model.Document;
import org.chancery.model.DocumentMetadata;
import org.chancery.ontology.PloverType;
import org.chancery.pipeline.DocumentResult;
import org.chancery.pipeline.EventRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores a pipeline on the labelled synthetic stories: a story is found when at least one coded
 * event of its labelled type is in it. Stateless and thread-safe.
 */
public final class SyntheticStoryEvaluator {
    private static final Logger LOG = LoggerFactory.getLogger(SyntheticStoryEvaluator.class);
    private static final List<String> HEADER = List.of("id", "label", "mode", "title", "text");

    public static final List<String> NOTES = List.of(
            "a story is one document made of its text only (titles hold template slots such as {country_1});"
                    + " no publication date",
            "found = at least one system event of the story's labelled type; recall per label, macro = mean of the label recalls",
            "with a limit, the first N stories of each label in file order are scored");

    private SyntheticStoryEvaluator() {
    }

    /** Reads the CSV (UTF-8, RFC 4180, header {@code id,label,mode,title,text}). */
    public static List<SyntheticStory> read(Path csv) throws IOException {
        List<CsvRecord> rows;
        try (Reader r = new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(csv),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            rows = CsvReader.read(r, csv.toString());
        }
        if (rows.isEmpty()) {
            throw new IOException(csv + ": empty file, expected the header " + String.join(",", HEADER));
        }
        List<String> header = rows.get(0).fields().stream().map(h -> h.strip().replace("\uFEFF", "")).toList();
        if (!header.equals(HEADER)) {
            throw new IOException(csv + ":1: expected the header " + String.join(",", HEADER) + ", got " + String.join(",", header));
        }
        List<SyntheticStory> out = new ArrayList<>(rows.size() - 1);
        for (CsvRecord row : rows.subList(1, rows.size())) {
            List<String> f = row.fields();
            if (f.size() != HEADER.size()) {
                throw new IOException(csv + ":" + row.line() + ": expected " + HEADER.size() + " fields, got " + f.size()
                        + " in '" + SeedGoldReader.preview(String.join(",", f)) + "'");
            }
            PloverType label;
            try {
                label = PloverType.parse(f.get(1));
            } catch (IllegalArgumentException e) {
                throw new IOException(csv + ":" + row.line() + ": " + e.getMessage(), e);
            }
            if (f.get(0).isBlank() || f.get(4).isBlank()) {
                throw new IOException(csv + ":" + row.line() + ": story without id or text");
            }
            out.add(new SyntheticStory(f.get(0), label, f.get(2).isEmpty() ? null : f.get(2), f.get(3), f.get(4), row.line()));
        }
        return out;
    }

    /** The first {@code limitPerLabel} stories of each label, in file order; all when the limit is null. */
    public static List<SyntheticStory> select(List<SyntheticStory> stories, Integer limitPerLabel) {
        if (limitPerLabel == null) {
            return stories;
        }
        if (limitPerLabel < 1) {
            throw new IllegalArgumentException("limit per label must be >= 1, got " + limitPerLabel);
        }
        Map<PloverType, Integer> taken = new EnumMap<>(PloverType.class);
        List<SyntheticStory> out = new ArrayList<>();
        for (SyntheticStory s : stories) {
            int n = taken.getOrDefault(s.label(), 0);
            if (n < limitPerLabel) {
                taken.put(s.label(), n + 1);
                out.add(s);
            }
        }
        return out;
    }

    public static Document documentFor(SyntheticStory s) {
        return new Document(s.id(), s.text(), "synthetic story " + s.id() + " (line " + s.line() + ")", DocumentMetadata.empty());
    }

    public static SyntheticReport evaluate(Path csv, Integer limitPerLabel, DocumentProcessor processor) throws IOException {
        return evaluate(read(csv), limitPerLabel, processor);
    }

    public static SyntheticReport evaluate(List<SyntheticStory> all, Integer limitPerLabel, DocumentProcessor processor) {
        List<SyntheticStory> stories = select(all, limitPerLabel);
        Map<PloverType, int[]> rows = new EnumMap<>(PloverType.class);
        List<StoryMiss> misses = new ArrayList<>();
        int found = 0;
        int done = 0;
        for (SyntheticStory s : stories) {
            DocumentResult r;
            try {
                r = processor.process(documentFor(s));
            } catch (RuntimeException e) {
                throw new IllegalStateException("processing synthetic story " + s.id() + " failed: " + e.getMessage(), e);
            }
            List<PloverType> types = r.events().stream().map(EventRecord::event).map(e -> e.type()).distinct().toList();
            int[] row = rows.computeIfAbsent(s.label(), t -> new int[2]);
            row[0]++;
            if (types.contains(s.label())) {
                row[1]++;
                found++;
            } else {
                misses.add(new StoryMiss(s.id(), s.label(), s.mode(), types));
            }
            if (++done % 250 == 0) {
                LOG.info("synthetic stories: {}/{} scored", done, stories.size());
            }
        }
        List<StoryTypeRow> table = rows.entrySet().stream().map(e -> new StoryTypeRow(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        SyntheticReport report = new SyntheticReport(stories.size(), found, limitPerLabel, table, misses, NOTES);
        LOG.info("synthetic stories: {} scored, macro recall {}", stories.size(), Ratio.format(report.macroRecall()));
        return report;
    }
}
