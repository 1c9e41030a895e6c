package org.chancery.actor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Measures actor mentions against a gold file of {@code eval/dev/seed-gold} (README §2.3): every
 * counted surface-form occurrence of every gold actor is looked up among the system's non-locative
 * mentions that overlap it. An occurrence is found at <em>country level</em> when a mention's first
 * three letters agree with the gold code or one of its alternates, and with the <em>full code</em>
 * when the whole code equals one of them. Each system mention satisfies at most one occurrence.
 * Pure: no I/O beyond parsing the given JSON text.
 */
public final class ActorMentionScorer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ActorMentionScorer() {
    }

    /**
     * One gold occurrence that was not found with the full code.
     *
     * @param actorId       gold actor id
     * @param form          the counted surface form
     * @param start         Java char offset in the document text, inclusive
     * @param end           Java char offset, exclusive
     * @param goldCode      gold code
     * @param altCodes      gold alternates
     * @param systemCode    code of the best overlapping system mention, or null when none overlaps
     * @param countryLevel  whether it was found at country level
     */
    public record Miss(String actorId, String form, int start, int end, String goldCode, List<String> altCodes,
                       String systemCode, boolean countryLevel) {
        public Miss {
            altCodes = List.copyOf(altCodes);
        }

        @Override
        public String toString() {
            return start + ".." + end + " '" + form + "' gold " + goldCode + altCodes + " system "
                    + (systemCode == null ? "-" : systemCode) + (countryLevel ? " (country ok)" : "");
        }
    }

    /** Counts over one or more documents. */
    public record Score(int goldOccurrences, int foundCountry, int foundFull, List<Miss> misses) {
        public Score {
            misses = List.copyOf(misses);
            if (foundCountry > goldOccurrences || foundFull > foundCountry) {
                throw new IllegalArgumentException("inconsistent counts: gold " + goldOccurrences + ", country " + foundCountry
                        + ", full " + foundFull);
            }
        }

        public static Score empty() {
            return new Score(0, 0, 0, List.of());
        }

        public double countryRecall() {
            return goldOccurrences == 0 ? 1.0 : (double) foundCountry / goldOccurrences;
        }

        public double fullRecall() {
            return goldOccurrences == 0 ? 1.0 : (double) foundFull / goldOccurrences;
        }

        public Score plus(Score o) {
            List<Miss> m = new ArrayList<>(misses);
            m.addAll(o.misses);
            return new Score(goldOccurrences + o.goldOccurrences, foundCountry + o.foundCountry, foundFull + o.foundFull, m);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d gold mentions: %.1f%% country level (%d), %.1f%% full code (%d)",
                    goldOccurrences, 100 * countryRecall(), foundCountry, 100 * fullRecall(), foundFull);
        }
    }

    public static Score score(String goldJson, String documentText, List<ActorMention> mentions) {
        try {
            return score(JSON.readTree(goldJson), documentText, mentions);
        } catch (IOException e) {
            throw new UncheckedIOException("gold JSON does not parse: " + e.getMessage(), e);
        }
    }

    /** Scores the mentions of one document; {@code documentText} is the text the offsets index into. */
    public static Score score(JsonNode gold, String documentText, List<ActorMention> mentions) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(documentText, "documentText");
        Objects.requireNonNull(mentions, "mentions");
        JsonNode actors = gold.path("actors");
        if (!actors.isArray()) {
            throw new IllegalArgumentException("gold has no 'actors' array");
        }
        List<ActorMention> usable = mentions.stream().filter(m -> !m.locative()).toList();
        Set<ActorMention> usedCountry = new HashSet<>();
        Set<ActorMention> usedFull = new HashSet<>();
        int total = 0;
        int country = 0;
        int full = 0;
        List<Miss> misses = new ArrayList<>();
        int cpLength = documentText.codePointCount(0, documentText.length());
        for (JsonNode actor : actors) {
            String id = actor.path("actor_id").asText();
            String code = actor.path("code").asText(null);
            if (code == null || code.isEmpty()) {
                continue;
            }
            List<String> alts = new ArrayList<>();
            actor.path("alt_codes").forEach(a -> alts.add(a.asText()));
            List<String> accepted = new ArrayList<>(alts);
            accepted.add(0, code);
            for (JsonNode sf : actor.path("surface_forms")) {
                String form = sf.path("form").asText();
                for (JsonNode off : sf.path("offsets")) {
                    int cp = off.isInt() ? off.asInt() : off.path("offset").asInt();
                    if (cp < 0 || cp > cpLength) {
                        throw new IllegalArgumentException("gold offset " + cp + " of '" + form + "' lies outside the text");
                    }
                    int start = documentText.offsetByCodePoints(0, cp);
                    int end = Math.min(documentText.length(), start + form.length());
                    total++;
                    ActorMention bestCountry = null;
                    ActorMention bestFull = null;
                    ActorMention any = null;
                    for (ActorMention m : usable) {
                        if (m.start() >= end || m.end() <= start) {
                            continue;
                        }
                        if (any == null) {
                            any = m;
                        }
                        if (bestFull == null && !usedFull.contains(m) && accepted.contains(m.code().value())) {
                            bestFull = m;
                        }
                        if (bestCountry == null && !usedCountry.contains(m) && countryLevel(m.code().value(), accepted)) {
                            bestCountry = m;
                        }
                    }
                    if (bestFull != null && !usedCountry.contains(bestFull)) {
                        bestCountry = bestFull;
                    }
                    if (bestCountry != null) {
                        country++;
                        usedCountry.add(bestCountry);
                    }
                    if (bestFull != null) {
                        full++;
                        usedFull.add(bestFull);
                    } else {
                        ActorMention shown = bestCountry != null ? bestCountry : any;
                        misses.add(new Miss(id, form, start, end, code, alts, shown == null ? null : shown.code().value(),
                                bestCountry != null));
                    }
                }
            }
        }
        return new Score(total, country, Math.min(full, country), misses);
    }

    /** First three letters (or the whole code when shorter) agree with one of the accepted codes. */
    static boolean countryLevel(String system, List<String> accepted) {
        String s = system.length() <= 3 ? system : system.substring(0, 3);
        for (String a : accepted) {
            String g = a.length() <= 3 ? a : a.substring(0, 3);
            if (g.equals(s)) {
                return true;
            }
        }
        return false;
    }
}
