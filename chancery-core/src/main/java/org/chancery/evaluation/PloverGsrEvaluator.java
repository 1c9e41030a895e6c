package org.chancery.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancery.coding.CodedEvent;
import org.chancery.coding.EventActor;
import org.chancery.model.Document;
import org.chancery.model.DocumentMetadata;
import org.chancery.model.PublicationDate;
import org.chancery.model.PublicationDateBasis;
import org.chancery.ontology.PloverType;
import org.chancery.pipeline.DocumentResult;
import org.chancery.pipeline.EventRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores a pipeline on the PLOVER gold-standard sentences: each sentence is one document.
 * Immutable and thread-safe.
 */
public final class PloverGsrEvaluator {
    private static final Logger LOG = LoggerFactory.getLogger(PloverGsrEvaluator.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Evidence string of the publication date given to the pipeline. */
    public static final String DATE_EVIDENCE = "PLOVER gold date field";

    public static final List<String> NOTES = List.of(
            "each sentence is one document with the gold 'date' as publication date (METADATA, \"" + DATE_EVIDENCE + "\");"
                    + " the DOCUMENT entry is skipped",
            "gold types DEMAND, DISAPPROVE, INVESTIGATE, FIGHT are read as REQUEST, ACCUSE, ACCUSE, ASSAULT",
            "type: correct when ANY system event of the sentence has the gold type;"
                    + " first: the system event with the earliest trigger has it",
            "type+actors (country level): one system event has the gold type, a source whose first three letters"
                    + " equal a gold source's, and likewise a target; a gold sentence without target accepts any target",
            "codes are compared after the alias table (legacy country codes, organisations counted as IGO)");

    private final CodeAliases aliases;

    public PloverGsrEvaluator(CodeAliases aliases) {
        this.aliases = Objects.requireNonNull(aliases, "aliases");
    }

    /** With the alias table shipped with chancery. */
    public static PloverGsrEvaluator withDefaultAliases() throws IOException {
        return new PloverGsrEvaluator(CodeAliases.load());
    }

    /** Reads the gold file: every entry but the DOCUMENT ones, in file order. */
    public static List<GsrSentence> read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        }
        if (!root.isArray()) {
            throw new IOException(file + ": expected a JSON array of gold entries");
        }
        List<GsrSentence> out = new ArrayList<>();
        int n = 0;
        for (JsonNode e : root) {
            n++;
            String event = SeedGoldReader.text(e, "event");
            if ("DOCUMENT".equals(event)) {
                continue;
            }
            String id = SeedGoldReader.text(e, "id");
            String at = file + " entry " + n + (id == null ? "" : " (" + id + ")");
            String text = SeedGoldReader.text(e, "text");
            if (id == null || event == null || text == null) {
                throw new IOException(at + ": needs 'id', 'event' and 'text'");
            }
            PloverType type;
            try {
                type = PloverType.parse(event);
            } catch (IllegalArgumentException ex) {
                throw new IOException(at + ": " + ex.getMessage(), ex);
            }
            LocalDate date = null;
            String d = SeedGoldReader.text(e, "date");
            if (d != null && !d.isBlank()) {
                try {
                    date = LocalDate.parse(d.trim());
                } catch (DateTimeParseException ex) {
                    throw new IOException(at + ": date '" + d + "' is not YYYY-MM-DD", ex);
                }
            }
            out.add(new GsrSentence(id, event, type, date, text, actors(e.get("source"), at), actors(e.get("target"), at)));
        }
        return out;
    }

    private static List<GsrActor> actors(JsonNode side, String at) throws IOException {
        List<GsrActor> out = new ArrayList<>();
        if (side == null || side.isNull() || side.isTextual()) {
            if (side != null && side.isTextual() && !side.asText().isBlank()) {
                throw new IOException(at + ": an actor side must be a list or \"\", got '" + side.asText() + "'");
            }
            return out;
        }
        for (JsonNode a : side) {
            String code = SeedGoldReader.text(a, "code");
            if (code == null || code.isBlank()) {
                throw new IOException(at + ": actor " + SeedGoldReader.preview(a.toString()) + " has no code");
            }
            out.add(new GsrActor(SeedGoldReader.text(a, "actorText"), code.trim(), SeedGoldReader.text(a, "sector")));
        }
        return out;
    }

    /** The document the pipeline sees for one gold sentence. */
    public static Document documentFor(GsrSentence s) {
        PublicationDate published = s.date() == null ? PublicationDate.unknown()
                : PublicationDate.of(s.date(), PublicationDateBasis.METADATA, DATE_EVIDENCE);
        return new Document(s.id(), s.text(), "PLOVER GSR " + s.id(), DocumentMetadata.empty().withPublished(published));
    }

    public GsrReport evaluate(Path file, DocumentProcessor processor) throws IOException {
        return evaluate(read(file), processor);
    }

    public GsrReport evaluate(List<GsrSentence> sentences, DocumentProcessor processor) {
        List<GsrSentenceResult> results = new ArrayList<>(sentences.size());
        for (GsrSentence s : sentences) {
            DocumentResult r;
            try {
                r = processor.process(documentFor(s));
            } catch (RuntimeException e) {
                throw new IllegalStateException("processing PLOVER gold sentence " + s.id() + " failed: " + e.getMessage(), e);
            }
            results.add(score(s, r));
        }
        GsrReport report = GsrReport.of(results, aliases.describe(), NOTES);
        LOG.info("PLOVER gold: {} sentences, type {}, type+actors {}", report.sentences(), Ratio.format(report.typeAccuracy()),
                Ratio.format(report.typeActorsAccuracy()));
        return report;
    }

    /** Scores one sentence's result. */
    public GsrSentenceResult score(GsrSentence gold, DocumentResult result) {
        List<CodedEvent> events = result.events().stream().map(EventRecord::event).toList();
        boolean type = events.stream().anyMatch(e -> e.type() == gold.type());
        boolean first = events.stream().min(Comparator.comparingInt((CodedEvent e) -> e.trigger().start()))
                .map(e -> e.type() == gold.type()).orElse(false);
        boolean actors = events.stream().anyMatch(e -> e.type() == gold.type()
                && side(e.source(), gold.source()) && side(e.target(), gold.target()));
        return new GsrSentenceResult(gold.id(), gold.event(), gold.type(), keys(gold.source()), keys(gold.target()),
                events.stream().map(PloverGsrEvaluator::describe).toList(), type, first, actors);
    }

    /** True when some system actor hits some gold actor by aliased country part; an empty gold side accepts anything. */
    boolean side(List<EventActor> system, List<GsrActor> gold) {
        if (gold.isEmpty()) {
            return true;
        }
        for (EventActor a : system) {
            Set<String> keys = aliases.systemKeys(a.code());
            for (GsrActor g : gold) {
                if (keys.contains(aliases.goldKey(g.code()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> keys(List<GsrActor> side) {
        return side.stream().map(a -> aliases.goldKey(a.code())).distinct().toList();
    }

    private static String describe(CodedEvent e) {
        return e.type() + " " + e.source().stream().map(a -> a.code().value()).collect(Collectors.joining("+", "[", "]"))
                + " -> " + e.target().stream().map(a -> a.code().value()).collect(Collectors.joining("+", "[", "]"))
                + " '" + e.triggerText() + "'";
    }
}
