package org.chancery.temporal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.coding.CodedEvent;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Dependency;
import org.chancery.model.Granularity;
import org.chancery.model.PublicationDate;
import org.chancery.model.Sentence;
import org.chancery.model.Span;
import org.chancery.model.TimeExpression;
import org.chancery.model.Token;

/**
 * Dates an event by the time expression that governs the trigger's own clause.
 *
 * <ol>
 *   <li>Parsed sentence: walk up from the trigger token through its governors to the root; at each
 *       node (the trigger itself first, so a nominal trigger takes its own modifiers, then the verb
 *       governing it, then higher clauses) take the expression that has a token attached to that node
 *       by a temporal relation ({@code obl*}, {@code nmod*}, {@code advmod}, {@code dep}; at nominal nodes
 *       also {@code amod}, {@code compound}, {@code nummod}). If none, an expression attached to the
 *       trigger's complement ("asked X to list Y in 2009"), then to a conjoined verb of the trigger's clause
 *       ("lifted the embargo and signed a deal in 2014"). At each node,
 *       when nothing attaches to it directly, an expression on its occasion counts: a prepositional
 *       dependent that is not a bound ("said at a press conference earlier this month"; not "after talks in
 *       2015"), a modifier of that dependent, or the subject of a copular predicate.</li>
 *   <li>Unparsed sentence: the nearest expression by token distance, each comma crossed costing
 *       {@value #COMMA_COST} tokens; semicolons and colons are hard clause boundaries; the adjectives
 *       "current" and "recent" count only for a noun trigger at most {@value #ADJECTIVE_REACH} tokens after them.</li>
 *   <li>No expression in the sentence: optionally (constructor flag) inherit from the previous
 *       sentence when this one opens with a narrative cue ("Then", "Later that year", "That month").</li>
 *   <li>Fallback by tense of the trigger (or the verb governing it, for nouns, infinitives and bare
 *       gerunds) and its auxiliaries; present perfect counts as past: past (or undetermined) → an interval open at the start and ending at the publication date (INFERRED,
 *       RANGE); present, progressive or modal → the publication month (PUBLICATION, MONTH);
 *       no publication date → {@link EventDate#unknown()}. No day is ever invented.</li>
 * </ol>
 * Thread-safe: immutable.
 */
public final class ClauseTemporalResolver implements TemporalResolver {

    static final int COMMA_COST = 8;
    /** How many tokens after an adjectival expression ("recent", "current") its noun may stand. */
    static final int ADJECTIVE_REACH = 3;

    private static final Set<String> CLAUSE_RELATIONS = Set.of("obl", "nmod", "advmod", "dep", "obl:tmod", "nmod:tmod");
    private static final Set<String> NOMINAL_RELATIONS = Set.of("amod", "compound", "nummod", "nmod:poss");
    private static final Set<String> AUX_RELATIONS = Set.of("aux", "aux:pass", "cop");
    private static final Set<String> BOUND_CASES = Set.of("after", "before", "since", "until", "till", "following",
            "prior", "by", "ahead");
    private static final Set<String> AUX_FORMS = Set.of("be", "is", "are", "am", "was", "were", "been", "being",
            "have", "has", "had", "having", "do", "does", "did", "'s", "'ve", "'re", "'d");
    private static final Set<String> HAVE = Set.of("have", "has", "had", "'ve", "having");

    private static final Pattern CUE = Pattern.compile(
            "^\\W*(?:(?:(?:later|earlier)\\s+(?:in\\s+)?)?(?:that|the\\s+same)\\s+(year|month|week|day)"
                    + "|in\\s+(?:that|the\\s+same)\\s+(year|month)"
                    + "|the\\s+(?:next|following)\\s+(year|month|week|day)"
                    + "|(then|later|afterwards?|subsequently|thereafter|soon\\s+after(?:wards?)?|shortly\\s+(?:after(?:wards?)?|thereafter)))\\b",
            Pattern.CASE_INSENSITIVE);

    private enum Tense { PAST, PRESENT }

    private final boolean narrativeInheritance;

