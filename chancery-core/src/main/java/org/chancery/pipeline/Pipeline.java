package org.chancery.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.chancery.actor.ActorCode;
import org.chancery.actor.ActorDating;
import org.chancery.actor.ActorMention;
import org.chancery.actor.ActorResolver;
import org.chancery.annotate.Annotator;
import org.chancery.coding.CodedEvent;
import org.chancery.coding.EventActor;
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
    private final ActorDating actorDating;

    private Pipeline(Builder b) {
        this.annotator = b.annotator;
        this.actors = b.actors;
        this.coder = b.coder;
        this.dates = b.dates;
        this.actorDating = b.actorDating;
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
            e = atEventDate(e, date);
            events.add(new EventRecord(EventRecord.idFor(hash, e), annotated.document().id(), e, date));
        }
        return new DocumentResult(annotated, mentions, withoutRepeatedReferences(annotated, events));
    }

    /**
     * Analysis prose names an ongoing policy again and again ("Pakistan's support for militant groups" five times in
     * one article); each later, undated nominal reference to an act already coded in the document (same type, code,
     * actors and trigger lemma) is the same occurrence, not a new event, and is dropped. A reference with its own
     * time expression is kept: "the visit in 2018" after "the visit in 2017" is another visit.
     */
    static List<EventRecord> withoutRepeatedReferences(AnnotatedDocument annotated, List<EventRecord> events) {
        java.util.Map<String, Integer> firstAt = new java.util.HashMap<>();
        List<EventRecord> kept = new ArrayList<>(events.size());
        for (EventRecord r : events) {
            CodedEvent e = r.event();
            org.chancery.model.Token trigger = annotated.sentences().get(e.sentenceIndex()).tokens().get(e.triggerToken());
            java.util.TreeSet<String> src = new java.util.TreeSet<>();
            java.util.TreeSet<String> tgt = new java.util.TreeSet<>();
            e.source().forEach(a -> src.add(a.code().value()));
            e.target().forEach(a -> tgt.add(a.code().value()));
            String key = e.type() + "|" + e.cameo().code() + "|" + src + "|" + tgt + "|" + trigger.lemma().toLowerCase(java.util.Locale.ROOT);
            Integer first = firstAt.get(key);
            if (first != null && trigger.isNoun() && r.date().basis() != org.chancery.temporal.DateBasis.TEXT) {
                // the occurrence is kept once, as asserted as the text ever states it
                if (e.modality() == org.chancery.coding.Modality.ASSERTED && kept.get(first).event().modality() != e.modality()) {
                    kept.set(first, r);
                }
                continue;
            }
            if (first == null) {
                firstAt.put(key, kept.size());
            }
            kept.add(r);
        }
        return kept;
    }

    /** Participants re-coded for the day the event happened (persons by office, groups by status). */
    private CodedEvent atEventDate(CodedEvent e, EventDate date) {
        LocalDate day = middle(date);
        if (day == null || actorDating == ActorDating.NONE) {
            return e;
        }
        List<EventActor> source = recode(e.source(), day);
        List<EventActor> target = recode(e.target(), day);
        if (source.equals(e.source()) && target.equals(e.target())) {
            return e;
        }
        return new CodedEvent(e.sentenceIndex(), e.trigger(), e.triggerText(), e.triggerToken(), source, target, e.type(), e.mode(),
                e.contexts(), e.cameo(), e.quantities(), e.modality(), e.confidence(), e.provenance());
    }

    private List<EventActor> recode(List<EventActor> actors, LocalDate day) {
        List<EventActor> out = new ArrayList<>(actors.size());
        for (EventActor a : actors) {
            ActorCode c = actorDating.codeOn(a.entry(), a.code(), day);
            out.add(c.equals(a.code()) ? a : new EventActor(c, a.name(), a.text(), a.start(), a.end(), a.basis(), a.entry()));
        }
        return out;
    }

    private static LocalDate middle(EventDate d) {
        if (d.start() != null && d.end() != null) {
            return d.start().plusDays(ChronoUnit.DAYS.between(d.start(), d.end()) / 2);
        }
        return d.anchor();
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
                + " | dates=" + dates.getClass().getSimpleName()
                + (actorDating == ActorDating.NONE ? "" : " | participants re-coded at the event date") + "]";
    }

    /** Assembles a pipeline; {@link #build()} fails naming every missing stage. */
    public static final class Builder {
        private Annotator annotator;
        private ActorResolver actors;
        private EventCoder coder;
        private TemporalResolver dates;
        private ActorDating actorDating = ActorDating.NONE;

        /** Optional: re-code participants at the event date (default: keep the resolver's codes). */
        public Builder actorDating(ActorDating d) {
            this.actorDating = Objects.requireNonNull(d, "actorDating");
            return this;
        }

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
