package org.chancery.app.cli;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.chancery.actor.ActorCode;
import org.chancery.analytics.EventQuery;
import org.chancery.coding.Modality;
import org.chancery.ontology.PloverType;
import picocli.CommandLine.Option;

/** Event filters shared by {@code events} and {@code export}. */
final class QueryOptions {
    @Option(names = "--actor", paramLabel = "CODE", description = "events with this actor as source or target (PAK matches PAKGOV, PAKMIL…)")
    String actor;

    @Option(names = "--dyad", paramLabel = "A:B", description = "events between two actors, either direction (e.g. USA:PAK)")
    String dyad;

    @Option(names = "--directed", description = "with --dyad: only A as source and B as target")
    boolean directed;

    @Option(names = "--type", paramLabel = "TYPE[,TYPE…]", split = ",", description = "PLOVER types, e.g. AID,SANCTION")
    Set<String> types;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "events whose date ends on or after this day")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "events whose date starts on or before this day")
    LocalDate to;

    @Option(names = "--modality", paramLabel = "M[,M…]", split = ",", description = "ASSERTED, NEGATED, HYPOTHETICAL, RECOMMENDED, PLANNED, REPORTED, HABITUAL")
    Set<String> modalities;

    @Option(names = "--doc", paramLabel = "DOC_ID", description = "events of one document")
    String docId;

    @Option(names = "--text", paramLabel = "WORDS", description = "text to find in the evidence sentence")
    String text;

    EventQuery toQuery(int limit, int offset) {
        ActorCode a = null;
        ActorCode b = null;
        if (dyad != null) {
            String[] parts = dyad.split(":");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("--dyad must be two actor codes as A:B, got '" + dyad + "'");
            }
            a = code("--dyad", parts[0]);
            b = code("--dyad", parts[1]);
        }
        Set<PloverType> t = EnumSet.noneOf(PloverType.class);
        if (types != null) {
            for (String s : types) {
                try {
                    t.add(PloverType.parse(s));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--type: " + e.getMessage());
                }
            }
        }
        Set<Modality> m = EnumSet.noneOf(Modality.class);
        if (modalities != null) {
            for (String s : modalities) {
                try {
                    m.add(Modality.valueOf(s.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--modality: unknown modality '" + s + "'; use one of ASSERTED, NEGATED, "
                            + "HYPOTHETICAL, RECOMMENDED, PLANNED, REPORTED, HABITUAL");
                }
            }
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to (" + to + ") is before --from (" + from + ")");
        }
        return new EventQuery(docId, actor == null ? null : code("--actor", actor), a, b, directed, t, from, to, m, text, limit, offset);
    }

    static ActorCode code(String option, String value) {
        try {
            return ActorCode.of(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }
}