    /** A resolver without narrative inheritance (the measured default, see the report of issue 5). */
    public ClauseTemporalResolver() {
        this(false);
    }

    /**
     * @param narrativeInheritance whether a sentence without a time expression that opens with a
     *                             narrative cue ("Then", "Later that year") takes its date from the
     *                             previous sentence's last expression
     */
    public ClauseTemporalResolver(boolean narrativeInheritance) {
        this.narrativeInheritance = narrativeInheritance;
    }

    public boolean narrativeInheritance() {
        return narrativeInheritance;
    }

    /** The event date a time expression stands for: its interval and granularity, basis TEXT. */
    public static EventDate fromExpression(TimeExpression e) {
        return new EventDate(e.begin(), e.until(), e.granularity(), DateBasis.TEXT, e.text());
    }

    @Override
    public EventDate resolve(AnnotatedDocument document, CodedEvent event) {
        int index = event.sentenceIndex();
        if (index < 0 || index >= document.sentences().size()) {
            throw new IllegalArgumentException("event '" + event.triggerText() + "' names sentence " + index
                    + " but document " + document.document().id() + " has " + document.sentences().size());
        }
        Sentence sentence = document.sentences().get(index);
        PublicationDate published = document.document().metadata().published();
        LocalDate pub = published.isKnown() ? published.date() : null;
        int trigger = triggerToken(sentence, event);

        Optional<TimeExpression> governing = governing(sentence, trigger, event.trigger());
        if (governing.isPresent()) {
            Optional<EventDate> narrative = inNarrativeYear(document, index, governing.get());
            return narrative.orElseGet(() -> fromExpression(governing.get()));
        }
        if (narrativeInheritance && sentence.times().isEmpty() && index > 0) {
            Optional<EventDate> inherited = inherit(sentence, document.sentences().get(index - 1), pub);
            if (inherited.isPresent()) {
                return inherited.get();
            }
        }
        return fallback(tense(sentence, trigger), pub);
    }

