package org.chancery.coding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.Dependency;
import org.chancery.model.Token;

/**
 * Finds amounts attached to an event: money ($, US$, €, £, Rs, ₹, rupees, crore, lakh, million,
 * billion, "$1.3bn"), counted equipment and people ("four Mi-35 helicopters", "nearly 7,000 fighters")
 * and repetitions ("twice", "three times"), within the trigger's subtree (and its governing verb's
 * object for noun triggers). Stateless and thread-safe.
 */
final class QuantityExtractor {
    private static final Map<String, Long> WORDS = Map.ofEntries(
            Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
            Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L),
            Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L),
            Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L), Map.entry("sixteen", 16L),
            Map.entry("seventeen", 17L), Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L),
            Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L),
            Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L), Map.entry("hundred", 100L),
            Map.entry("dozen", 12L), Map.entry("a", 1L), Map.entry("an", 1L));
    private static final Map<String, Long> MULTIPLIERS = Map.ofEntries(
            Map.entry("thousand", 1_000L), Map.entry("million", 1_000_000L), Map.entry("billion", 1_000_000_000L),
            Map.entry("trillion", 1_000_000_000_000L), Map.entry("lakh", 100_000L), Map.entry("lakhs", 100_000L),
            Map.entry("crore", 10_000_000L), Map.entry("crores", 10_000_000L), Map.entry("mn", 1_000_000L),
            Map.entry("m", 1_000_000L), Map.entry("bn", 1_000_000_000L), Map.entry("b", 1_000_000_000L),
            Map.entry("k", 1_000L), Map.entry("hundred", 100L), Map.entry("tn", 1_000_000_000_000L));
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("usd", "USD"), Map.entry("dollar", "USD"),
            Map.entry("dollars", "USD"), Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"), Map.entry("£", "GBP"), Map.entry("gbp", "GBP"), Map.entry("pound", "GBP"),
            Map.entry("pounds", "GBP"), Map.entry("rs", "PKR"), Map.entry("rs.", "PKR"), Map.entry("pkr", "PKR"),
            Map.entry("rupee", "PKR"), Map.entry("rupees", "PKR"), Map.entry("₹", "INR"), Map.entry("inr", "INR"),
            Map.entry("yuan", "CNY"), Map.entry("rmb", "CNY"), Map.entry("¥", "CNY"));
    private static final Set<String> PEOPLE = words("people", "person", "civilian", "fighter", "militant", "soldier",
            "troop", "refugee", "protester", "demonstrator", "worker", "personnel", "insurgent", "rebel", "member",
            "prisoner", "detainee", "officer", "policeman", "child", "woman", "man", "student", "migrant", "hostage",
            "terrorist", "combatant", "sailor", "marine", "airman", "volunteer", "activist", "citizen", "national",
            "pilgrim", "diplomat", "official", "advisor", "adviser", "trainer", "instructor", "contractor", "casualty");
    private static final Set<String> TROOPS = words("troop", "soldier", "fighter", "militant", "insurgent", "rebel",
            "personnel", "combatant", "marine", "sailor", "airman");
    private static final Set<String> NOT_COUNTED = words("year", "month", "day", "week", "hour", "percent", "%",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
            "nov.", "dec.", "decade", "century", "point", "minute", "resolution", "article", "chapter", "section");
    private static final Pattern NUMBER = Pattern.compile("(?i)^(?:us\\$|\\$|€|£|₹|rs\\.?)?([0-9]+(?:[,][0-9]{3})*(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)(bn|mn|m|b|k|tn|cr)?$");

    /** Quantities in the subtree of {@code trigger} (and of {@code extraRoots}), in text order. */
    List<Quantity> extract(SentenceGraph g, int trigger, List<Integer> extraRoots) {
        Set<Integer> scope = new HashSet<>();
        collect(g, trigger, scope);
        for (int r : extraRoots) {
            collect(g, r, scope);
        }
        List<Quantity> out = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < g.size(); i++) {
            if (!scope.contains(i) || used.contains(i)) {
                continue;
            }
            Token t = g.token(i);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (lower.equals("twice")) {
                out.add(new Quantity(t.text(), t.start(), t.end(), BigDecimal.valueOf(2), "times"));
                used.add(i);
                continue;
            }
            if (lower.equals("thrice")) {
                out.add(new Quantity(t.text(), t.start(), t.end(), BigDecimal.valueOf(3), "times"));
                used.add(i);
                continue;
            }
            if (!t.pos().equals("CD") || i > 0 && (g.token(i - 1).text().equals("-") || g.token(i - 1).end() == t.start()
                    && Character.isLetter(g.token(i - 1).text().charAt(g.token(i - 1).text().length() - 1)))) {
                // "Mi-35", "F-16", "S-400": model numbers, not amounts
                continue;
            }
            readAmount(g, i, scope, used).ifPresent(out::add);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void collect(SentenceGraph g, int root, Set<Integer> scope) {
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            int i = todo.poll();
            if (!scope.add(i)) {
                continue;
            }
            for (Dependency d : g.children(i)) {
                String base = d.baseRelation();
                if (base.equals("ccomp") || base.equals("advcl") || base.equals("parataxis") || base.equals("ref")
                        || base.equals("acl") && d.relation().equals("acl:relcl") || base.equals("conj") && g.token(d.dependent()).isVerb()) {
                    continue;
                }
                todo.add(d.dependent());
            }
        }
    }

    private Optional<Quantity> readAmount(SentenceGraph g, int first, Set<Integer> scope, Set<Integer> used) {
        int start = first;
        int end = first;
        // extend over a run of number tokens: "1.3 billion", "two hundred", "7,000"
        while (end + 1 < g.size() && scope.contains(end + 1) && (g.token(end + 1).pos().equals("CD")
                || MULTIPLIERS.containsKey(g.token(end + 1).text().toLowerCase(Locale.ROOT)))) {
            end++;
        }
        BigDecimal value = BigDecimal.ONE;
        boolean any = false;
        for (int i = start; i <= end; i++) {
            String w = g.token(i).text().toLowerCase(Locale.ROOT);
            Matcher m = NUMBER.matcher(w);
            if (m.matches()) {
                BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
                value = any ? value.add(v) : v;
                any = true;
                if (m.group(2) != null) {
                    String suffix = m.group(2).equals("cr") ? "crore" : m.group(2);
                    value = value.multiply(BigDecimal.valueOf(MULTIPLIERS.get(suffix)));
                }
            } else if (WORDS.containsKey(w) && !MULTIPLIERS.containsKey(w)) {
                BigDecimal v = BigDecimal.valueOf(WORDS.get(w));
                value = any ? value.add(v) : v;
                any = true;
            } else if (MULTIPLIERS.containsKey(w)) {
                value = (any ? value : BigDecimal.ONE).multiply(BigDecimal.valueOf(MULTIPLIERS.get(w)));
                any = true;
            } else {
                return Optional.empty();
            }
        }
        if (!any) {
            return Optional.empty();
        }
        for (int i = start; i <= end; i++) {
            used.add(i);
        }
        // currency before ("$", "US$", "Rs", "€") or inside the first token, or after ("dollars", "rupees")
        String unit = null;
        String firstText = g.token(start).text();
        if (firstText.startsWith("$") || firstText.toLowerCase(Locale.ROOT).startsWith("us$")) {
            unit = "USD";
        } else if (firstText.startsWith("€")) {
            unit = "EUR";
        } else if (firstText.startsWith("£")) {
            unit = "GBP";
        } else if (firstText.startsWith("₹")) {
            unit = "INR";
        }
        int qStart = start;
        if (unit == null && start > 0) {
            String prev = g.token(start - 1).text().toLowerCase(Locale.ROOT);
            String prev2 = start > 1 ? g.token(start - 2).text().toLowerCase(Locale.ROOT) : "";
            if (CURRENCIES.containsKey(prev)) {
                unit = CURRENCIES.get(prev);
                qStart = start - 1;
                if (prev.equals("$") && (prev2.equals("us") || prev2.equals("u.s."))) {
                    qStart = start - 2;
                }
            }
        }
        int qEnd = end;
        if (unit == null && end + 1 < g.size()) {
            String next = g.token(end + 1).text().toLowerCase(Locale.ROOT);
            if (CURRENCIES.containsKey(next) && !next.equals("$")) {
                unit = CURRENCIES.get(next);
                qEnd = end + 1;
            }
        }
        if (unit == null) {
            // counted noun: the number's governor ("four ... helicopters", "7,000 fighters", "three times")
            int gov = g.governor(end);
            if (gov >= 0 && g.token(gov).isNoun()) {
                String lemma = g.lemma(gov);
                if (lemma.equals("time")) {
                    unit = "times";
                } else if (TROOPS.contains(lemma)) {
                    unit = "troops";
                } else if (PEOPLE.contains(lemma)) {
                    unit = "people";
                } else if (NOT_COUNTED.contains(lemma)) {
                    return Optional.empty();
                } else {
                    unit = lemma;
                }
                if (gov > qEnd) {
                    qEnd = gov;
                }
            } else {
                return Optional.empty();
            }
        }
        // adjust a leading "nearly", "about" into the text, not the value
        Token a = g.token(qStart);
        Token b = g.token(qEnd);
        String text = g.sentence().text().substring(a.start() - g.sentence().start(), b.end() - g.sentence().start());
        return Optional.of(new Quantity(text, a.start(), b.end(), value.stripTrailingZeros(), unit));
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
