package org.chancery.temporal;

import static org.chancery.temporal.DateGrammar.COUNT;
import static org.chancery.temporal.DateGrammar.FULL_MONTH;
import static org.chancery.temporal.DateGrammar.MONTH;
import static org.chancery.temporal.DateGrammar.WEEKDAY;
import static org.chancery.temporal.DateGrammar.YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.Granularity;
import org.chancery.model.TimeExpression;

/**
 * A fast time-expression tagger built from a small grammar of regular expressions (compiled once),
 * in two passes: atomic expressions (dates, month-years, years, seasons, decades, relative phrases),
 * then combinations ("from A to B", "between A and B", "since A", "until A", "A to the present").
 *
 * <p>Choices worth knowing (all intervals are inclusive days):
 * <ul>
 *   <li>Years are accepted from 1900 to 2099 unless the context says it is an amount ("$2014",
 *       "2014 troops", "about 2014 people", "Resolution 2014", "2014%").</li>
 *   <li>A month-day or month without a year takes the most recent such date on or before the
 *       reference date ("last March": strictly before the reference month). Without a reference date
 *       year-less and relative expressions are dropped.</li>
 *   <li>"recently", "recent", "lately": the three months before the reference date (RANGE).
 *       "in recent days/weeks/months/years/decades": 7 days, 4 weeks, 6 months, 5 years, 20 years.
 *       Vague counts: "a few" = 3, "several" = 5, "a couple of" = 2.</li>
 *   <li>"now", "currently", "current", "at present", "these days": the reference month (MONTH).
 *       "in the past": open start to the reference; "in the future": from the reference, open end (RANGE).
 *       "the past decades" (plural, no count) spans two units.
 *       "today"/"yesterday": the day (DAY). Weekdays: the most recent such day on or before the reference.</li>
 *   <li>"this/last week": Monday..Sunday (RANGE); "this/last month" (MONTH); "this/last year" (YEAR);
 *       "earlier this month/year" ends at the reference.</li>
 *   <li>Seasons (northern meteorological, RANGE): spring Mar–May, summer Jun–Aug, autumn/fall Sep–Nov,
 *       winter Dec of the year to Feb of the next. "last summer": the most recent one that ended before
 *       the reference.</li>
 *   <li>Decades (DECADE): "early" = years 0–3, "mid" = 4–6, "late" = 7–9. "early/mid/late 2014" (RANGE):
 *       Jan–Apr, May–Aug, Sep–Dec. Centuries: "the 20th century" = 1900–1999 (RANGE).</li>
 *   <li>"since A": A's first day to the reference (open end without one); "until/by A": open start to
 *       A's last day; "before A": open start to the day before A; "after A": the day after A, open end.</li>
 *   <li>"9/11" is 2001-09-11; other slashed dates are not tagged in running text.</li>
 * </ul>
 * Thread-safe: immutable, no state beyond compiled patterns.
 */
public final class GrammarTimeTagger implements TimeTagger {

    /** POINT: a date or period; PRESENT: "now", "today"; RANGE: an interval; ADJECTIVE: "current", "recent" (never combined). */
    private enum Kind { POINT, PRESENT, RANGE, ADJECTIVE }

    /** A candidate expression, offsets within the sentence. */
    private record Cand(int start, int end, LocalDate begin, LocalDate until, Granularity granularity,
                        boolean relative, Kind kind) {
        int length() {
            return end - start;
        }

        Cand withSpan(int s, int e) {
            return new Cand(s, e, begin, until, granularity, relative, kind);
        }
    }

    @FunctionalInterface
    private interface Builder {
        Cand build(Matcher m, String text, LocalDate reference);
    }

    /**
     * One grammar rule. {@code anyOf}: lower-case strings of which at least one must occur in the
     * lower-cased sentence for the rule to run ({@code "#"}: a digit); a cheap pre-filter.
     */
    private record Rule(String name, Pattern pattern, Builder builder, String... anyOf) {
        boolean mayMatch(String lower, boolean hasDigit) {
            for (String k : anyOf) {
                if (k.equals("#") ? hasDigit : lower.contains(k)) {
                    return true;
                }
            }
            return anyOf.length == 0;
        }
    }

    private static final String[] DIGIT = {"#"};

    /** How far back (characters) the combination pass looks for "from", "since", "until"... */
    private static final int LOOK_BACK = 80;
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String YEAR_END = "(?!\\d|[,.]\\d|%)";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String DASH = "[-\u2013\u2014]";

