package org.chancery.temporal;

import static org.chancery.temporal.DateGrammar.MONTH;
import static org.chancery.temporal.DateGrammar.WEEKDAY;
import static org.chancery.temporal.DateGrammar.YEAR;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.PublicationDate;
import org.chancery.model.PublicationDateBasis;
import org.chancery.model.TimeExpression;

/**
 * Finds a document's publication date: in HTML/JSON metadata values, or in a byline or date line
 * among the first {@value #HEAD_CHARS} characters of the text, and flags a date that looks like a
 * crawl or display date ({@link #check}).
 *
 * <p>Text rules, most trusted first: a labelled date ("Published on Mar 03, 2023", "Posted: 8 March
 * 2018", "Date: 2018-03-08"); then an "Updated"/"Modified" date; then a date standing on a short line of
 * its own or after a separator ("By A. Writer | Mar 8, 2018"). Dates need a year. Numeric dates
 * ("08/03/2018") are read only when unambiguous: one of the first two numbers is above 12, or both are
 * equal. Thread-safe: immutable.
 */
public final class PublicationDateFinder {

    /** How many leading characters of a text are searched for a date line. */
    public static final int HEAD_CHARS = 600;

    /** Metadata keys in order of trust (compared lower-case). */
    private static final List<String> META_KEYS = List.of(
            "article:published_time", "datepublished", "og:published_time", "published_time", "pubdate",
            "publishdate", "publication_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created",
            "date", "published", "time", "time[datetime]", "datetime", "datecreated",
            "article:modified_time", "datemodified", "og:updated_time", "updated");