    /** "of that year", "of the same year" right after a year-less month: the year is the narrative's, not publication's. */
    private static final Pattern THAT_YEAR_AFTER = Pattern.compile("^\\s*,?\\s*(?:of\\s+)?(?:that|the\\s+same)\\s+year\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "The thaw began in 2014. In June of that year Russia lifted its embargo": a year-less month followed by "of that
     * year" is in the last year the text named before it (this sentence first, then earlier ones), not in the year
     * before publication.
     */
    static Optional<EventDate> inNarrativeYear(AnnotatedDocument document, int sentenceIndex, TimeExpression x) {
        String text = document.document().text();
        if (!x.relative() || x.granularity() != Granularity.MONTH || x.begin() == null || x.end() > text.length()) {
            return Optional.empty();
        }
        Matcher m = THAT_YEAR_AFTER.matcher(text.substring(x.end(), Math.min(text.length(), x.end() + 30)));
        int tail = 0;
        if (m.find()) {
            tail = m.end();
        } else {
            // "In June of that year Russia lifted its embargo, and in November its minister flew in": the sentence's
            // earlier "of that year" sets the year of its later year-less months too
            boolean anchoredBefore = false;
            for (TimeExpression t : document.sentences().get(sentenceIndex).times()) {
                if (t.end() <= x.start() && t.relative() && t.granularity() == Granularity.MONTH && t.end() < text.length()
                        && THAT_YEAR_AFTER.matcher(text.substring(t.end(), Math.min(text.length(), t.end() + 30))).find()) {
                    anchoredBefore = true;
                }
            }
            if (!anchoredBefore) {
                return Optional.empty();
            }
        }
        final int extra = tail;
        for (int i = sentenceIndex; i >= 0 && i >= sentenceIndex - 5; i--) {
            List<TimeExpression> times = document.sentences().get(i).times();
            for (int k = times.size() - 1; k >= 0; k--) {
                TimeExpression t = times.get(k);
                if (t.relative() || t.start() >= x.start() || t.begin() == null) {
                    continue;
                }
                YearMonth ym = YearMonth.of(t.begin().getYear(), x.begin().getMonthValue());
                return Optional.of(new EventDate(ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH, DateBasis.TEXT,
                        text.substring(x.start(), x.end() + extra)));
            }
        }
        return Optional.empty();
    }

    /** The fallback date for a tense: see the class comment. */
    static EventDate fallback(boolean past, LocalDate pub) {
        if (pub == null) {
            return EventDate.unknown();
        }
        if (past) {
            return new EventDate(null, pub, Granularity.RANGE, DateBasis.INFERRED, null);
        }
        YearMonth ym = YearMonth.from(pub);
        return new EventDate(ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH, DateBasis.PUBLICATION, null);
    }

    private static EventDate fallback(Tense tense, LocalDate pub) {
        return fallback(tense != Tense.PRESENT, pub);
    }

    /** The trigger's token index; when the coder's index is out of range, the token holding the trigger's start. */
    private static int triggerToken(Sentence s, CodedEvent event) {
        int t = event.triggerToken();
        if (t >= 0 && t < s.tokens().size()) {
            return t;
        }
        for (Token token : s.tokens()) {
            if (token.start() <= event.trigger().start() && event.trigger().start() < token.end()) {
                return token.index();
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- attachment

    /**
     * The expression governing the trigger token's clause, or empty.
     *
     * @param trigger     trigger token index, or -1 when unknown (then {@code triggerSpan} is used)
     * @param triggerSpan the trigger's characters
     */
    static Optional<TimeExpression> governing(Sentence s, int trigger, Span triggerSpan) {
        List<TimeExpression> times = s.times();
        if (times.isEmpty()) {
            return Optional.empty();
        }
        if (trigger < 0 || s.tokens().isEmpty()) {
            return nearestByCharacters(s, triggerSpan);
        }
        int[] owner = owners(s);
        if (!s.dependencies().isEmpty()) {
            return byDependencies(s, trigger, owner);
        }
        return nearestByTokens(s, trigger, owner);
    }

    /** For each token, the index of the time expression it lies in, or -1. */
    private static int[] owners(Sentence s) {
        int[] owner = new int[s.tokens().size()];
        List<TimeExpression> times = s.times();
        for (Token t : s.tokens()) {
            owner[t.index()] = -1;
            for (int e = 0; e < times.size(); e++) {
                TimeExpression x = times.get(e);
                if (t.start() < x.end() && x.start() < t.end()) {
                    owner[t.index()] = e;
                    break;
                }
            }
        }
        return owner;
    }

    /**
     * Walks up from the trigger through all governors (enhanced graphs give a token several), nearest
     * first, and returns the first expression attached to a node on the way.
     */
    private static Optional<TimeExpression> byDependencies(Sentence s, int trigger, int[] owner) {
        int n = s.tokens().size();
        List<List<Dependency>> up = new ArrayList<>(n);
        List<List<Dependency>> down = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            up.add(new ArrayList<>(2));
            down.add(new ArrayList<>(4));
        }
        for (Dependency d : s.dependencies()) {
            if (d.governor() != Dependency.ROOT && d.governor() != d.dependent()) {
                up.get(d.dependent()).add(d);
                down.get(d.governor()).add(d);
            }
        }
        boolean[] seen = new boolean[n];
        List<Integer> level = List.of(trigger);
        seen[trigger] = true;
        int clause = -1;
        while (!level.isEmpty()) {
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                int found = attachedTo(s, node, owner, down.get(node));
                if (found < 0) {
                    found = onOccasion(s, node, owner, down);
                }
                if (found >= 0) {
                    return Optional.of(s.times().get(found));
                }
                if (clause < 0 && s.tokens().get(node).isVerb()) {
                    clause = node;
                }
                for (Dependency d : up.get(node)) {
                    if (!seen[d.governor()] && !d.relation().equals("ref")) {
                        seen[d.governor()] = true;
                        next.add(d.governor());
                    }
                }
            }
            level = next;
        }
        // an expression on the trigger's own complement: "asked the committee to list him in 2009" happened in 2009,
        // before a conjoined "and tried again in 2016" is considered
        for (Dependency d : down.get(trigger)) {
            if (d.relation().equals("xcomp") && owner[d.dependent()] < 0) {
                int found = attachedTo(s, d.dependent(), owner, down.get(d.dependent()));
                if (found >= 0) {
                    return Optional.of(s.times().get(found));
                }
            }
        }
        // an expression on a verb conjoined to the trigger or to the verb governing it
        for (int head : clause < 0 ? new int[] {trigger} : new int[] {trigger, clause}) {
            for (Dependency d : down.get(head)) {
                if (d.relation().startsWith("conj") && owner[d.dependent()] < 0) {
                    int found = attachedTo(s, d.dependent(), owner, down.get(d.dependent()));
                    if (found >= 0) {
                        return Optional.of(s.times().get(found));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * An expression dating the occasion of {@code node}: attached to a prepositional dependent that
     * is not a bound ("in a press conference earlier this month", "during his visit in December 2017",
     * "at the recently concluded summit"), or to a modifier of that dependent. Dependents introduced
     * by "after", "before", "since", "until" are skipped: they bound the event, they do not date it.
     */
    private static int onOccasion(Sentence s, int node, int[] owner, List<List<Dependency>> down) {
        boolean copular = false;
        for (Dependency d : down.get(node)) {
            copular |= d.relation().equals("cop");
        }
        for (Dependency d : down.get(node)) {
            int c = d.dependent();
            String cpos = s.tokens().get(c).pos();
            if (d.relation().equals("acl") && owner[c] < 0 && (cpos.equals("VBG") || cpos.equals("VBN"))) {
                // "a conference involving Iran and India in April 2017", "the summit held in Sochi in May": the
                // participle describing the occasion carries its date
                int found = attachedTo(s, c, owner, down.get(c));
                if (found >= 0) {
                    return found;
                }
            }
        }
        for (Dependency d : down.get(node)) {
            int c = d.dependent();
            String base = d.baseRelation();
            // "the trip from Feb. 19 to Feb. 22 was an attempt": the subject of a copula is the occasion
            boolean occasion = base.equals("obl") || base.equals("nmod") && !d.relation().equals("nmod:poss")
                    || copular && base.equals("nsubj");
            if (owner[c] >= 0 || !occasion || isBound(s, d, down.get(c))) {
                continue;
            }
            int found = attachedTo(s, c, owner, down.get(c));
            if (found >= 0) {
                return found;
            }
            for (Dependency m : down.get(c)) {
                if ((m.relation().equals("amod") || m.relation().equals("acl")) && owner[m.dependent()] < 0) {
                    found = attachedTo(s, m.dependent(), owner, down.get(m.dependent()));
                    if (found >= 0) {
                        return found;
                    }
                }
            }
        }
        return -1;
    }

    private static boolean isBound(Sentence s, Dependency edge, List<Dependency> children) {
        int colon = edge.relation().indexOf(':');
        if (colon >= 0 && BOUND_CASES.contains(edge.relation().substring(colon + 1))) {
            return true;
        }
        for (Dependency c : children) {
            if (c.relation().equals("case") && BOUND_CASES.contains(s.tokens().get(c.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first expression with a token attached to {@code node} by a temporal relation, or -1. */
    private static int attachedTo(Sentence s, int node, int[] owner, List<Dependency> children) {
        Token head = s.tokens().get(node);
        boolean nominal = head.isNoun() || head.pos().startsWith("PRP");
        int best = -1;
        for (Dependency d : children) {
            int e = owner[d.dependent()];
            if (e < 0 || owner[node] == e) {
                continue;
            }
            String r = d.relation();
            if (CLAUSE_RELATIONS.contains(r) || CLAUSE_RELATIONS.contains(d.baseRelation()) && !r.equals("nmod:poss")
                    || nominal && NOMINAL_RELATIONS.contains(r)) {
                if (best < 0 || e < best) {
                    best = e;
                }
            }
        }
        return best;
    }

    private static Optional<TimeExpression> nearestByTokens(Sentence s, int trigger, int[] owner) {
        List<Token> tokens = s.tokens();
        int best = -1;
        int bestScore = Integer.MAX_VALUE;
        for (int e = 0; e < s.times().size(); e++) {
            int first = -1;
            int last = -1;
            for (int t = 0; t < owner.length; t++) {
                if (owner[t] == e) {
                    first = first < 0 ? t : first;
                    last = t;
                }
            }
            if (first < 0 || isAdjective(s.times().get(e))
                    && !(tokens.get(trigger).isNoun() && trigger > last && trigger - last <= ADJECTIVE_REACH)) {
                // "the current ambassador", "a recent briefing": an adjective dates only the noun it modifies
                continue;
            }
            int from = trigger < first ? trigger : last;
            int to = trigger < first ? first : trigger;
            if (trigger >= first && trigger <= last) {
                from = to = trigger;
            }
            int commas = 0;
            boolean blocked = false;
            for (int t = from + 1; t < to; t++) {
                String w = tokens.get(t).text();
                if (w.equals(";") || w.equals(":")) {
                    blocked = true;
                    break;
                }
                if (w.equals(",") || w.equals("\u2014") || w.equals("\u2013") || w.equals("(") || w.equals(")")) {
                    commas++;
                }
            }
            if (blocked) {
                continue;
            }
            int score = Math.max(0, to - from - 1) + COMMA_COST * commas;
            if (score < bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(s.times().get(best));
    }

    private static boolean isAdjective(TimeExpression e) {
        String t = e.text().toLowerCase(Locale.ROOT);
        return t.equals("current") || t.equals("recent");
    }

    private static Optional<TimeExpression> nearestByCharacters(Sentence s, Span trigger) {
        TimeExpression best = null;
        int bestScore = Integer.MAX_VALUE;
        for (TimeExpression e : s.times()) {
            int from = Math.min(trigger.end(), e.end());
            int to = Math.max(trigger.start(), e.start());
            String between = from < to ? s.text().substring(from - s.start(), to - s.start()) : "";
            if (between.indexOf(';') >= 0 || between.indexOf(':') >= 0) {
                continue;
            }
            int commas = (int) between.chars().filter(c -> c == ',').count();
            int score = between.length() / 5 + COMMA_COST * commas;
            if (score < bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    // ---------------------------------------------------------------- narrative inheritance

    static Optional<EventDate> inherit(Sentence sentence, Sentence previous, LocalDate pub) {
        Matcher m = CUE.matcher(sentence.text());
        if (!m.find() || previous.times().isEmpty()) {
            return Optional.empty();
        }
        TimeExpression prev = previous.times().get(previous.times().size() - 1);
        LocalDate anchor = prev.begin() != null ? prev.begin() : prev.until();
        String cue = m.group().strip();
        String unit = m.group(1) != null ? m.group(1) : m.group(2);
        if (unit != null) {
            return Optional.of(unitOf(anchor, unit.toLowerCase(Locale.ROOT), 0, prev, cue));
        }
        if (m.group(3) != null) {
            return Optional.of(unitOf(anchor, m.group(3).toLowerCase(Locale.ROOT), 1, prev, cue));
        }
        LocalDate end = pub != null && !pub.isBefore(anchor) ? pub : null;
        return Optional.of(new EventDate(anchor, end, Granularity.RANGE, DateBasis.INFERRED, cue));
    }

    private static EventDate unitOf(LocalDate anchor, String unit, int shift, TimeExpression prev, String cue) {
        return switch (unit) {
            case "year" -> {
                int y = anchor.getYear() + shift;
                yield new EventDate(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Granularity.YEAR, DateBasis.TEXT, cue);
            }
            case "month" -> {
                if (prev.granularity() == Granularity.YEAR || prev.granularity() == Granularity.DECADE) {
                    yield fromExpressionWithText(prev, cue);
                }
                YearMonth ym = YearMonth.from(anchor).plusMonths(shift);
                yield new EventDate(ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH, DateBasis.TEXT, cue);
            }
            case "week" -> new EventDate(anchor.plusWeeks(shift), anchor.plusWeeks(shift).plusDays(6), Granularity.RANGE,
                    DateBasis.TEXT, cue);
            case "day" -> prev.granularity() == Granularity.DAY
                    ? new EventDate(anchor.plusDays(shift), anchor.plusDays(shift), Granularity.DAY, DateBasis.TEXT, cue)
                    : fromExpressionWithText(prev, cue);
            default -> throw new IllegalStateException("unhandled narrative unit '" + unit + "'");
        };
    }

    private static EventDate fromExpressionWithText(TimeExpression e, String text) {
        return new EventDate(e.begin(), e.until(), e.granularity(), DateBasis.TEXT, text);
    }

    // ---------------------------------------------------------------- tense

    private static Tense tense(Sentence s, int trigger) {
        if (trigger < 0) {
            return Tense.PAST;
        }
        return s.dependencies().isEmpty() ? tenseByWindow(s, trigger) : tenseByDependencies(s, trigger);
    }

    private static Tense tenseByDependencies(Sentence s, int trigger) {
        int n = s.tokens().size();
        int[] gov = new int[n];
        String[] rel = new String[n];
        java.util.Arrays.fill(gov, Dependency.ROOT);
        for (Dependency d : s.dependencies()) {
            if (rel[d.dependent()] == null) {
                gov[d.dependent()] = d.governor();
                rel[d.dependent()] = d.relation();
            }
        }
        int node = trigger;
        for (int hops = 0; node != Dependency.ROOT && hops < 6; hops++) {
            List<Token> aux = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                if (gov[t] == node && rel[t] != null && AUX_RELATIONS.contains(rel[t])) {
                    aux.add(s.tokens().get(t));
                }
            }
            Tense t = tenseOf(s.tokens().get(node), aux);
            if (t != null) {
                return t;
            }
            node = gov[node];
        }
        return Tense.PAST;
    }

    private static Tense tenseByWindow(Sentence s, int trigger) {
        List<Token> tokens = s.tokens();
        int node = trigger;
        if (!tokens.get(trigger).isVerb()) {
            node = -1;
            for (int d = 1; d <= 6 && node < 0; d++) {
                for (int t : new int[] {trigger + d, trigger - d}) {
                    if (t >= 0 && t < tokens.size() && tokens.get(t).isVerb()) {
                        node = t;
                        break;
                    }
                }
            }
            if (node < 0) {
                return Tense.PAST;
            }
        }
        List<Token> aux = new ArrayList<>();
        for (int t = node - 1; t >= Math.max(0, node - 3); t--) {
            Token k = tokens.get(t);
            if (k.pos().equals("MD") || k.isVerb() && isAuxLemma(k.lemma())) {
                aux.add(k);
            } else if (!k.pos().startsWith("RB") && !k.pos().equals("TO")) {
                break;
            }
        }
        Tense t = tenseOf(tokens.get(node), aux);
        for (int k = node - 1; t == null && k >= Math.max(0, node - 3); k--) {
            if (tokens.get(k).isVerb()) {
                t = tenseOf(tokens.get(k), List.of());
            }
        }
        return t == null ? Tense.PAST : t;
    }

    private static boolean isAuxLemma(String lemma) {
        return AUX_FORMS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Tense of a verb and its auxiliaries; null when the node says nothing (a noun, an infinitive). */
    private static Tense tenseOf(Token verb, List<Token> aux) {
        for (Token a : aux) {
            if (a.pos().equals("MD")) {
                return Tense.PRESENT;
            }
        }
        for (Token a : aux) {
            if (a.pos().equals("VBD")) {
                return Tense.PAST;
            }
        }
        for (Token a : aux) {
            if (a.pos().equals("VBZ") || a.pos().equals("VBP")) {
                // present perfect (also progressive: "has been paying") happened before publication
                return HAVE.contains(a.text().toLowerCase(Locale.ROOT)) ? Tense.PAST : Tense.PRESENT;
            }
        }
        return switch (verb.pos()) {
            case "VBD", "VBN" -> Tense.PAST;
            case "VBZ", "VBP" -> Tense.PRESENT;
            // a bare gerund or participle ("by rejecting the bill") takes the tense of the verb above it
            default -> null;
        };
    }
}
