package org.chancery.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders an {@link EvalReport} as fixed-width text tables for a terminal or a README. Stateless. */
public final class EvalReportText {
    /** Longest list printed per section; the JSON always has every item. */
    public static final int MAX_LINES = 40;

    private EvalReportText() {
    }

    public static String render(EvalReport r) {
        StringBuilder b = new StringBuilder();
        b.append("chancery eval   date ").append(r.date()).append("   commit ").append(r.commit() == null ? "unknown" : r.commit()).append('\n');
        if (r.pipeline() != null) {
            b.append("pipeline: ").append(r.pipeline()).append('\n');
        }
        if (r.seedGold() != null) {
            seed(b, r.seedGold());
        }
        if (r.ploverGsr() != null) {
            gsr(b, r.ploverGsr());
        }
        if (r.synthetic() != null) {
            synthetic(b, r.synthetic());
        }
        if (!r.peers().isEmpty()) {
            b.append("\nPeers\n");
            for (PeerFigure p : r.peers()) {
                b.append(String.format(Locale.ROOT, "  %-30s %-22s %-40s %.2f%n", p.system(), p.dataset(), p.metric(), p.value()));
            }
        }
        return b.toString();
    }

    /**
     * The README's quality table in Markdown: the headline numbers of each dataset that was run, with
     * the peers' figures where they exist, and the date and commit.
     */
    public static String markdown(EvalReport r) {
        StringBuilder b = new StringBuilder();
        b.append("Measured ").append(r.date()).append(" at commit ").append(r.commit() == null ? "unknown" : r.commit())
                .append(" on `../shared/eval/dev`.\n\n");
        b.append("| dataset | metric | chancery | PETRARCH2 |\n|---|---|---|---|\n");
        if (r.seedGold() != null) {
            SeedGoldReport s = r.seedGold();
            for (LevelScore l : List.of(s.country(), s.strict())) {
                String lv = level(l.level()) + " level";
                boolean c = l.level() == MatchLevel.COUNTRY;
                row(b, "seed gold", "core recall, " + lv, l.coreRecall(), c ? peer(r, "seed gold", "core recall") : null);
                row(b, "seed gold", "all recall, " + lv, l.allRecall(), null);
                row(b, "seed gold", "precision, " + lv, l.precision(), c ? peer(r, "seed gold", "precision") : null);
                row(b, "seed gold", "precision of the counted kinds (asserted, reported, habitual), " + lv, l.factPrecision(), null);
                row(b, "seed gold", "date accuracy, " + lv, l.dateAccuracy(), null);
            }
            b.append("| seed gold | non-event hits (country level) | ").append(s.country().nonEventHits()).append(" of ")
                    .append(s.country().nonEvents()).append(" | |\n");
            row(b, "seed gold", "actor mentions, country level", s.mentions().countryRecall(), null);
            row(b, "seed gold", "actor mentions, strict level", s.mentions().strictRecall(), null);
        }
        if (r.ploverGsr() != null) {
            GsrReport g = r.ploverGsr();
            row(b, "PLOVER gold sentences", "type", g.typeAccuracy(), null);
            row(b, "PLOVER gold sentences", "type + source + target (country level)", g.typeActorsAccuracy(),
                    peer(r, "PLOVER gold sentences", "type + source + target"));
            row(b, "PLOVER gold sentences", "no output", g.noOutputRate(), null);
        }
        if (r.synthetic() != null) {
            SyntheticReport y = r.synthetic();
            String n = y.limitPerLabel() == null ? "" : " (first " + y.limitPerLabel() + " per label)";
            row(b, "synthetic stories" + n, "macro recall", y.macroRecall(), null);
            row(b, "synthetic stories" + n, "lowest type recall", y.minRecall(), null);
        }
        return b.toString();
    }

    private static Double peer(EvalReport r, String dataset, String metricStart) {
        return r.peers().stream().filter(p -> p.dataset().equals(dataset) && p.metric().startsWith(metricStart))
                .map(PeerFigure::value).findFirst().orElse(null);
    }

    private static void row(StringBuilder b, String dataset, String metric, Double value, Double peer) {
        b.append("| ").append(dataset).append(" | ").append(metric).append(" | ").append(Ratio.format(value)).append(" | ")
                .append(peer == null ? "" : Ratio.format(peer)).append(" |\n");
    }