    private static final Pattern AMOUNT_AFTER = Pattern.compile(
            "^\\s*(?:(?:percent|per\\s+cent)\\b|(?:[A-Za-z-]+\\s+)?(?:troops|soldiers|people|persons|men|women|children|civilians"
                    + "|militants|fighters|refugees|deaths|casualties|dead|killed|votes|members|officers|personnel|workers"
                    + "|students|units|tons|tonnes|barrels|miles|kilometres|kilometers|km|meters|metres|feet|acres|hectares"
                    + "|dollars|rupees|euros|pounds|yuan|roubles|rubles|cases|villages|homes|houses|vehicles|tanks|aircraft"
                    + "|missiles|rounds|pages|words|families|households|prisoners|detainees|seats|delegates|visas|jobs"
                    + "|schools|madrassas|madrasas|times|hours|hrs|gmt|utc|local\\s+time)\\b)", CI);
    private static final Pattern QUANTIFIER_BEFORE = Pattern.compile(
            "(?:\\babout|\\bsome|\\bnearly|\\bover|\\balmost|\\bapproximately|\\broughly|\\bthan|\\bleast|\\bonly|\\bjust"
                    + "|\\btotal\\s+of|\\bup\\s+to)\\s+$", CI);
    private static final Pattern TEMPORAL_PREP_BEFORE = Pattern.compile(
            "\\b(?:in|since|until|till|from|during|before|after|throughout)\\s+$", CI);
    private static final Pattern PLURAL_AFTER = Pattern.compile("^\\s+[a-z]+s\\b");
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?:\\bResolution|\\bArticle|\\bNo\\.|\\bNumber|\\bFlight|\\bRoute|\\bRoom|\\bSection|\\bChapter|\\bpage|\\bp\\.|\\bpp\\.|\\bPL|\\bH\\.R\\.|\\bS\\.)\\s*$");

    private static final Pattern FROM_BEFORE = Pattern.compile(
            "\\bfrom\\s+(?:(?:[\\p{L}\u2019'-]+\\s+){1,4}(?:in|of)\\s+)?$", CI);
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("\\bbetween\\s+$", CI);
    private static final Pattern RANGE_INFIX = Pattern.compile(
            "^\\s*(?:to|until|till|through|thru|and|" + DASH + ")\\s*(?:the\\s+)?$", CI);
    private static final Pattern TO_PRESENT_AFTER = Pattern.compile(
            "^\\s*(?:to|until|till|through)\\s+(?:the\\s+present(?:\\s+day)?|date|this\\s+day)\\b", CI);
    private static final Pattern SINCE_BEFORE = Pattern.compile("\\b(?:ever\\s+)?since\\s+(?:the\\s+)?$", CI);
    private static final Pattern ONWARDS_AFTER = Pattern.compile("^\\s+(?:on(?:wards?)?)\\b", CI);
    private static final Pattern BOUND_BEFORE = Pattern.compile(
            "\\b(until|till|up\\s+to|up\\s+until|through|by|before|prior\\s+to|after|as\\s+of)\\s+(?:the\\s+(?:end\\s+of\\s+)?)?$", CI);
    private static final Pattern PREP_BEFORE = Pattern.compile("\\b(?:in|on|during|throughout)\\s+$", CI);
    private static final Pattern THE_BEFORE = Pattern.compile(
            "(?:\\b(?:in|during|throughout)\\s+(?:most\\s+of\\s+)?)?\\bthe\\s+$", CI);
    private static final Pattern RANGE_PREP_BEFORE = Pattern.compile("\\b(?:from|between|in|on|during)\\s+$", CI);

    private static final List<Rule> RULES = List.of(
            new Rule("nine-eleven", Pattern.compile("(?<![\\d/])9/11(?![\\d/])"),
                    (m, t, r) -> cand(m, LocalDate.of(2001, 9, 11), LocalDate.of(2001, 9, 11), Granularity.DAY, false), "9/11"),
            new Rule("iso-date", Pattern.compile("(?<![\\d-])(" + YEAR + ")-(\\d{2})-(\\d{2})(?![\\d-])"),
                    GrammarTimeTagger::isoDate, DIGIT),
            new Rule("day-range-md", Pattern.compile("(" + MONTH + ")\\s*(\\d{1,2})" + ORD + "\\s*(?:" + DASH
                    + "|to|through|until|and)\\s*(\\d{1,2})" + ORD + "(?!\\d)(?:,?\\s+(" + YEAR + ")" + YEAR_END + ")?"),
                    (m, t, r) -> dayRange(m, m.group(1), m.group(2), m.group(3), m.group(4), r), DIGIT),
            new Rule("day-range-dm", Pattern.compile("(?<!\\d)(\\d{1,2})" + ORD + "\\s*(?:" + DASH + "|to|and)\\s*(\\d{1,2})"
                    + ORD + "\\s+(?:of\\s+)?(" + MONTH + ")(?:,?\\s+(" + YEAR + ")" + YEAR_END + ")?"),
                    (m, t, r) -> dayRange(m, m.group(3), m.group(1), m.group(2), m.group(4), r), DIGIT),
            new Rule("month-day-year", Pattern.compile("(?:" + WEEKDAY + ",?\\s+)?(" + MONTH + ")\\s*(\\d{1,2})" + ORD
                    + "(?!\\d)(?:,?\\s+(" + YEAR + ")" + YEAR_END + ")?"),
                    (m, t, r) -> fullDate(m, m.group(1), m.group(2), m.group(3), r), DIGIT),
            new Rule("day-month-year", Pattern.compile("(?:" + WEEKDAY + ",?\\s+)?(?<![\\d.,])(\\d{1,2})" + ORD
                    + "\\s+(?:of\\s+)?(" + MONTH + ")(?:,?\\s+(" + YEAR + ")" + YEAR_END + ")?"),
                    (m, t, r) -> fullDate(m, m.group(2), m.group(1), m.group(3), r), DIGIT),
            new Rule("month-year", Pattern.compile("(" + MONTH + "),?\\s+(?:of\\s+)?(" + YEAR + ")" + YEAR_END),
                    GrammarTimeTagger::monthYear, DIGIT),
            new Rule("year-span", Pattern.compile("(?<![\\d/$-])(" + YEAR + ")\\s*(" + DASH + "|/)\\s*(\\d{4}|\\d{2})(?![\\d-]|[,.]\\d|%)"),
                    GrammarTimeTagger::yearSpan, DIGIT),
            new Rule("decade", Pattern.compile("(?:\\b(early|mid|late)\\s*[-\u2013]?\\s*)?(?<!\\d)((?:19|20)\\d0)['\u2019]?s(?![A-Za-z])", CI),
                    (m, t, r) -> decade(m, m.group(1), Integer.parseInt(m.group(2))), DIGIT),
            new Rule("short-decade", Pattern.compile("(?:\\b(early|mid|late)\\s*[-\u2013]?\\s*)?['\u2019](\\d0)s(?![A-Za-z])", CI),
                    (m, t, r) -> {
                        int d = Integer.parseInt(m.group(2));
                        return decade(m, m.group(1), d >= 30 ? 1900 + d : 2000 + d);
                    }, "0s"),
            new Rule("century", Pattern.compile("\\b(?:(early|mid|late)\\s*[-\u2013]?\\s*)?(\\d{1,2})(?:st|nd|rd|th)[-\\s]century\\b", CI),
                    GrammarTimeTagger::century, DIGIT),
            new Rule("season", Pattern.compile("\\b(?:(last|this|next|past)\\s+|(?:early|mid|late)[-\\s]?)?(spring|summer|autumn|fall|winter)"
                    + "(?:\\s+(?:of\\s+)?(" + YEAR + ")" + YEAR_END + ")?\\b", CI),
                    GrammarTimeTagger::season, "spring", "summer", "autumn", "fall", "winter"),
            new Rule("part-of-year", Pattern.compile("\\b(early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of"
                    + "|the\\s+middle\\s+of)\\s*[-\u2013]?\\s*(" + YEAR + ")(?!\\d|[,.]\\d|%|['\u2019]?s\\b)", CI),
                    GrammarTimeTagger::partOfYear, DIGIT),
            new Rule("year", Pattern.compile("(?<![\\d$\u20ac\u00a3\u00a5#/]|\\d[.,])(" + YEAR + ")(?!\\d|[,.]\\d|%|s\\b)"),
                    GrammarTimeTagger::year, DIGIT),
            new Rule("this-last-unit", Pattern.compile("\\b(?:(earlier|later)\\s+)?(this|last|next|current)\\s+(week|month|year)(?![A-Za-z])", CI),
                    GrammarTimeTagger::thisLastUnit, "week", "month", "year"),
            new Rule("window", Pattern.compile("\\b(?:(?:in|over|during|for|within|throughout|across)\\s+)?the\\s+(past|last|previous|preceding|coming|next)\\s+"
                    + "(?:(" + COUNT + ")\\s+)?(day|week|month|year|decade|centur(?:y|ie))s?\\b", CI),
                    GrammarTimeTagger::window, "past", "last", "previous", "preceding", "coming", "next"),
            new Rule("recent-units", Pattern.compile("\\b(?:(?:in|over|during|throughout)\\s+)?recent\\s+(day|week|month|year|decade)s\\b", CI),
                    GrammarTimeTagger::recentUnits, "recent"),
            new Rule("ago", Pattern.compile("\\b(" + COUNT + ")\\s+(day|week|month|year|decade)s?\\s+ago\\b", CI),
                    GrammarTimeTagger::ago, " ago"),
            new Rule("deictic-day", Pattern.compile("\\b(today|yesterday|tomorrow|tonight)\\b", CI),
                    GrammarTimeTagger::deicticDay, "today", "yesterday", "tomorrow", "tonight"),
            new Rule("present", Pattern.compile("\\b(?:right\\s+now|now|currently|current|presently|at\\s+present|at\\s+the\\s+moment|nowadays"
                    + "|these\\s+days|at\\s+this\\s+time)\\b", CI),
                    GrammarTimeTagger::present, "now", "current", "present", "moment", "these days", "this time"),
            new Rule("past-future", Pattern.compile("\\bin\\s+the\\s+(?:(?:near|distant|recent)\\s+)?(past|future)\\b"
                    + "(?!\\s+(?:\\d|an?\\b|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple|day|week|month|year|decade|centur))", CI),
                    GrammarTimeTagger::pastFuture, "past", "future"),
            new Rule("recently", Pattern.compile("\\b(?:recently|lately|of\\s+late|recent)\\b", CI),
                    (m, t, r) -> r == null ? null : cand(m.start(), m.end(), r.minusMonths(3), r, Granularity.RANGE, true,
                            m.group().equalsIgnoreCase("recent") ? Kind.ADJECTIVE : Kind.POINT), "recent", "lately", "of late"),
            new Rule("weekday", Pattern.compile("(?:\\b(?i:(last|this|on|past))\\s+)?(" + WEEKDAY + ")", 0),
                    GrammarTimeTagger::weekday, "day"),
            new Rule("bare-month", Pattern.compile("\\b(?i:(in|since|until|till|by|from|during|last|this|next|early|late|mid|before|after"
                    + "|through|throughout|of))[-\\s]+(" + FULL_MONTH + ")(?!\\s*,?\\s*\\d)", 0),
                    GrammarTimeTagger::bareMonth, "january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"));

    /** Creates the tagger; the grammar is compiled once per class, so instances are cheap. */
    public GrammarTimeTagger() {
    }

    @Override
    public List<TimeExpression> tag(String sentenceText, int sentenceStart, LocalDate reference) {
        if (sentenceText == null) {
            throw new IllegalArgumentException("sentence text must not be null (sentence at " + sentenceStart + ")");
        }
        if (sentenceStart < 0) {
            throw new IllegalArgumentException("sentence start must be >= 0, got " + sentenceStart);
        }
        if (sentenceText.isEmpty()) {
            return List.of();
        }
        String text = normaliseSpaces(sentenceText);
        String lower = text.toLowerCase(Locale.ROOT);
        boolean hasDigit = false;
        for (int i = 0; i < text.length() && !hasDigit; i++) {
            hasDigit = Character.isDigit(text.charAt(i));
        }
        List<Cand> all = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!rule.mayMatch(lower, hasDigit)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                Cand c = rule.builder().build(m, text, reference);
                if (c != null) {
                    all.add(c);
                }
            }
        }
        if (all.isEmpty()) {
            return List.of();
        }
        List<Cand> atoms = selectLongest(all);
        List<Cand> combined = combine(atoms, text, reference);
        List<TimeExpression> out = new ArrayList<>(combined.size());
        for (Cand c : combined) {
            out.add(new TimeExpression(sentenceStart + c.start(), sentenceStart + c.end(),
                    sentenceText.substring(c.start(), c.end()), c.begin(), c.until(), c.granularity(), c.relative()));
        }
        return List.copyOf(out);
    }

    /** Same-length copy with no-break and other Unicode spaces as plain spaces, so offsets stay valid. */
    static String normaliseSpaces(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && Character.isSpaceChar(c)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }

    // ---------------------------------------------------------------- selection and combination

    private static List<Cand> selectLongest(List<Cand> all) {
        List<Cand> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Cand::length).reversed().thenComparingInt(Cand::start));
        List<Cand> kept = new ArrayList<>();
        for (Cand c : sorted) {
            boolean free = true;
            for (Cand k : kept) {
                if (c.start() < k.end() && k.start() < c.end()) {
                    free = false;
                    break;
                }
            }
            if (free) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Cand::start));
        return kept;
    }

    private static List<Cand> combine(List<Cand> atoms, String text, LocalDate reference) {
        List<Cand> out = new ArrayList<>();
        int i = 0;
        while (i < atoms.size()) {
            Cand a = atoms.get(i);
            if (a.kind() == Kind.ADJECTIVE) {
                out.add(a);
                i++;
                continue;
            }
            int floor = out.isEmpty() ? 0 : out.get(out.size() - 1).end();
            int base = Math.max(floor, a.start() - LOOK_BACK);
            String before = text.substring(base, a.start());
            Matcher from = FROM_BEFORE.matcher(before);
            boolean hasFrom = from.find();
            Matcher between = BETWEEN_BEFORE.matcher(before);
            boolean hasBetween = between.find();
            // from A to B / between A and B / A–B
            if (i + 1 < atoms.size() && atoms.get(i + 1).kind() != Kind.ADJECTIVE) {
                Cand b = atoms.get(i + 1);
                String infix = text.substring(a.end(), b.start());
                Matcher inf = RANGE_INFIX.matcher(infix);
                if (inf.find()) {
                    boolean isAnd = infix.trim().toLowerCase(Locale.ROOT).startsWith("and");
                    boolean ok = isAnd ? hasBetween : (hasFrom || hasBetween || bothExplicit(a, b));
                    LocalDate until = b.kind() == Kind.PRESENT && reference != null ? reference : b.until();
                    LocalDate begin = a.begin();
                    boolean relative = a.relative() || b.relative();
                    if (a.relative() && !b.relative() && a.kind() == Kind.POINT && begin != null && b.begin() != null
                            && (a.granularity() == Granularity.DAY || a.granularity() == Granularity.MONTH)) {
                        // "from January to March 2018": the year-less start takes the end's year (or the one before)
                        LocalDate shifted = begin.withYear(b.begin().getYear());
                        begin = shifted.isAfter(b.begin()) ? shifted.minusYears(1) : shifted;
                        relative = false;
                    }
                    if (ok && begin != null && until != null && !until.isBefore(begin)) {
                        int s = hasFrom ? base + from.start() : hasBetween ? base + between.start() : a.start();
                        out.add(new Cand(s, b.end(), begin, until, Granularity.RANGE, relative, Kind.RANGE));
                        i += 2;
                        continue;
                    }
                }
            }
            String after = text.substring(a.end());
            Matcher toPresent = TO_PRESENT_AFTER.matcher(after);
            if (hasFrom && toPresent.find() && a.begin() != null) {
                LocalDate until = reference != null && !reference.isBefore(a.begin()) ? reference : null;
                out.add(new Cand(base + from.start(), a.end() + toPresent.end(), a.begin(), until, Granularity.RANGE,
                        until != null, Kind.RANGE));
                i++;
                continue;
            }
            Matcher since = SINCE_BEFORE.matcher(before);
            Matcher onwards = ONWARDS_AFTER.matcher(after);
            boolean isSince = since.find();
            boolean isOnwards = !isSince && hasFrom && onwards.find();
            if ((isSince || isOnwards) && a.begin() != null) {
                LocalDate until = reference != null && !reference.isBefore(a.begin()) ? reference : null;
                int s = base + (isSince ? since.start() : from.start());
                int e = isSince ? a.end() : a.end() + onwards.end();
                out.add(new Cand(s, e, a.begin(), until, Granularity.RANGE, a.relative() || until != null, Kind.RANGE));
                i++;
                continue;
            }
            Matcher bound = BOUND_BEFORE.matcher(before);
            if (bound.find()) {
                Cand c = bounded(a, base + bound.start(), bound.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), reference);
                if (c != null) {
                    out.add(c);
                    i++;
                    continue;
                }
            }
            out.add(withPrefix(a, before, base));
            i++;
        }
        return out;
    }

    private static boolean bothExplicit(Cand a, Cand b) {
        return a.kind() == Kind.POINT && b.kind() == Kind.POINT
                && a.granularity() == b.granularity();
    }

    private static Cand bounded(Cand a, int start, String word, LocalDate reference) {
        LocalDate end = a.kind() == Kind.PRESENT && reference != null ? reference : a.until();
        switch (word) {
            case "until", "till", "up to", "up until", "through", "by" -> {
                return end == null ? null : new Cand(start, a.end(), null, end, Granularity.RANGE, a.relative(), Kind.RANGE);
            }
            case "before", "prior to" -> {
                return a.begin() == null ? null
                        : new Cand(start, a.end(), null, a.begin().minusDays(1), Granularity.RANGE, a.relative(), Kind.RANGE);
            }
            case "after" -> {
                return a.until() == null ? null
                        : new Cand(start, a.end(), a.until().plusDays(1), null, Granularity.RANGE, a.relative(), Kind.RANGE);
            }
            case "as of" -> {
                return a.withSpan(start, a.end());
            }
            default -> throw new IllegalStateException("unhandled bound word '" + word + "'");
        }
    }

    private static Cand withPrefix(Cand a, String before, int base) {
        if (a.granularity() == Granularity.DECADE || a.kind() == Kind.RANGE && a.granularity() == Granularity.RANGE
                && a.relative() == false && isCenturyOrSeason(a)) {
            Matcher the = THE_BEFORE.matcher(before);
            if (the.find()) {
                return a.withSpan(base + the.start(), a.end());
            }
        }
        if (a.kind() == Kind.RANGE) {
            Matcher p = RANGE_PREP_BEFORE.matcher(before);
            if (p.find()) {
                return a.withSpan(base + p.start(), a.end());
            }
        }
        Matcher p = PREP_BEFORE.matcher(before);
        if (p.find()) {
            return a.withSpan(base + p.start(), a.end());
        }
        return a;
    }

    private static boolean isCenturyOrSeason(Cand a) {
        return a.begin() != null && a.until() != null && a.until().isAfter(a.begin().plusDays(60));
    }

    // ---------------------------------------------------------------- builders

    private static Cand cand(Matcher m, LocalDate begin, LocalDate until, Granularity g, boolean relative) {
        return cand(m.start(), m.end(), begin, until, g, relative, Kind.POINT);
    }

    private static Cand cand(int s, int e, LocalDate begin, LocalDate until, Granularity g, boolean relative, Kind kind) {
        if (begin == null && until == null || begin != null && until != null && until.isBefore(begin)) {
            return null;
        }
        return new Cand(s, e, begin, until, g, relative, kind);
    }

    private static Cand isoDate(Matcher m, String text, LocalDate reference) {
        LocalDate d = DateGrammar.day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return d == null ? null : cand(m, d, d, Granularity.DAY, false);
    }

    private static Cand fullDate(Matcher m, String monthName, String dayText, String yearText, LocalDate reference) {
        int month = DateGrammar.month(monthName);
        int day = Integer.parseInt(dayText);
        if (day < 1 || day > 31) {
            return null;
        }
        if (yearText != null) {
            LocalDate d = DateGrammar.day(Integer.parseInt(yearText), month, day);
            return d == null ? null : cand(m, d, d, Granularity.DAY, false);
        }
        if (reference == null) {
            return null;
        }
        LocalDate d = DateGrammar.latestOnOrBefore(month, day, reference);
        return d == null ? null : cand(m, d, d, Granularity.DAY, true);
    }

    private static Cand dayRange(Matcher m, String monthName, String d1, String d2, String yearText, LocalDate reference) {
        int month = DateGrammar.month(monthName);
        int from = Integer.parseInt(d1);
        int to = Integer.parseInt(d2);
        if (from < 1 || to > 31 || to <= from) {
            return null;
        }
        LocalDate begin;
        boolean relative;
        if (yearText != null) {
            begin = DateGrammar.day(Integer.parseInt(yearText), month, from);
            relative = false;
        } else {
            if (reference == null) {
                return null;
            }
            begin = DateGrammar.latestOnOrBefore(month, from, reference);
            relative = true;
        }
        if (begin == null) {
            return null;
        }
        LocalDate end = DateGrammar.day(begin.getYear(), month, to);
        return end == null ? null : cand(m.start(), m.end(), begin, end, Granularity.RANGE, relative, Kind.RANGE);
    }

    private static Cand monthYear(Matcher m, String text, LocalDate reference) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), DateGrammar.month(m.group(1)));
        return cand(m, ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH, false);
    }

    private static Cand yearSpan(Matcher m, String text, LocalDate reference) {
        int first = Integer.parseInt(m.group(1));
        String sep = m.group(2);
        String second = m.group(3);
        int last;
        if (second.length() == 4) {
            last = Integer.parseInt(second);
            if (last > 2099 || last <= first || last - first > 100) {
                return null;
            }
        } else {
            int nn = Integer.parseInt(second);
            int candidate = first / 100 * 100 + nn;
            if (candidate > first) {
                last = candidate;
            } else if (sep.equals("-") && nn >= 1 && nn <= 12) {
                YearMonth ym = YearMonth.of(first, nn);
                return cand(m, ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH, false);
            } else if (first % 100 == 99 && nn == 0) {
                last = first + 1;
            } else {
                return null;
            }
        }
        return cand(m.start(), m.end(), LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), Granularity.RANGE, false, Kind.POINT);
    }

    private static Cand decade(Matcher m, String part, int decadeStart) {
        int from = decadeStart;
        int to = decadeStart + 9;
        if (part != null) {
            switch (part.toLowerCase(Locale.ROOT)) {
                case "early" -> to = decadeStart + 3;
                case "mid" -> {
                    from = decadeStart + 4;
                    to = decadeStart + 6;
                }
                case "late" -> from = decadeStart + 7;
                default -> throw new IllegalStateException("unhandled decade part '" + part + "'");
            }
        }
        return cand(m, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), Granularity.DECADE, false);
    }

    private static Cand century(Matcher m, String text, LocalDate reference) {
        int c = Integer.parseInt(m.group(2));
        if (c < 1 || c > 21) {
            return null;
        }
        int from = (c - 1) * 100;
        int to = from + 99;
        if (m.group(1) != null) {
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "early" -> to = from + 33;
                case "mid" -> {
                    from = from + 34;
                    to = from + 32;
                }
                case "late" -> from = from + 67;
                default -> throw new IllegalStateException("unhandled century part '" + m.group(1) + "'");
            }
        }
        if (from < 1) {
            from = 1;
        }
        return cand(m.start(), m.end(), LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), Granularity.RANGE, false, Kind.RANGE);
    }

    /** First and last day of a season whose first month lies in {@code year}. */
    private static LocalDate[] seasonIn(String season, int year) {
        int startMonth = switch (season) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn", "fall" -> 9;
            case "winter" -> 12;
            default -> throw new IllegalStateException("unhandled season '" + season + "'");
        };
        LocalDate begin = LocalDate.of(year, startMonth, 1);
        LocalDate end = begin.plusMonths(3).minusDays(1);
        return new LocalDate[] {begin, end};
    }

    private static Cand season(Matcher m, String text, LocalDate reference) {
        String modifier = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
        String season = m.group(2).toLowerCase(Locale.ROOT);
        String yearText = m.group(3);
        if (yearText != null) {
            LocalDate[] s = seasonIn(season, Integer.parseInt(yearText));
            return cand(m.start(), m.end(), s[0], s[1], Granularity.RANGE, false, Kind.RANGE);
        }
        if (modifier == null || reference == null) {
            return null;
        }
        LocalDate[] s;
        switch (modifier) {
            case "last", "past" -> {
                int y = reference.getYear();
                s = seasonIn(season, y);
                while (!s[1].isBefore(reference)) {
                    s = seasonIn(season, --y);
                }
            }
            case "this" -> {
                int y = reference.getYear();
                if (season.equals("winter") && reference.getMonthValue() <= 2) {
                    y--;
                }
                s = seasonIn(season, y);
            }
            case "next" -> {
                int y = reference.getYear();
                s = seasonIn(season, y);
                while (!s[0].isAfter(reference)) {
                    s = seasonIn(season, ++y);
                }
            }
            default -> throw new IllegalStateException("unhandled season modifier '" + modifier + "'");
        }
        return cand(m.start(), m.end(), s[0], s[1], Granularity.RANGE, true, Kind.RANGE);
    }

    private static Cand partOfYear(Matcher m, String text, LocalDate reference) {
        String part = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int year = Integer.parseInt(m.group(2));
        int[] months = switch (part) {
            case "early", "the beginning of", "the start of" -> new int[] {1, 4};
            case "mid", "the middle of" -> new int[] {5, 8};
            case "late", "the end of" -> new int[] {9, 12};
            default -> throw new IllegalStateException("unhandled part of year '" + part + "'");
        };
        return cand(m.start(), m.end(), LocalDate.of(year, months[0], 1), YearMonth.of(year, months[1]).atEndOfMonth(),
                Granularity.RANGE, false, Kind.POINT);
    }

    private static Cand year(Matcher m, String text, LocalDate reference) {
        String before = text.substring(Math.max(0, m.start() - 40), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
        boolean temporalPrep = TEMPORAL_PREP_BEFORE.matcher(before).find();
        if (LABEL_BEFORE.matcher(before).find() || !temporalPrep && AMOUNT_AFTER.matcher(after).find()) {
            return null;
        }
        if (!temporalPrep && QUANTIFIER_BEFORE.matcher(before).find() && PLURAL_AFTER.matcher(after).find()) {
            return null;
        }
        int y = Integer.parseInt(m.group(1));
        return cand(m, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Granularity.YEAR, false);
    }

    private static Cand thisLastUnit(Matcher m, String text, LocalDate reference) {
        if (reference == null) {
            return null;
        }
        String part = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
        String which = m.group(2).toLowerCase(Locale.ROOT);
        String unit = m.group(3).toLowerCase(Locale.ROOT);
        int shift = switch (which) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        if (part != null && shift != 0) {
            return null;
        }
        LocalDate begin;
        LocalDate end;
        Granularity g;
        switch (unit) {
            case "week" -> {
                begin = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
                end = begin.plusDays(6);
                g = Granularity.RANGE;
            }
            case "month" -> {
                YearMonth ym = YearMonth.from(reference).plusMonths(shift);
                begin = ym.atDay(1);
                end = ym.atEndOfMonth();
                g = Granularity.MONTH;
            }
            case "year" -> {
                int y = reference.getYear() + shift;
                begin = LocalDate.of(y, 1, 1);
                end = LocalDate.of(y, 12, 31);
                g = Granularity.YEAR;
            }
            default -> throw new IllegalStateException("unhandled unit '" + unit + "'");
        }
        if ("earlier".equals(part)) {
            end = reference;
        } else if ("later".equals(part)) {
            begin = reference;
        }
        return cand(m, begin, end, g, true);
    }

    private static LocalDate minus(LocalDate d, int n, String unit) {
        return switch (unit) {
            case "day" -> d.minusDays(n);
            case "week" -> d.minusWeeks(n);
            case "month" -> d.minusMonths(n);
            case "year" -> d.minusYears(n);
            case "decade" -> d.minusYears(10L * n);
            case "century", "centurie" -> d.minusYears(100L * n);
            default -> throw new IllegalStateException("unhandled unit '" + unit + "'");
        };
    }

    private static Cand window(Matcher m, String text, LocalDate reference) {
        if (reference == null) {
            return null;
        }
        String dir = m.group(1).toLowerCase(Locale.ROOT);
        boolean plural = m.group().toLowerCase(Locale.ROOT).endsWith("s");
        // "the past year" is one year; "the past decades" without a count is taken as two
        int n = m.group(2) != null ? DateGrammar.count(m.group(2)) : plural ? 2 : 1;
        if (n <= 0) {
            return null;
        }
        String unit = m.group(3).toLowerCase(Locale.ROOT);
        if (dir.equals("coming") || dir.equals("next")) {
            return cand(m.start(), m.end(), reference, minus(reference, -n, unit), Granularity.RANGE, true, Kind.RANGE);
        }
        return cand(m.start(), m.end(), minus(reference, n, unit), reference, Granularity.RANGE, true, Kind.RANGE);
    }

    private static Cand recentUnits(Matcher m, String text, LocalDate reference) {
        if (reference == null) {
            return null;
        }
        LocalDate begin = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "day" -> reference.minusDays(7);
            case "week" -> reference.minusWeeks(4);
            case "month" -> reference.minusMonths(6);
            case "year" -> reference.minusYears(5);
            case "decade" -> reference.minusYears(20);
            default -> throw new IllegalStateException("unhandled unit '" + m.group(1) + "'");
        };
        return cand(m.start(), m.end(), begin, reference, Granularity.RANGE, true, Kind.RANGE);
    }

    private static Cand ago(Matcher m, String text, LocalDate reference) {
        if (reference == null) {
            return null;
        }
        int n = DateGrammar.count(m.group(1));
        if (n <= 0) {
            return null;
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        LocalDate at = minus(reference, n, unit);
        return switch (unit) {
            case "day" -> cand(m, at, at, Granularity.DAY, true);
            case "week" -> cand(m.start(), m.end(), at.minusDays(3), at.plusDays(3), Granularity.RANGE, true, Kind.POINT);
            case "month" -> cand(m, YearMonth.from(at).atDay(1), YearMonth.from(at).atEndOfMonth(), Granularity.MONTH, true);
            case "year" -> cand(m, LocalDate.of(at.getYear(), 1, 1), LocalDate.of(at.getYear(), 12, 31), Granularity.YEAR, true);
            default -> cand(m.start(), m.end(), LocalDate.of(at.getYear() - 5, 1, 1), LocalDate.of(at.getYear() + 5, 12, 31),
                    Granularity.RANGE, true, Kind.POINT);
        };
    }

    private static Cand deicticDay(Matcher m, String text, LocalDate reference) {
        if (reference == null) {
            return null;
        }
        LocalDate d = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "yesterday" -> reference.minusDays(1);
            case "tomorrow" -> reference.plusDays(1);
            default -> reference;
        };
        return cand(m.start(), m.end(), d, d, Granularity.DAY, true, Kind.PRESENT);
    }

    private static Cand present(Matcher m, String text, LocalDate reference) {
        if (reference == null) {
            return null;
        }
        YearMonth ym = YearMonth.from(reference);
        Kind kind = m.group().equalsIgnoreCase("current") ? Kind.ADJECTIVE : Kind.PRESENT;
        return cand(m.start(), m.end(), ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH, true, kind);
    }

    /** "in the past": open start to the reference; "in the future": the reference onwards, open end. */
    private static Cand pastFuture(Matcher m, String text, LocalDate reference) {
        if (reference == null) {
            return null;
        }
        boolean past = m.group(1).equalsIgnoreCase("past");
        return cand(m.start(), m.end(), past ? null : reference, past ? reference : null, Granularity.RANGE, true, Kind.RANGE);
    }

    private static Cand weekday(Matcher m, String text, LocalDate reference) {
        if (reference == null) {
            return null;
        }
        String modifier = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
        DayOfWeek dow = DayOfWeek.of(DateGrammar.weekday(m.group(2)));
        LocalDate d = "last".equals(modifier)
                ? reference.with(TemporalAdjusters.previous(dow))
                : reference.with(TemporalAdjusters.previousOrSame(dow));
        int start = modifier == null || modifier.equals("on") ? m.start(2) : m.start();
        return cand(start, m.end(), d, d, Granularity.DAY, true, Kind.POINT);
    }

    private static Cand bareMonth(Matcher m, String text, LocalDate reference) {
        if (reference == null) {
            return null;
        }
        String modifier = m.group(1).toLowerCase(Locale.ROOT);
        int month = DateGrammar.month(m.group(2));
        YearMonth refMonth = YearMonth.from(reference);
        YearMonth ym = YearMonth.of(reference.getYear(), month);
        boolean inSpan;
        switch (modifier) {
            case "last" -> {
                if (!ym.isBefore(refMonth)) {
                    ym = ym.minusYears(1);
                }
                inSpan = true;
            }
            case "this" -> inSpan = true;
            case "next" -> {
                if (!ym.isAfter(refMonth)) {
                    ym = ym.plusYears(1);
                }
                inSpan = true;
            }
            case "early", "late", "mid" -> {
                if (ym.isAfter(refMonth)) {
                    ym = ym.minusYears(1);
                }
                inSpan = true;
            }
            default -> {
                if (ym.isAfter(refMonth)) {
                    ym = ym.minusYears(1);
                }
                inSpan = false;
            }
        }
        int start = inSpan ? m.start() : m.start(2);
        return cand(start, m.end(), ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH, true, Kind.POINT);
    }
}