    private static final String MDY = "(?:" + WEEKDAY + ",?\\s+)?(" + MONTH + ")\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(" + YEAR + ")(?!\\d)";
    private static final String DMY = "(?:" + WEEKDAY + ",?\\s+)?(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH + "),?\\s+(" + YEAR + ")(?!\\d)";
    private static final String ISO = "(?<!\\d)(" + YEAR + ")-(\\d{2})-(\\d{2})(?!\\d)";
    private static final String NUMERIC = "(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.](" + YEAR + ")(?!\\d)";
    private static final String DATE = "(?:" + MDY + "|" + DMY + "|" + ISO + "|" + NUMERIC + ")";

    private static final Pattern DATE_PATTERN = Pattern.compile(DATE);
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?i:\\b(?:first\\s+published|published|posted|dated|date|released))\\s*(?:(?i:on)\\s+)?[:\\-\u2013]?\\s*" + DATE);
    private static final Pattern UPDATED_LABEL = Pattern.compile(
            "(?i:\\b(?:last\\s+updated|updated|last\\s+modified|modified))\\s*(?:(?i:on)\\s+)?[:\\-\u2013]?\\s*" + DATE);
    private static final Pattern SEPARATOR_BEFORE = Pattern.compile("[|\u2022\u00b7]\\s*$");
    private static final int SHORT_LINE = 100;

    private static final Pattern ISO_PREFIX = Pattern.compile("^(" + YEAR + ")-(\\d{2})-(\\d{2})(?:$|[T\\s])");
    private static final Pattern COMPACT = Pattern.compile("^(" + YEAR + ")(\\d{2})(\\d{2})$");

    public PublicationDateFinder() {
    }

    /**
     * The publication date from metadata when a value parses ({@link #fromMetadata}), else from the
     * text's date line ({@link #fromText}), else unknown. Run {@link #check} once the text is tagged
     * (non-relative expressions do not depend on the reference date, so tagging with this candidate is fine).
     */
    public PublicationDate find(Map<String, String> metadata, String text) {
        PublicationDate meta = fromMetadata(metadata);
        return meta.isKnown() ? meta : fromText(text);
    }

    /** The date of a byline or date line near the top of {@code text}; unknown when there is none. */
    public PublicationDate fromText(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        String head = GrammarTimeTagger.normaliseSpaces(text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text);
        Optional<PublicationDate> labelled = labelled(head, PUBLISHED_LABEL);
        if (labelled.isPresent()) {
            return labelled.get();
        }
        Optional<PublicationDate> updated = labelled(head, UPDATED_LABEL);
        if (updated.isPresent()) {
            return updated.get();
        }
        Matcher m = DATE_PATTERN.matcher(head);
        while (m.find()) {
            LocalDate d = dateOf(m, 0);
            if (d == null) {
                continue;
            }
            int lineStart = head.lastIndexOf('\n', m.start()) + 1;
            int lineEnd = text.indexOf('\n', m.end());
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            boolean shortLine = lineEnd - lineStart <= SHORT_LINE;
            boolean afterSeparator = SEPARATOR_BEFORE.matcher(head.substring(lineStart, m.start())).find();
            if (shortLine || afterSeparator) {
                return PublicationDate.of(d, PublicationDateBasis.TEXT, m.group());
            }
        }
        return PublicationDate.unknown();
    }

    private static Optional<PublicationDate> labelled(String head, Pattern label) {
        Matcher m = label.matcher(head);
        while (m.find()) {
            LocalDate d = dateOf(m, 0);
            if (d != null) {
                return Optional.of(PublicationDate.of(d, PublicationDateBasis.TEXT, m.group()));
            }
        }
        return Optional.empty();
    }

    /** The date matched by the {@link #DATE} groups starting after {@code offset} groups; null when impossible or ambiguous. */
    private static LocalDate dateOf(Matcher m, int offset) {
        if (m.group(offset + 1) != null) {
            return DateGrammar.day(Integer.parseInt(m.group(offset + 3)), DateGrammar.month(m.group(offset + 1)),
                    Integer.parseInt(m.group(offset + 2)));
        }
        if (m.group(offset + 4) != null) {
            return DateGrammar.day(Integer.parseInt(m.group(offset + 6)), DateGrammar.month(m.group(offset + 5)),
                    Integer.parseInt(m.group(offset + 4)));
        }
        if (m.group(offset + 7) != null) {
            return DateGrammar.day(Integer.parseInt(m.group(offset + 7)), Integer.parseInt(m.group(offset + 8)),
                    Integer.parseInt(m.group(offset + 9)));
        }
        int a = Integer.parseInt(m.group(offset + 10));
        int b = Integer.parseInt(m.group(offset + 11));
        int y = Integer.parseInt(m.group(offset + 12));
        if (a == b) {
            return DateGrammar.day(y, a, b);
        }
        if (a > 12 && b <= 12) {
            return DateGrammar.day(y, b, a);
        }
        if (b > 12 && a <= 12) {
            return DateGrammar.day(y, a, b);
        }
        return null;
    }

    /**
     * The most trusted publication date among metadata values the reader collected, keyed by their
     * field or meta name ({@code article:published_time}, {@code datePublished}, {@code time[datetime]}...;
     * compared case-insensitively). Unknown keys count only when their name mentions a date or time,
     * after the known ones, in alphabetical order. Unparseable values are skipped.
     */
    public PublicationDate fromMetadata(Map<String, String> values) {
        Map<String, String> byKey = new TreeMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getKey() != null && e.getValue() != null) {
                byKey.putIfAbsent(e.getKey().strip().toLowerCase(Locale.ROOT), e.getValue());
            }
        }
        List<String> order = new ArrayList<>();
        for (String k : META_KEYS) {
            if (byKey.containsKey(k)) {
                order.add(k);
            }
        }
        for (String k : byKey.keySet()) {
            if (!order.contains(k) && (k.contains("date") || k.contains("time") || k.contains("publish"))) {
                order.add(k);
            }
        }
        for (String k : order) {
            Optional<LocalDate> d = parseMetadataValue(byKey.get(k));
            if (d.isPresent()) {
                return PublicationDate.of(d.get(), PublicationDateBasis.METADATA, k + "=" + byKey.get(k).strip());
            }
        }
        return PublicationDate.unknown();
    }

    /**
     * Reads one metadata value: ISO dates and date-times with or without a zone ("2018-03-08",
     * "2018-03-08T21:30:00+05:00", "2018-03-08 21:30:00Z": the calendar date as written, in the
     * publisher's own zone), RFC 1123 ("Thu, 8 Mar 2018 21:30:00 GMT"), compact "20180308", and the
     * written forms of {@link #fromText}.
     */
    public Optional<LocalDate> parseMetadataValue(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = GrammarTimeTagger.normaliseSpaces(value).strip();
        Matcher iso = ISO_PREFIX.matcher(v);
        if (iso.find()) {
            return Optional.ofNullable(DateGrammar.day(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3))));
        }
        Matcher compact = COMPACT.matcher(v);
        if (compact.find()) {
            return Optional.ofNullable(DateGrammar.day(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                    Integer.parseInt(compact.group(3))));
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException notRfc) {
            // not RFC 1123: try the written forms next
        }
        Matcher m = DATE_PATTERN.matcher(v);
        if (m.find()) {
            return Optional.ofNullable(dateOf(m, 0));
        }
        return Optional.empty();
    }

    /**
     * The candidate, flagged {@code suspect} when it is more than a year later than the latest dated
     * fact among {@code expressions} (a crawl or display date). Relative expressions (anchored at the
     * candidate itself) and expressions that are exactly the candidate day (the date line) do not count;
     * with no other dated fact the candidate is returned as it is.
     */
    public PublicationDate check(PublicationDate candidate, List<TimeExpression> expressions) {
        if (!candidate.isKnown()) {
            return candidate;
        }
        LocalDate latest = null;
        for (TimeExpression e : expressions) {
            if (e.relative()) {
                continue;
            }
            if (e.begin() != null && e.begin().equals(candidate.date()) && candidate.date().equals(e.until())) {
                continue;
            }
            LocalDate last = e.until() != null ? e.until() : e.begin();
            if (latest == null || last.isAfter(latest)) {
                latest = last;
            }
        }
        if (latest == null) {
            return candidate;
        }
        boolean suspect = candidate.suspect() || candidate.date().isAfter(latest.plusYears(1));
        return new PublicationDate(candidate.date(), candidate.basis(), candidate.evidence(), suspect);
    }
}
