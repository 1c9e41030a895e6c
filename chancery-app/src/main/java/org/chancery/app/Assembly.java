package org.chancery.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.chancery.actor.DictionaryActorDating;
import org.chancery.actor.DictionaryActorResolver;
import org.chancery.annotate.ParseGate;
import org.chancery.app.ingest.IngestService;
import org.chancery.coding.RuleEventCoder;
import org.chancery.ingest.DocumentReader;
import org.chancery.ingest.ReaderLimits;
import org.chancery.model.Document;
import org.chancery.model.PublicationDate;
import org.chancery.nlp.CoreNlpAnnotator;
import org.chancery.nlp.CoreNlpSettings;
import org.chancery.ontology.OntologyLoader;
import org.chancery.ontology.TableOntology;
import org.chancery.pipeline.EventStore;
import org.chancery.pipeline.Pipeline;
import org.chancery.temporal.ClauseTemporalResolver;
import org.chancery.temporal.GrammarTimeTagger;
import org.chancery.temporal.PublicationDateFinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where chancery's default pipeline is put together, in one readable place: the ontology, the actor
 * dictionaries, the rule book, the time grammar and CoreNLP, with a parse gate that sends to the
 * parser only sentences holding both a possible actor and a possible trigger.
 */
public final class Assembly {
    private static final Logger LOG = LoggerFactory.getLogger(Assembly.class);
    private static final GrammarTimeTagger TIME_TAGGER = new GrammarTimeTagger();
    private static final PublicationDateFinder DATE_FINDER = new PublicationDateFinder();

    private Assembly() {
    }

    /** The chancery checkout (for examples/): {@code -Dchancery.home}, else the working directory. */
    public static Path home() {
        String h = System.getProperty("chancery.home");
        return h != null ? Path.of(h) : Path.of("").toAbsolutePath();
    }

    public static Pipeline defaultPipeline() {
        TableOntology ontology = OntologyLoader.loadDefault();
        DictionaryActorResolver actors = DictionaryActorResolver.fromClasspath();
        RuleEventCoder coder = RuleEventCoder.fromClasspath(ontology, actors.dictionaryHash());
        ParseGate gate = tokens -> actors.mightMention(tokens) && coder.mightTrigger(tokens);
        Pipeline p = Pipeline.builder()
                .annotator(new CoreNlpAnnotator(CoreNlpSettings.defaults(), TIME_TAGGER, gate))
                .actorResolver(actors)
                .eventCoder(coder)
                .temporalResolver(new ClauseTemporalResolver())
                .actorDating(new DictionaryActorDating(actors.dictionary()))
                .build();
        LOG.info("{}", p);
        return p;
    }

    public static IngestService ingestService(java.util.function.Supplier<Pipeline> pipeline, EventStore store, ReaderLimits limits, LocalDate dateOverride) {
        return new IngestService(new DocumentReader(limits), pipeline, store, Assembly::dateFromText, dateOverride);
    }

    /** The document with a publication date read from its text when its metadata has none. */
    public static Document withTextDate(Document doc) {
        if (doc.metadata().published().isKnown()) {
            return doc;
        }
        return doc.withMetadata(doc.metadata().withPublished(dateFromText(doc.text())));
    }

    /**
     * A byline or date line near the top; flagged {@code suspect} when it is later than every dated fact
     * in the text (a crawl or display date).
     */
    static PublicationDate dateFromText(String text) {
        PublicationDate found = DATE_FINDER.fromText(text);
        if (!found.isKnown()) {
            return found;
        }
        return DATE_FINDER.check(found, TIME_TAGGER.tag(text, 0, found.date()));
    }

    /** The commit of the checkout in {@link #home()}, or null when it cannot be read. */
    public static String gitCommit() {
        try {
            Path git = home().resolve(".git");
            String head = Files.readString(git.resolve("HEAD")).strip();
            if (!head.startsWith("ref: ")) {
                return head.substring(0, Math.min(12, head.length()));
            }
            Path ref = git.resolve(head.substring(5));
            if (Files.exists(ref)) {
                return Files.readString(ref).strip().substring(0, 12);
            }
            for (String line : Files.readAllLines(git.resolve("packed-refs"))) {
                if (line.endsWith(" " + head.substring(5))) {
                    return line.substring(0, 12);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.debug("no git commit readable", e);
        }
        return null;
    }
}