    private static void seed(StringBuilder b, SeedGoldReport s) {
        b.append("\nSeed gold: ").append(s.documents().size()).append(" documents (publication date = gold reference_date, METADATA \"")
                .append(SeedGoldEvaluator.DATE_EVIDENCE).append("\")\n");
        b.append(String.format(Locale.ROOT, "  %-8s %-16s %-16s %-16s %-16s %s%n", "level", "core recall", "all recall", "precision",
                "date accuracy", "non-event hits"));
        for (LevelScore l : List.of(s.country(), s.strict())) {
            b.append(String.format(Locale.ROOT, "  %-8s %-16s %-16s %-16s %-16s %d/%d%n", level(l.level()),
                    ratio(l.coreRecall(), l.coreFound(), l.coreEvents()), ratio(l.allRecall(), l.goldFound(), l.goldEvents()),
                    ratio(l.precision(), l.systemMatched(), l.systemEvents()), ratio(l.dateAccuracy(), l.dateCorrect(), l.datedFound()),
                    l.nonEventHits(), l.nonEvents()));
        }
        b.append(String.format(Locale.ROOT, "  precision of the kinds analytics count (asserted, reported, habitual): country %s, strict %s%n",
                ratio(s.country().factPrecision(), s.country().factMatched(), s.country().factEvents()),
                ratio(s.strict().factPrecision(), s.strict().factMatched(), s.strict().factEvents())));
        b.append(String.format(Locale.ROOT, "  %-28s %-12s %5s %5s %14s %14s %14s %14s%n", "document", "ref. date", "gold", "sys",
                "core (c)", "prec (c)", "core (s)", "prec (s)"));
        for (SeedDocumentScore d : s.documents()) {
            b.append(String.format(Locale.ROOT, "  %-28s %-12s %5d %5d %14s %14s %14s %14s%n", d.docId(), d.referenceDate(), d.goldEvents(),
                    d.systemEvents(), ratio(d.country().coreRecall(), d.country().coreFound(), d.country().coreEvents()),
                    ratio(d.country().precision(), d.country().systemMatched(), d.country().systemEvents()),
                    ratio(d.strict().coreRecall(), d.strict().coreFound(), d.strict().coreEvents()),
                    ratio(d.strict().precision(), d.strict().systemMatched(), d.strict().systemEvents())));
        }
        if (!s.country().coreMisses().isEmpty()) {
            b.append("  missed core events (country level):\n");
            for (CoreMiss m : s.country().coreMisses()) {
                b.append(miss(m));
            }
        }
        List<String> countryMissed = s.country().coreMisses().stream().map(m -> m.docId() + "/" + m.eventId()).toList();
        List<CoreMiss> strictOnly = s.strict().coreMisses().stream().filter(m -> !countryMissed.contains(m.docId() + "/" + m.eventId())).toList();
        if (!strictOnly.isEmpty()) {
            b.append("  core events found at country level but missed at strict level:\n");
            for (CoreMiss m : strictOnly) {
                b.append(miss(m));
            }
        }
        if (!s.country().nonEventHitList().isEmpty()) {
            b.append("  non-event hits (country level):\n");
            for (NonEventHit h : s.country().nonEventHitList()) {
                b.append(String.format(Locale.ROOT, "    %-28s %-10s '%s' in \"%s\"%n", h.docId(), h.systemType(), h.trigger(),
                        SeedGoldReader.preview(h.nonEvent() == null ? "" : h.nonEvent())));
            }
        }
        if (!s.country().modalityMismatches().isEmpty()) {
            b.append("  found, but with a contradicting modality (country level):\n");
            for (ModalityMismatch m : s.country().modalityMismatches()) {
                b.append(String.format(Locale.ROOT, "    %-28s %-4s gold %s%s%s, system %s%n", m.docId(), m.eventId(), m.goldModality(),
                        m.goldNegated() ? " negated" : "", m.goldHypothetical() ? " hypothetical" : "", m.systemModalities()));
            }
        }
        List<RuleScore> misfiring = s.country().rules().stream().filter(r -> r.unmatched() > 0)
                .sorted(java.util.Comparator.comparingInt(RuleScore::unmatched).reversed().thenComparing(RuleScore::rule))
                .limit(MAX_LINES).toList();
        if (!misfiring.isEmpty()) {
            b.append("  rules with events that match no gold event (country level; events, matched, of the counted kinds):\n");
            for (RuleScore r : misfiring) {
                b.append(String.format(Locale.ROOT, "    %-48s %3d events %3d matched %3d counted%n", r.rule(), r.events(), r.matched(),
                        r.facts()));
            }
        }
        MentionScore m = s.mentions();
        b.append(String.format(Locale.ROOT, "  actor mentions: country %s, strict %s; excluded occurrences reported as actors %d/%d%n",
                ratio(m.countryRecall(), m.foundCountry(), m.occurrences()), ratio(m.strictRecall(), m.foundStrict(), m.occurrences()),
                m.excludedHits(), m.excluded()));
        List<MentionMiss> shown = m.misses().stream().sorted(java.util.Comparator.comparing(MentionMiss::countryHit)).limit(MAX_LINES).toList();
        for (MentionMiss x : shown) {
            b.append(String.format(Locale.ROOT, "    miss %-28s %-24s @%-6d gold %-8s system %s%s%n", x.docId(), quote(x.form()), x.start(),
                    x.goldCode(), x.systemCodes().isEmpty() ? "-" : String.join(",", x.systemCodes()), x.countryHit() ? " (country ok)" : ""));
        }
        more(b, m.misses().size() - shown.size());
        for (MentionMiss x : m.excludedHitList()) {
            b.append(String.format(Locale.ROOT, "    excluded %-24s %-24s @%-6d system %s (%s)%n", x.docId(), quote(x.form()), x.start(),
                    String.join(",", x.systemCodes()), SeedGoldReader.preview(x.excludedReason())));
        }
        for (String n : s.notes()) {
            b.append("  note: ").append(n).append('\n');
        }
    }

