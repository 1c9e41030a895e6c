package org.chancery.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.coding.CodedEvent;
import org.chancery.coding.EventActor;
import org.chancery.coding.Quantity;
import org.chancery.model.Sentence;
import org.chancery.pipeline.EventRecord;
import org.chancery.store.DuckDbEventStore;
import org.chancery.store.StoredEvent;
import org.chancery.temporal.EventDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show why an event was coded: evidence sentence, trigger, roles, rule, dependency path, dictionary entries, date basis.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "EVENT_ID", description = "an event id from 'chancery events'")
    String eventId;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (DuckDbEventStore s = store.openForReading()) {
            StoredEvent stored = s.eventWithSentence(eventId)
                    .orElseThrow(() -> new UserException("no event '" + eventId + "' in " + store.db + "; list ids with 'chancery events'"));
            print(stored, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    static void print(StoredEvent stored, PrintWriter out) {
        EventRecord r = stored.record();
        CodedEvent e = r.event();
        Sentence s = stored.sentence();
        out.printf("event     %s  (document %s, sentence %d, chars %d-%d)%n", r.eventId(), r.docId(), s.index(), s.start(), s.end());
        out.printf("type      %s%s  CAMEO %s \"%s\"  Goldstein %+.1f  QuadClass %d%n", e.type(),
                e.mode() == null ? "" : " / " + e.mode(), e.cameo().code(), e.cameo().name(), e.cameo().goldstein(), e.cameo().quadClass());
        if (!e.contexts().isEmpty()) {
            out.printf("context   %s%n", String.join(", ", e.contexts()));
        }
        out.printf("evidence  %s%n", mark(s, e));
        out.printf("trigger   \"%s\" at %d-%d%n", e.triggerText(), e.trigger().start(), e.trigger().end());
        roles("source", e.source(), out);
        roles("target", e.target(), out);
        EventDate d = r.date();
        out.printf("date      %s  %s  basis %s%s%n", EventsCommand.date(d), d.granularity() == null ? "" : d.granularity(), d.basis(),
                d.text() == null ? "" : "  from \"" + d.text() + "\"");
        for (Quantity q : e.quantities()) {
            out.printf("quantity  \"%s\" = %s %s%n", q.text(), q.value() == null ? "?" : q.value().toPlainString(), q.unit());
        }
        out.printf("modality  %s   confidence %.2f%n", e.modality(), e.confidence());
        out.printf("rule      %s%n", e.provenance().rule());
        out.printf("path      %s%n", e.provenance().dependencyPath());
        out.printf("entries   %s%n", e.provenance().entries().isEmpty() ? "-" : String.join(", ", e.provenance().entries()));
        out.printf("data      %s  chancery %s%n", e.provenance().dictionaries(), e.provenance().version());
    }

    private static void roles(String label, List<EventActor> actors, PrintWriter out) {
        if (actors.isEmpty()) {
            out.printf("%-9s -%n", label);
        }
        for (EventActor a : actors) {
            out.printf("%-9s %s (%s) from \"%s\" at %d-%d, by %s via %s%n", label, a.code(), a.name(), a.text(), a.start(), a.end(),
                    a.basis().name().toLowerCase(java.util.Locale.ROOT), a.entry());
        }
    }

    /** The sentence with the trigger in [[ ]] and the actors in « ». */
    static String mark(Sentence s, CodedEvent e) {
        StringBuilder b = new StringBuilder(s.text());
        record Mark(int at, String text) {}
        List<Mark> marks = new java.util.ArrayList<>();
        marks.add(new Mark(e.trigger().start() - s.start(), "[["));
        marks.add(new Mark(e.trigger().end() - s.start(), "]]"));
        for (EventActor a : concat(e.source(), e.target())) {
            if (a.start() >= s.start() && a.end() <= s.end()) {
                marks.add(new Mark(a.start() - s.start(), "«"));
                marks.add(new Mark(a.end() - s.start(), "»"));
            }
        }
        marks.sort((x, y) -> Integer.compare(y.at(), x.at()));
        for (Mark m : marks) {
            if (m.at() >= 0 && m.at() <= b.length()) {
                b.insert(m.at(), m.text());
            }
        }
        return b.toString();
    }

    private static List<EventActor> concat(List<EventActor> a, List<EventActor> b) {
        List<EventActor> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
