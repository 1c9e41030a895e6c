package org.chancery.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chancery.actor.ActorMention;
import org.chancery.actor.ActorResolver;
import org.chancery.annotate.Annotator;
import org.chancery.coding.CodedEvent;
import org.chancery.coding.EventCoder;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Document;
import org.chancery.temporal.EventDate;
import org.chancery.temporal.TemporalResolver;

/**
 * The chancery pipeline: annotate → resolve actors → code events → date events. Built once with
 * {@link #builder()}; immutable and thread-safe when its stages are. {@link #toString()} names every
 * stage, so each log says which pipeline ran.
 */
public final class Pipeline {
    private final Annotator annotator;
    private final ActorResolver actors;
    private final EventCoder coder;
    private final TemporalResolver dates;

    private Pipeline(Builder b) {
        this.annotator = b.annotator;
        this.actors = b.actors;
        this.coder = b.coder;
        this.dates = b.dates;
    }

    public static Builder builder() {
        return new Builder();
    }

    public DocumentResult process(Document document) {
        return processAnnotated(annotator.annotate(document));
    }

    /** Runs the stages after annotation; used by tests on fixed annotations and by timing. */
    public DocumentResult processAnnotated(AnnotatedDocument annotated) {
        List<ActorMention> mentions = actors.resolve(annotated);
        List<CodedEvent> coded = coder.code(annotated, mentions);
        String hash = annotated.document().contentHash();
        List<EventRecord> events = new ArrayList<>(coded.size());
        for (CodedEvent e : coded) {
            EventDate date = dates.resolve(annotated, e);
            events.add(new EventRecord(EventRecord.idFor(hash, e), annotated.document().id(), e, date));
        }
        return new DocumentResult(annotated, mentions, events);
    }

    public Annotator annotator() {
        return annotator;
    }

    public ActorResolver actorResolver() {
        return actors;
    }

    public EventCoder eventCoder() {
        return coder;
    }

    public TemporalResolver temporalResolver() {
        return dates;
    }

    @Override
    public String toString() {
        return "Pipeline[annotate=" + annotator.describe()
                + " | actors=" + actors.getClass().getSimpleName() + " " + actors.dictionaryHash()
                + " | coder=" + coder.describe()
                + " | dates=" + dates.getClass().getSimpleName() + "]";
    }

    /** Assembles a pipeline; {@link #build()} fails naming every missing stage. */
    public static final class Builder {
        private Annotator annotator;
        private ActorResolver actors;
        private EventCoder coder;
        private TemporalResolver dates;

        public Builder annotator(Annotator a) {
            this.annotator = Objects.requireNonNull(a, "annotator");
            return this;
        }

        public Builder actorResolver(ActorResolver r) {
            this.actors = Objects.requireNonNull(r, "actorResolver");
            return this;
        }

        public Builder eventCoder(EventCoder c) {
            this.coder = Objects.requireNonNull(c, "eventCoder");
            return this;
        }

        public Builder temporalResolver(TemporalResolver t) {
            this.dates = Objects.requireNonNull(t, "temporalResolver");
            return this;
        }

        public Pipeline build() {
            List<String> missing = new ArrayList<>();
            if (annotator == null) missing.add("annotator (e.g. CoreNlpAnnotator)");
            if (actors == null) missing.add("actorResolver (e.g. DictionaryActorResolver)");
            if (coder == null) missing.add("eventCoder (e.g. RuleEventCoder)");
            if (dates == null) missing.add("temporalResolver (e.g. ClauseTemporalResolver)");
            if (!missing.isEmpty()) {
                throw new IllegalStateException("pipeline is missing " + String.join(", ", missing));
            }
            return new Pipeline(this);
        }
    }
}