    private static void gsr(StringBuilder b, GsrReport g) {
        b.append("\nPLOVER gold sentences: ").append(g.sentences()).append("   (aliases: ").append(g.aliases()).append(")\n");
        b.append(String.format(Locale.ROOT, "  type (any event) %s   type (first event) %s   type+source+target (country) %s   no output %s%n",
                ratio(g.typeAccuracy(), g.typeFound(), g.sentences()), ratio(g.firstTypeAccuracy(), g.firstTypeCorrect(), g.sentences()),
                ratio(g.typeActorsAccuracy(), g.typeAndActors(), g.sentences()), ratio(g.noOutputRate(), g.noOutput(), g.sentences())));
        b.append(String.format(Locale.ROOT, "  %-10s %5s %14s %14s %14s %10s%n", "type", "n", "any event", "first event", "type+actors", "no output"));
        for (GsrTypeRow r : g.perType()) {
            b.append(String.format(Locale.ROOT, "  %-10s %5d %14s %14s %14s %10d%n", r.type(), r.sentences(),
                    ratio(r.typeAccuracy(), r.typeFound(), r.sentences()),
                    ratio(Ratio.of(r.firstTypeCorrect(), r.sentences()), r.firstTypeCorrect(), r.sentences()),
                    ratio(r.typeActorsAccuracy(), r.typeAndActors(), r.sentences()), r.noOutput()));
        }
        List<GsrSentenceResult> wrong = g.results().stream().filter(x -> !x.typeAndActors()).toList();
        if (!wrong.isEmpty()) {
            b.append("  sentences without a correct type+actors event (gold type [sources] -> [targets] | system):\n");
            for (GsrSentenceResult x : wrong.subList(0, Math.min(MAX_LINES, wrong.size()))) {
                b.append(String.format(Locale.ROOT, "    %-28s %-9s %s -> %s | %s%n", x.id(), x.goldType(), x.goldSources(),
                        x.goldTargets().isEmpty() ? "any" : x.goldTargets().toString(),
                        x.system().isEmpty() ? "no output" : String.join("; ", x.system())));
            }
            more(b, wrong.size() - Math.min(MAX_LINES, wrong.size()));
        }
        for (String n : g.notes()) {
            b.append("  note: ").append(n).append('\n');
        }
    }

    private static void synthetic(StringBuilder b, SyntheticReport s) {
        b.append("\nSynthetic stories: ").append(s.stories())
                .append(s.limitPerLabel() == null ? " (all)" : " (first " + s.limitPerLabel() + " per label)").append('\n');
        b.append(String.format(Locale.ROOT, "  %-10s %6s %6s %8s%n", "label", "n", "found", "recall"));
        for (StoryTypeRow r : s.perType()) {
            b.append(String.format(Locale.ROOT, "  %-10s %6d %6d %8s%n", r.type(), r.stories(), r.found(), Ratio.format(r.recall())));
        }
        b.append(String.format(Locale.ROOT, "  macro average %s   micro %s   lowest %s%n", Ratio.format(s.macroRecall()),
                ratio(s.microRecall(), s.found(), s.stories()), Ratio.format(s.minRecall())));
        if (!s.misses().isEmpty()) {
            b.append("  missed stories, up to 3 per label (id label/mode | system types):\n");
            java.util.Map<org.chancery.ontology.PloverType, Integer> shown = new java.util.EnumMap<>(org.chancery.ontology.PloverType.class);
            for (StoryMiss x : s.misses()) {
                if (shown.merge(x.label(), 1, Integer::sum) <= 3) {
                    b.append(String.format(Locale.ROOT, "    %-12s %s%s | %s%n", x.id(), x.label(), x.mode() == null ? "" : "/" + x.mode(),
                            x.systemTypes().isEmpty() ? "no events" : joinTypes(x.systemTypes())));
                }
            }
        }
        for (String n : s.notes()) {
            b.append("  note: ").append(n).append('\n');
        }
    }

    private static void more(StringBuilder b, int n) {
        if (n > 0) {
            b.append("    ... ").append(n).append(" more in the JSON report\n");
        }
    }

    private static String miss(CoreMiss m) {
        return String.format(Locale.ROOT, "    %-28s %-4s %-10s %-24s %s%n", m.docId(), m.eventId(), m.type(), m.reason().label(), m.detail());
    }

    private static String level(MatchLevel l) {
        return l.name().toLowerCase(Locale.ROOT);
    }

    private static String ratio(Double r, long num, long den) {
        return Ratio.format(r) + " (" + num + "/" + den + ")";
    }

    private static String quote(String s) {
        return "'" + s + "'";
    }

    static String joinTypes(List<?> xs) {
        return xs.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
