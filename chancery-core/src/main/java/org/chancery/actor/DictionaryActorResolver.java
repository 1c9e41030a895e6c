package org.chancery.actor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Dependency;
import org.chancery.model.Sentence;
import org.chancery.model.Token;

/**
 * Resolves actor mentions with an {@link ActorDictionary}, over tokens (dependencies, when a sentence
 * was parsed, are only an extra signal for pronouns).
 *
 * <p>Per sentence: tokens are cut into pieces at hyphens ("U.S.-Pakistan" gives two pieces), the
 * longest dictionary or agent-noun match is taken at each piece, then rules combine the matches:
 * country word + agent noun ("Pakistani officials" → PAKGOV), coordinated country words sharing one
 * agent noun, agent noun + "in/of" + country ("policymakers in Islamabad"), capitals as the government
 * unless used as a place, titles before names, persons by tenure at the publication date, "former"
 * → ELI, proper names that swallow the country inside them. Agent nouns listed as {@code bare}
 * that stand alone ("the government", "militant groups") take the state the sentence is about
 * (the first one it names, else that of the nearest earlier sentence, else the document's most
 * mentioned state); armed-group nouns prefer a country named as a place in (or "from") their sentence;
 * street-level nouns (police, protesters, students, workers, gunmen) take a place of their sentence
 * when it names no state. A title with no country word before an unknown name ("President Jane Roe")
 * takes the first state of its sentence (an actor, else a place), else the focus; "ethnic Albanians"
 * are civilians of the state they live in. Last, a conservative coreference pass binds pronouns and
 * anaphoric phrases ("the alliance" → the nearest organisation) within a window of three sentences.
 *
 * <p>Immutable and thread-safe: all per-document state lives in local objects.
 */
public final class DictionaryActorResolver implements ActorResolver {
    /** Sentences before the current one in which an antecedent is looked for. */
    static final int COREFERENCE_WINDOW = 2;
    /** Sentences before the current one whose states decide the country of a bare agent noun. */
    static final int FOCUS_WINDOW = 3;
    /** Suffix of the name of a mention whose country came from the focus, not from the text. */
    static final String BY_FOCUS = " (by focus)";

    private static final Set<String> POSSESSIVE = Set.of("'s", "'");
    /** Possessive pronouns: the phrase they own is their antecedent's ("its troops", "their envoys"). */
    private static final Set<String> OWNER_PRONOUNS = Set.of("its", "their", "his", "her", "our");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", ",", "&");
    private static final Set<String> DETERMINERS = Set.of("the");
    /** First words of a role that make it a different office from its last word ("vice president"). */
    private static final Set<String> SUBORDINATE = Set.of("vice", "deputy", "assistant", "under", "acting", "former", "ex");
    /** Quantifiers after which a plural demonym means people, not the state ("many Pakistanis"). */
    private static final Set<String> MANY = Set.of("many", "most", "some", "ordinary", "young", "thousands", "millions",
            "hundreds", "few", "several", "countless", "fellow", "poor", "average", "working-class");
    /** Words after which a demonym names an ethnic group, not the state ("ethnic Albanians"). */
    private static final Set<String> ETHNIC = Set.of("ethnic");
    private static final Set<String> NOT_OWN = Set.of("foreign", "international", "regional", "western", "external", "rival",
            "outside", "allied", "coalition", "a", "an", "no", "enemy", "hostile");
    private static final Set<String> BE_LIKE = Set.of("be", "is", "was", "are", "were", "been", "being", "'s", "seem", "seems",
            "seemed", "appear", "appears", "appeared", "remain", "remains", "remained", "become", "becomes", "became",
            "matters", "mattered", "happens", "happened", "follows", "followed", "turns", "turned");
    /** Sectors of street-level actors whose country is the place the sentence names when it names no state. */
    private static final Set<String> LOCAL_SECTORS = Set.of("POL", "CVL", "OPP", "EDU", "UAF", "LAB");
    /** Nouns after "the" that take up the nearest organisation named before ("NATO ... the alliance"). */
    private static final Set<String> ORGANISATION_ANAPHORS = Set.of("alliance", "bloc", "organisation", "organization");
    /** Nouns by which a text refers back to a named group: "the group", "the movement", "the party". */
    private static final Set<String> GROUP_ANAPHORS = Set.of("group", "movement", "party", "union", "front", "outfit", "faction",
            "militia", "association", "company", "firm", "agency", "commission", "committee", "coalition");
    /**
     * Nouns for what an actor said or wrote: "the speech" later in an article is the speech an actor's name
     * owned earlier ("Trump's speech on Afghanistan ... the speech criticized Pakistan").
     */
    private static final Set<String> COMMUNICATION_NOUNS = Set.of("speech", "address", "statement", "declaration", "remarks",
            "communique", "communiqué", "letter", "interview", "memorandum", "memo", "tweet", "announcement", "testimony", "briefing",
            "op-ed", "editorial");
    private static final Set<String> ACTOR_RELATIONS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "nmod:poss", "obl:agent");

    private final ActorDictionary dictionary;

    public DictionaryActorResolver(ActorDictionary dictionary) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    }

    /** The resolver over the dictionaries shipped on the classpath (and every file of {@code persons/}). */
    public static DictionaryActorResolver fromClasspath() {
        return new DictionaryActorResolver(ActorDictionaryLoader.fromClasspath());
    }

    /** The resolver over the dictionaries of a directory laid out like the classpath folder. */
    public static DictionaryActorResolver fromDirectory(Path dir) {
        return new DictionaryActorResolver(ActorDictionaryLoader.fromDirectory(dir));
    }

    public ActorDictionary dictionary() {
        return dictionary;
    }

    @Override
    public String dictionaryHash() {
        return dictionary.hash();
    }

    /**
     * Fast test for the parse gate: whether any token could start a dictionary match (names, capitals,
     * adjectives, organisations, groups, person names and surnames, agent nouns). Pronouns do not count.
     */
    public boolean mightMention(List<Token> tokens) {
        for (Token t : tokens) {
            for (Piece p : pieces(t)) {
                for (SurfaceForm f : dictionary.formsStartingWith(p.key)) {
                    if (Surface.caseFits(f.pieces().get(0), p.text)) {
                        return true;
                    }
                }
                if (!dictionary.agentsStartingWith(p.key).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public List<ActorMention> resolve(AnnotatedDocument document) {
        Objects.requireNonNull(document, "document");
        LocalDate date = document.document().metadata().published().date();
        Run run = new Run(date);
        List<List<Hit>> perSentence = new ArrayList<>();
        List<List<Piece>> piecesPerSentence = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            List<Piece> ps = pieces(s.tokens());
            piecesPerSentence.add(ps);
            List<Hit> hits = scan(ps, run);
            compose(s, ps, hits, run);
            perSentence.add(hits);
        }
        List<ActorMention> out = new ArrayList<>();
        List<ActorMention> history = new ArrayList<>();
        Map<String, ActorMention> authors = new HashMap<>();
        for (Sentence s : document.sentences()) {
            List<Piece> ps = piecesPerSentence.get(s.index());
            List<Hit> hits = perSentence.get(s.index());
            resolvePending(s, ps, hits, run.countryCounts, history);
            namedOrganisations(s, ps, hits, run, history);
            namedPersons(ps, hits, run);
            List<ActorMention> sentenceMentions = new ArrayList<>();
            for (Hit h : hits) {
                if (h.code != null && !h.dropped) {
                    sentenceMentions.add(h.toMention(s, ps));
                }
            }
            sentenceMentions.addAll(coreference(s, ps, hits, history, authors, run));
            sentenceMentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
            rememberCoordinatedStates(s, sentenceMentions, run);
            rememberAuthors(s, sentenceMentions, authors);
            for (ActorMention m : sentenceMentions) {
                out.add(m);
                if (!m.locative()) {
                    history.add(m);
                }
            }
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------------------------------
    // pieces

    /** A token, or a part of a hyphenated token, with its document offsets. */
    static final class Piece {
        final int token;
        final String text;
        final String key;
        final String pos;
        final String ner;
        final String lemma;
        final int start;
        final int end;
        boolean hyphenBefore;
        boolean hyphenAfter;
        final boolean possessive;

        Piece(Token t, String text, int start, int end, boolean hyphenBefore) {
            this.token = t.index();
            this.text = text;
            this.key = Surface.key(text);
            this.pos = t.pos();
            this.ner = t.ner();
            this.lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
            this.start = start;
            this.end = end;
            this.hyphenBefore = hyphenBefore;
            this.possessive = POSSESSIVE.contains(this.key);
        }

        boolean capitalised() {
            return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * The pieces of a sentence's tokens. A hyphen the tokenizer split off between two words it touches
     * ("Lashkar", "-", "e-Taiba") is not a piece: the words around it are joined as within one token.
     */
    static List<Piece> pieces(List<Token> tokens) {
        List<Piece> ps = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            boolean joiningHyphen = t.text().length() == 1 && Surface.isHyphen(t.text().charAt(0)) && k > 0 && k + 1 < tokens.size()
                    && tokens.get(k - 1).end() == t.start() && t.end() == tokens.get(k + 1).start() && !ps.isEmpty();
            if (joiningHyphen) {
                ps.get(ps.size() - 1).hyphenAfter = true;
                List<Piece> next = pieces(tokens.get(k + 1));
                if (!next.isEmpty()) {
                    next.get(0).hyphenBefore = true;
                }
                ps.addAll(next);
                k++;
                continue;
            }
            ps.addAll(pieces(t));
        }
        return ps;
    }

    static List<Piece> pieces(Token t) {
        String text = t.text();
        List<Piece> out = new ArrayList<>(2);
        if (text.isEmpty() || t.end() - t.start() != text.length()) {
            // empty tokens carry nothing; normalised tokens ("-LRB-" for "(") cannot be cut by offset
            if (!text.isEmpty()) {
                out.add(new Piece(t, text, t.start(), t.end(), false));
            }
            return out;
        }
        boolean hasHyphen = false;
        for (int i = 1; i < text.length(); i++) {
            if (Surface.isHyphen(text.charAt(i))) {
                hasHyphen = true;
                break;
            }
        }
        if (!hasHyphen || text.length() < 3) {
            out.add(new Piece(t, text, t.start(), t.end(), false));
            return out;
        }
        int from = 0;
        boolean before = false;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Surface.isHyphen(text.charAt(i))) {
                if (i > from) {
                    Piece p = new Piece(t, text.substring(from, i), t.start() + from, t.start() + i, before);
                    p.hyphenAfter = i < text.length();
                    out.add(p);
                    before = i < text.length();
                } else if (i < text.length()) {
                    before = true;
                }
                from = i + 1;
            }
        }
        if (out.isEmpty()) {
            out.add(new Piece(t, text, t.start(), t.end(), false));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------
    // matching

    /** A match over pieces {@code [from, to)}: a dictionary form or an agent noun, and what it resolved to. */
    final class Hit {
        final int from;
        int to;
        final SurfaceForm form;
        final AgentNoun agent;
        int spanFrom;
        ActorCode code;
        ResolutionBasis basis;
        String entry;
        String name;
        boolean locative;
        boolean dropped;
        boolean merged;
        boolean pendingBare;
        /** End (exclusive) of an unknown name after a title with no country word ("President Jane Roe"), or -1. */
        int titledNameTo = -1;
        /** The country of "of COUNTRY" right after a titled name ("King Hassan of Morocco"), or null. */
        String ofCountry;
        /** A demonym after "ethnic" ("ethnic Albanians"): people of the state they live in, decided later. */
        boolean ethnic;

        Hit(int from, int to, SurfaceForm form, AgentNoun agent) {
            this.from = from;
            this.to = to;
            this.spanFrom = from;
            this.form = form;
            this.agent = agent;
        }

        boolean isAgent() {
            return agent != null;
        }

        EntryKind kind() {
            return form == null ? null : form.entry().kind();
        }

        /** A word that names a state or region and can combine with an agent noun. */
        boolean isCountryWord() {
            if (form == null) {
                return false;
            }
            EntryKind k = form.entry().kind();
            return (k == EntryKind.COUNTRY || (k == EntryKind.REGION && form.entry().actor())) && form.kind() != FormKind.DEMONYM
                    || k == EntryKind.SEAT;
        }

        String country() {
            ActorEntry e = form.entry();
            return switch (e.kind()) {
                case COUNTRY, REGION -> e.code().value();
                case SEAT -> e.country();
                default -> null;
            };
        }

        void set(ActorCode c, ResolutionBasis b, String entryId, String n) {
            code = c;
            basis = b;
            entry = entryId;
            name = n;
        }

        ActorMention toMention(Sentence s, List<Piece> ps) {
            Piece a = ps.get(spanFrom);
            Piece z = ps.get(to - 1);
            int start = a.start;
            int end = z.end;
            String text = s.text().substring(start - s.start(), end - s.start());
            return new ActorMention(s.index(), a.token, z.token + 1, start, end, text, code, name, basis, entry, locative);
        }
    }

    /**
     * An actor the dictionary lacks, known from the text: its code and name, and the entry prefix saying how it was
     * found ({@code named:} for organisations, {@code named-person:} for persons).
     */
    private record Named(String code, String name, String prefix) {
    }

    /** Per-document state: publication date, persons seen, country counts for the focus. */
    private static final class Run {
        final LocalDate date;
        final Map<String, Integer> countryCounts = new LinkedHashMap<>();
        /** Names (keys) and acronyms of organisations the dictionary lacks → their code and name, once decided. */
        final Map<String, Named> namedOrganisations = new HashMap<>();
        /** Surnames of persons the dictionary lacks, introduced with their office ("Ana Ruiz, Peru's envoy") → code, name. */
        final Map<String, Named> namedPersons = new HashMap<>();
        /** The last "STATE and STATE" pair named ("China and Russia held talks"), which "they" can take up. */
        List<ActorMention> coordinatedStates = List.of();
        /** Person entry id → position of its latest full-name mention, for surnames. */
        final Map<String, Integer> personsSeen = new HashMap<>();
        int seen;

        Run(LocalDate date) {
            this.date = date;
        }

        void count(String country) {
            countryCounts.merge(country, 1, Integer::sum);
        }
    }

    /** The longest dictionary or agent-noun match starting at piece {@code i}, or null. */
    private Hit bestAt(List<Piece> ps, int i, Run run) {
        Hit best = null;
        Piece p = ps.get(i);
        for (SurfaceForm f : dictionary.formsStartingWith(p.key)) {
            int n = f.keys().size();
            if (best != null && n <= best.to - best.from) {
                break;
            }
            boolean loose = n > 1 && (f.entry().kind() == EntryKind.GROUP || f.entry().kind() == EntryKind.PERSON);
            if (matches(f.pieces(), f.keys(), ps, i, loose) && acceptable(f, ps, i, run)) {
                best = new Hit(i, i + n, matches(f.pieces(), f.keys(), ps, i) ? choose(f, ps, i, run) : f, null);
            }
        }
        for (AgentNoun a : dictionary.agentsStartingWith(p.key)) {
            int n = a.keys().size();
            if (best != null && n <= best.to - best.from) {
                break;
            }
            if (matchesLower(a.keys(), ps, i)) {
                best = new Hit(i, i + n, null, a);
            }
        }
        return best;
    }

    private List<Hit> scan(List<Piece> ps, Run run) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < ps.size()) {
            Hit best = bestAt(ps, i, run);
            if (best != null) {
                // a longer match starting inside this one wins: "the West Bank" is not "the West" + "Bank"
                for (int j = i + 1; best != null && j < best.to; j++) {
                    Hit inner = bestAt(ps, j, run);
                    if (inner != null && inner.to > best.to && inner.to - inner.from >= best.to - best.from) {
                        best = null;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            Hit last = hits.isEmpty() ? null : hits.get(hits.size() - 1);
            if (best.isAgent() && best.agent.keys().size() >= 2 && i >= 2 && CONJUNCTIONS.contains(ps.get(i - 1).key)
                    && (last == null || last.to <= i - 2 || last.isAgent() && last.from == i - 2 && last.to == i - 1)) {
                // "civilian and military leadership": the first conjunct borrows the head noun
                List<String> keys = new ArrayList<>();
                keys.add(ps.get(i - 2).key);
                keys.addAll(best.agent.keys().subList(1, best.agent.keys().size()));
                for (AgentNoun a : dictionary.agentsStartingWith(keys.get(0))) {
                    if (a.keys().equals(keys)) {
                        if (last != null && last.from == i - 2) {
                            hits.remove(hits.size() - 1);
                        }
                        hits.add(new Hit(i - 2, i - 1, null, a));
                        break;
                    }
                }
            }
            hits.add(best);
            if (best.form != null && best.form.entry().kind() == EntryKind.PERSON) {
                if (best.form.kind() == FormKind.PERSON_NAME) {
                    run.personsSeen.put(best.form.entry().id(), ++run.seen);
                }
            }
            i = best.to;
        }
        return hits;
    }

    private static boolean matches(List<String> dictPieces, List<String> keys, List<Piece> ps, int at) {
        return matches(dictPieces, keys, ps, at, false);
    }

    /**
     * Whether the pieces at {@code at} spell the form. With {@code transliterated}, pieces after the
     * first may differ in the way romanisations of Arabic, Persian and Urdu names differ: vowels
     * ("Muhammad"/"Mohammed", "Qaeda"/"Qaida", "Taiba"/"Toiba") and the connector ("-e-"/"-i-").
     */
    private static boolean matches(List<String> dictPieces, List<String> keys, List<Piece> ps, int at, boolean transliterated) {
        if (at + keys.size() > ps.size()) {
            return false;
        }
        for (int k = 0; k < keys.size(); k++) {
            Piece p = ps.get(at + k);
            boolean same = p.key.equals(keys.get(k)) || transliterated && k > 0 && Surface.sameRomanisation(p.key, keys.get(k));
            if (!same || !Surface.caseFits(dictPieces.get(k), p.text)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesLower(List<String> keys, List<Piece> ps, int at) {
        if (at + keys.size() > ps.size()) {
            return false;
        }
        for (int k = 0; k < keys.size(); k++) {
            if (!ps.get(at + k).key.equals(keys.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Context checks a form must pass: combining forms need a following hyphen, surnames a licence. */
    private boolean acceptable(SurfaceForm f, List<Piece> ps, int at, Run run) {
        Piece last = ps.get(at + f.keys().size() - 1);
        if (f.kind() == FormKind.COMBINING) {
            return last.hyphenAfter;
        }
        if (f.kind() == FormKind.SURNAME) {
            return surnameLicensed(f, ps, at, run) != null;
        }
        return true;
    }

    /** Among forms sharing the same pieces, the preferred entry, or for surnames the licensed person. */
    private SurfaceForm choose(SurfaceForm f, List<Piece> ps, int at, Run run) {
        List<SurfaceForm> same = new ArrayList<>();
        for (SurfaceForm g : dictionary.formsStartingWith(f.keys().get(0))) {
            if (g.keys().equals(f.keys()) && g.kind() != FormKind.COMBINING == (f.kind() != FormKind.COMBINING)
                    && matches(g.pieces(), g.keys(), ps, at)) {
                same.add(g);
            }
        }
        if (f.kind() == FormKind.SURNAME || same.stream().allMatch(g -> g.kind() == FormKind.SURNAME)) {
            SurfaceForm chosen = surnameLicensed(f, ps, at, run);
            return chosen == null ? f : chosen;
        }
        for (SurfaceForm g : same) {
            if (g.preferred() && g.kind() != FormKind.SURNAME) {
                return g;
            }
        }
        for (SurfaceForm g : same) {
            if (g.kind() != FormKind.SURNAME) {
                return g;
            }
        }
        return f;
    }

    /**
     * A surname is resolved only to a person whose full name appeared earlier in the document, or
     * right after a title or honorific; with a title, the person who held an office of that title.
     */
    private SurfaceForm surnameLicensed(SurfaceForm f, List<Piece> ps, int at, Run run) {
        List<SurfaceForm> candidates = new ArrayList<>();
        for (SurfaceForm g : dictionary.formsStartingWith(f.keys().get(0))) {
            if (g.kind() == FormKind.SURNAME && g.keys().equals(f.keys())) {
                candidates.add(g);
            }
        }
        SurfaceForm recent = null;
        int when = 0;
        for (SurfaceForm g : candidates) {
            int at2 = run.personsSeen.getOrDefault(g.entry().id(), 0);
            if (at2 > when) {
                recent = g;
                when = at2;
            }
        }
        if (recent != null) {
            return recent; // the person of that surname named most recently in full
        }
        String title = titleBefore(ps, at);
        if (title == null) {
            int after = at + f.keys().size();
            if (candidates.size() == 1 && after < ps.size() && governmentNounAt(ps, after)) {
                return candidates.get(0); // "the Bush administration", "the Modi government"
            }
            boolean onePerson = candidates.stream().map(g -> g.entry().id()).distinct().count() == 1; // "Erdogan", "Erdoğan"
            if (onePerson && ps.get(at).ner.equals("PERSON") && ledAState(candidates.get(0).entry())) {
                return candidates.get(0); // "Putin said", "Erdogan met": a head of state or government known by surname alone
            }
            return null;
        }
        SurfaceForm fallback = null;
        for (SurfaceForm g : candidates) {
            for (CodePeriod p : g.entry().periods()) {
                if (title.isEmpty() || roleMatches(p.role(), title)) {
                    if (run.date == null || p.covers(run.date)) {
                        return g;
                    }
                    if (fallback == null) {
                        fallback = g;
                    }
                }
            }
        }
        if (fallback != null) {
            return fallback;
        }
        return title.isEmpty() && candidates.size() == 1 ? candidates.get(0) : null;
    }

    /** Offices whose holders news names by surname alone. */
    private static final Set<String> LEADER_ROLES = Set.of("president", "prime minister", "king", "supreme leader", "chancellor",
            "emir", "premier", "crown prince", "secretary-general", "general secretary");

    /** Whether the person ever held one of the {@link #LEADER_ROLES}. */
    private static boolean ledAState(ActorEntry person) {
        for (CodePeriod p : person.periods()) {
            if (p.role() != null && LEADER_ROLES.contains(p.role().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private boolean governmentNounAt(List<Piece> ps, int at) {
        for (AgentNoun a : dictionary.agentsStartingWith(ps.get(at).key)) {
            if (!a.title() && a.sector().equals("GOV") && a.keys().size() == 1 && matchesLower(a.keys(), ps, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an office's role is named by a title: "foreign minister" by "foreign minister" or
     * "minister", "president of the council" by "president"; never "vice president" by "president".
     */
    static boolean roleMatches(String role, String title) {
        String r = Surface.key(role);
        if (r.equals(title) || r.startsWith(title + " ")) {
            return true;
        }
        if (r.endsWith(" " + title)) {
            String firstWord = r.substring(0, r.indexOf(' '));
            return !SUBORDINATE.contains(firstWord);
        }
        return false;
    }

    /** The title (agent title noun, normalised) or "" for an honorific right before {@code at}; null when neither. */
    private String titleBefore(List<Piece> ps, int at) {
        if (at == 0) {
            return null;
        }
        Piece prev = ps.get(at - 1);
        if (dictionary.lexicon().honorifics().contains(prev.key) && prev.capitalised()) {
            return "";
        }
        for (int len = 4; len >= 1; len--) {
            int from = at - len;
            if (from < 0) {
                continue;
            }
            for (AgentNoun a : dictionary.agentsStartingWith(ps.get(from).key)) {
                if (a.title() && a.keys().size() == len && matchesLower(a.keys(), ps, from)) {
                    return String.join(" ", a.keys());
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------
    // composition

    private void compose(Sentence s, List<Piece> ps, List<Hit> hits, Run run) {
        // 1. country word (+ 's) (+ up to two adjectives) + agent noun
        for (int h = 0; h < hits.size(); h++) {
            Hit c = hits.get(h);
            if (c.merged || c.dropped || c.isAgent()) {
                continue;
            }
            Hit a = agentAfter(ps, hits, h);
            if (a == null) {
                continue;
            }
            if (c.kind() == EntryKind.PERSON && a.from == c.to && !a.agent.title() && c.form.entry().country() != null
                    && dictionary.isCountry(c.form.entry().country())) {
                ActorCode code = ActorCode.of(c.form.entry().country() + a.agent.sector());
                c.set(code, ResolutionBasis.AGENT, "agent:" + a.agent.surface(), c.form.entry().name() + " " + a.agent.surface());
                c.to = a.to;
                c.merged = true;
                a.dropped = true;
                continue;
            }
            // "Dubai officials", "Karachi police": a city right before an agent noun gives the agent its country
            boolean cityAgent = c.form != null && c.form.entry().kind() == EntryKind.REGION && !c.form.entry().actor()
                    && c.form.entry().id().startsWith("city:") && a.from == c.to && !a.agent.title();
            if (c.isCountryWord() || cityAgent) {
                if (c.from > 0 && ETHNIC.contains(ps.get(c.from - 1).key)) {
                    continue;
                }
                if (a.agent.title() && a.to < ps.size() && startsName(ps, hits, a.to)) {
                    continue; // "Pakistani Prime Minister Imran Khan": the country word stands alone
                }
                Piece first = ps.get(c.from);
                if (first.hyphenBefore && c.from > 0 && ps.get(c.from - 1).key.equals("anti") && !a.agent.sector().equals("REB")) {
                    continue; // "anti-Syria journalists" are no Syrian journalists; "anti-Pakistan militants" fight Pakistan
                }
                String sector = formerBefore(ps, c.from) ? "ELI" : a.agent.sector();
                ActorCode code;
                if (c.kind() == EntryKind.SEAT && !c.form.entry().code().sectorPart().equals("GOV")) {
                    code = c.form.entry().code();
                } else {
                    code = ActorCode.of(c.country() + sector);
                }
                c.set(code, ResolutionBasis.AGENT, "agent:" + a.agent.surface(), c.form.entry().name() + " " + a.agent.surface());
                c.to = a.to;
                c.merged = true;
                a.dropped = true;
                run.count(code.countryPart());
                c.to = properNameEnd(ps, hits, c.to);
                shareWithConjuncts(ps, hits, h, code.sectorPart());
            } else if (c.kind() == EntryKind.ORGANIZATION || c.kind() == EntryKind.GROUP) {
                if (a.from != c.to || a.agent.title() && a.to < ps.size() && startsName(ps, hits, a.to)) {
                    continue;
                }
                c.to = a.to; // "UN officials", "Taliban fighters": the organisation's code, over the whole phrase
                a.dropped = true;
            }
        }
        // 2. agent noun + in/of/from + country word: "leadership in Pakistan", "government of India"
        for (int h = 0; h < hits.size(); h++) {
            Hit a = hits.get(h);
            if (!a.isAgent() || a.dropped || a.code != null || h + 1 >= hits.size()) {
                continue;
            }
            if (a.from > 0 && (ps.get(a.from - 1).possessive || isCountryWordEnd(hits, a.from)
                    || OWNER_PRONOUNS.contains(ps.get(a.from - 1).key))) {
                continue; // "withdrew its troops from Gaza": the owner's troops, not Gaza's
            }
            Hit c = hits.get(h + 1);
            if (!c.isCountryWord() || c.merged || c.form.kind() != FormKind.NAME && c.form.kind() != FormKind.SEAT) {
                continue;
            }
            int gap = c.from - a.to;
            String prep = gap >= 1 ? ps.get(a.to).key : "";
            boolean det = gap == 2 && DETERMINERS.contains(ps.get(a.to + 1).key);
            if (!(gap == 1 || det) || !(prep.equals("in") || prep.equals("of") || prep.equals("from") || prep.equals("at")
                    || prep.equals("for") && a.agent.sector().equals("GOV"))) {
                continue;
            }
            if (a.agent.presence() && (prep.equals("in") || prep.equals("at"))) {
                continue;
            }
            String sector = formerBefore(ps, a.from) ? "ELI" : a.agent.sector();
            ActorCode code = ActorCode.of(c.country() + sector);
            a.set(code, ResolutionBasis.AGENT, "agent:" + a.agent.surface(), c.form.entry().name() + " " + a.agent.surface());
            a.spanFrom = includeDeterminer(ps, a.from);
            a.to = c.to;
            a.merged = true;
            c.dropped = true;
            run.count(code.countryPart());
        }
        // 3. everything else that stands alone
        for (int h = 0; h < hits.size(); h++) {
            Hit x = hits.get(h);
            if (x.dropped || x.code != null) {
                continue;
            }
            if (x.isAgent()) {
                x.pendingBare = true;
                continue;
            }
            ActorEntry e = x.form.entry();
            switch (e.kind()) {
                case COUNTRY -> country(ps, hits, h, x, run);
                case SEAT -> seat(ps, hits, h, x, run);
                case REGION -> {
                    if (!e.actor() && inPersonName(ps, x)) {
                        x.dropped = true; // "Manuel Burgos", "Jack London": a town's name as a surname
                        break;
                    }
                    x.set(e.code(), ResolutionBasis.DICTIONARY, e.id(), e.name());
                    x.locative = !e.actor();
                }
                case ORGANIZATION, GENERIC -> {
                    x.set(e.code(), ResolutionBasis.DICTIONARY, e.id(), e.name());
                    if (e.country() != null) {
                        run.count(e.country());
                    }
                }
                case GROUP -> x.set(e.codeOn(tenureDate(s, ps.get(x.from).start, run.date)), ResolutionBasis.DICTIONARY, e.id(), e.name());
                case PERSON -> person(s, ps, x, run);
            }
        }
        // 4. names of persons the dictionary does not know, after a country's title: "Kenyan Foreign Minister Jane Roe"
        titledUnknownNames(ps, hits);
        // 5. coordinated country words before a group that carries one of them: "the Afghan and the Pakistani Taliban"
        for (int h = 0; h < hits.size(); h++) {
            Hit g = hits.get(h);
            if (!g.dropped && g.kind() == EntryKind.GROUP && g.code != null && !g.code.sectorPart().isEmpty()) {
                shareWithConjuncts(ps, hits, h, g.code.sectorPart());
            }
        }
    }

    /**
     * A name the person dictionary lacks still gets the office its title gives, when a country word
     * fixes whose office it is: "Kenyan Foreign Minister Jane Roe" (name right after the title) and
     * "Kenya's foreign minister, Jane Roe," (name in apposition). The name is two to four capitalised
     * words that are no dictionary match (tagged PERSON when the annotator tags names).
     */
    private void titledUnknownNames(List<Piece> ps, List<Hit> hits) {
        boolean nerAvailable = ps.stream().anyMatch(p -> !p.ner.equals("O"));
        List<Hit> added = new ArrayList<>();
        for (int h = 0; h + 1 < hits.size(); h++) {
            Hit c = hits.get(h);
            if (c.dropped || c.code == null || c.form == null) {
                continue;
            }
            String country = null;
            String sector = null;
            int nameFrom = -1;
            Hit a = hits.get(h + 1);
            if (c.isCountryWord() && !c.merged && a.isAgent() && a.agent.title() && !a.dropped && a.code == null
                    && (a.from == c.to || a.from == c.to + 1 && ps.get(c.to).possessive)) {
                country = c.country();
                sector = formerBefore(ps, c.from) ? "ELI" : a.agent.sector();
                nameFrom = a.to;
            } else if (c.merged && c.basis == ResolutionBasis.AGENT && c.entry.startsWith("agent:") && isTitle(c.entry.substring(6))
                    && c.to + 1 < ps.size() && ps.get(c.to).key.equals(",")) {
                country = c.code.countryPart();
                sector = c.code.sectorPart();
                nameFrom = c.to + 1;
            }
            if (country == null || !dictionary.isCountry(country) || nameFrom >= ps.size() || isHitStart(hits, nameFrom)) {
                continue;
            }
            int end = nameFrom;
            while (end < ps.size() && end - nameFrom < 4) {
                Piece q = ps.get(end);
                boolean nameLike = q.capitalised() && Character.isLetter(q.text.charAt(0)) && !q.possessive
                        && (!nerAvailable || q.ner.equals("PERSON")) && !isHitStart(hits, end);
                if (!nameLike) {
                    break;
                }
                end++;
            }
            boolean closed = end >= ps.size() || !ps.get(end).capitalised();
            if (end - nameFrom >= 2 && closed) {
                Hit n = new Hit(nameFrom, end, null, null);
                n.set(ActorCode.of(country + sector), ResolutionBasis.AGENT, "title:" + (a.isAgent() && a.agent.title()
                        ? a.agent.surface() : c.entry.substring(6)), String.join(" ", ps.subList(nameFrom, end).stream().map(p -> p.text).toList()));
                added.add(n);
            }
        }
        // "President Jane Roe" with no country word: the title waits for the focus country, over the whole phrase
        for (int h = 0; h < hits.size(); h++) {
            Hit a = hits.get(h);
            if (!a.isAgent() || !a.agent.title() || a.dropped || a.merged || a.code != null || a.to >= ps.size()) {
                continue;
            }
            int owner = a.from;
            while (owner > 0 && owner > a.from - 3 && (ps.get(owner - 1).pos.startsWith("JJ") && !ps.get(owner - 1).capitalised()
                    || TITLE_QUALIFIERS.contains(ps.get(owner - 1).key))) {
                owner--; // "Kenya's new President Jane Roe", "Socialist prime minister Jane Roe": words between owner and title
            }
            if (owner > 0 && (ps.get(owner - 1).possessive || isCountryWordEnd(hits, owner) || isHitEnd(hits, owner))) {
                continue;
            }
            if (owner > 0 && ps.get(owner - 1).capitalised() && !dictionary.lexicon().former().contains(ps.get(owner - 1).key)) {
                continue; // "League Secretary General Jane Roe": a longer title or a name owns it
            }
            int end = titledNameEnd(ps, hits, a.to, nerAvailable);
            String of = end > a.to ? placeAfterOf(ps, hits, end, true) : null;
            if (end == a.to) {
                // "King Hassan of Morocco", "President Funes of El Salvador": one name word, its country after "of"
                int one = a.to < ps.size() && ps.get(a.to).capitalised() && Character.isLetter(ps.get(a.to).text.charAt(0))
                        && !ps.get(a.to).possessive && !isHitStart(hits, a.to) ? a.to + 1 : a.to;
                of = one > a.to ? placeAfterOf(ps, hits, one, true) : null;
                if (of != null) {
                    end = one;
                }
            }
            if ((end - a.to >= 2 || of != null) && (end >= ps.size() || !ps.get(end).capitalised())) {
                a.titledNameTo = end;
                a.ofCountry = of;
            }
        }
        if (!added.isEmpty()) {
            hits.addAll(added);
            hits.sort((x, y) -> Integer.compare(x.from, y.from));
        }
    }

    /**
     * The country named by "of [the] X" starting at piece {@code at}: with {@code countryNameOnly}, X must be a
     * country's name ("King Hassan of Morocco"), else any place or state ("the governor of Sindh"); null if none.
     */
    private String placeAfterOf(List<Piece> ps, List<Hit> hits, int at, boolean countryNameOnly) {
        if (at >= ps.size() || !ps.get(at).key.equals("of")) {
            return null;
        }
        int c = at + 1 < ps.size() && ps.get(at + 1).key.equals("the") ? at + 2 : at + 1;
        for (Hit h : hits) {
            if (h.from != c || h.dropped) {
                continue;
            }
            if (countryNameOnly && h.form != null && h.kind() == EntryKind.COUNTRY && h.form.kind() == FormKind.NAME) {
                return h.country();
            }
            if (!countryNameOnly && h.code != null && dictionary.isCountry(h.code.countryPart())) {
                return h.code.countryPart();
            }
        }
        return null;
    }

        /**
     * End of an unknown name after a bare title: up to four capitalised proper nouns (a hyphen may join
     * two of them, "Jean-Marc"), none a dictionary match; when names are tagged, the run must end in a
     * PERSON word (taggers often miss a first name but rarely the surname).
     */
    private static int titledNameEnd(List<Piece> ps, List<Hit> hits, int from, boolean nerAvailable) {
        int end = from;
        int words = 0;
        while (end < ps.size() && words < 4) {
            Piece q = ps.get(end);
            if (words > 0 && q.pos.equals("HYPH") && end + 1 < ps.size() && ps.get(end + 1).capitalised()) {
                end++;
                continue;
            }
            boolean nameLike = q.capitalised() && Character.isLetter(q.text.charAt(0)) && !q.possessive
                    && (q.pos.equals("NNP") || q.ner.equals("PERSON")) && !isHitStart(hits, end);
            if (!nameLike) {
                break;
            }
            end++;
            words++;
        }
        if (words < 2 || nerAvailable && !ps.get(end - 1).ner.equals("PERSON")) {
            return from;
        }
        return end;
    }

    /** End of a run of up to four capitalised words from {@code from} that no dictionary entry matches. */
    private static int unknownNameEnd(List<Piece> ps, List<Hit> hits, int from, boolean nerAvailable) {
        int end = from;
        while (end < ps.size() && end - from < 4) {
            Piece q = ps.get(end);
            boolean nameLike = q.capitalised() && Character.isLetter(q.text.charAt(0)) && !q.possessive
                    && (!nerAvailable || q.ner.equals("PERSON")) && !isHitStart(hits, end);
            if (!nameLike) {
                break;
            }
            end++;
        }
        return end;
    }

    private boolean isTitle(String surface) {
        List<String> keys = Surface.keys(Surface.pieces(surface));
        for (AgentNoun a : dictionary.agentsStartingWith(keys.get(0))) {
            if (a.keys().equals(keys)) {
                return a.title();
            }
        }
        return false;
    }

    private void country(List<Piece> ps, List<Hit> hits, int h, Hit x, Run run) {
        ActorEntry e = x.form.entry();
        Piece first = ps.get(x.from);
        Piece last = ps.get(x.to - 1);
        // "US$": a currency, not an actor
        if (x.to < ps.size() && (ps.get(x.to).text.startsWith("$") && !last.hyphenAfter) || first.text.endsWith("$")) {
            x.dropped = true;
            return;
        }
        if (insideProperName(ps, hits, h) || x.from > 0 && ETHNIC.contains(ps.get(x.from - 1).key)) {
            x.dropped = true; // "ethnic Albanians" in Serbia are no actor of Albania
            if (x.form.kind() == FormKind.DEMONYM && x.from > 0 && ETHNIC.contains(ps.get(x.from - 1).key)) {
                x.dropped = false;
                x.ethnic = true;
                x.spanFrom = x.from - 1;
            }
            return;
        }
        if (x.form.kind() == FormKind.DEMONYM && livingIn(ps, hits, x) != null) {
            x.ethnic = true; // "the Albanians of southern Serbia": a people where they live, resolved with the ethnic groups
            return;
        }
        ResolutionBasis basis;
        if (x.form.kind() == FormKind.COMBINING || first.hyphenBefore || last.hyphenAfter) {
            basis = ResolutionBasis.COMPOUND;
        } else if (x.form.kind() == FormKind.ADJECTIVE || x.form.kind() == FormKind.DEMONYM) {
            basis = ResolutionBasis.DEMONYM;
        } else {
            basis = ResolutionBasis.DICTIONARY;
        }
        ActorCode code = e.code();
        if (x.form.kind() == FormKind.DEMONYM && x.from > 0 && MANY.contains(ps.get(x.from - 1).key)) {
            code = ActorCode.of(code.value() + "CVL"); // "many Pakistanis", "thousands of Afghans": the people
            basis = ResolutionBasis.AGENT;
        } else if (x.form.kind() == FormKind.DEMONYM && x.from > 1 && ps.get(x.from - 1).key.equals("of")
                && MANY.contains(ps.get(x.from - 2).key)) {
            code = ActorCode.of(code.value() + "CVL");
            basis = ResolutionBasis.AGENT;
        }
        x.set(code, basis, e.id(), e.name());
        run.count(e.code().value());
    }

    /** "China-Pakistan Economic Corridor": country words followed by capitalised words ending in a name head. */
    /** Whether a place name stands inside a person's name the tagger found ("Manuel Burgos"): a neighbour is a PERSON word. */
    private static boolean inPersonName(List<Piece> ps, Hit x) {
        if (!ps.get(x.from).ner.equals("PERSON")) {
            return false;
        }
        boolean before = x.from > 0 && ps.get(x.from - 1).ner.equals("PERSON") && ps.get(x.from - 1).capitalised();
        boolean after = x.to < ps.size() && ps.get(x.to).ner.equals("PERSON") && ps.get(x.to).capitalised();
        return before || after;
    }

    private boolean insideProperName(List<Piece> ps, List<Hit> hits, int h) {
        int k = h;
        // walk over the chain of hyphen-joined country words
        while (k + 1 < hits.size() && ps.get(hits.get(k).to - 1).hyphenAfter && hits.get(k + 1).from == hits.get(k).to) {
            k++;
        }
        int p = hits.get(k).to;
        if (ps.get(p - 1).hyphenAfter) {
            return false;
        }
        int taken = 0;
        while (p < ps.size() && taken < 4) {
            Piece q = ps.get(p);
            if (!q.capitalised() || isHitStart(hits, p) && !isAgentHitStart(hits, p)) {
                return false;
            }
            taken++;
            if (dictionary.lexicon().nameHeads().contains(q.key)) {
                return true;
            }
            p++;
        }
        return false;
    }

    /**
     * End of a proper name that continues a coded agent phrase: "Pakistan Senate’s Foreign Affairs
     * Committee" is one mention of the legislature, not a legislature followed by loose words.
     */
    private int properNameEnd(List<Piece> ps, List<Hit> hits, int end) {
        int p = end;
        if (p < ps.size() && ps.get(p).possessive) {
            p++;
        }
        for (int taken = 0; p < ps.size() && taken < 4; taken++, p++) {
            Piece q = ps.get(p);
            if (!q.capitalised() || isHitStart(hits, p) && !isAgentHitStart(hits, p)) {
                return end;
            }
            if (dictionary.lexicon().nameHeads().contains(q.key)) {
                for (Hit x : hits) {
                    if (x.isAgent() && x.from >= end && x.to <= p + 1) {
                        x.dropped = true;
                    }
                }
                return p + 1;
            }
        }
        return end;
    }

    private static boolean isHitStart(List<Hit> hits, int piece) {
        for (Hit h : hits) {
            if (h.from == piece) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHitEnd(List<Hit> hits, int pieceAfter) {
        for (Hit h : hits) {
            if (h.to == pieceAfter) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAgentHitStart(List<Hit> hits, int piece) {
        for (Hit h : hits) {
            if (h.from == piece) {
                return h.isAgent();
            }
        }
        return false;
    }

    private static boolean isCountryWordEnd(List<Hit> hits, int piece) {
        for (Hit h : hits) {
            if (h.to == piece) {
                return h.isCountryWord();
            }
        }
        return false;
    }

    private void seat(List<Piece> ps, List<Hit> hits, int h, Hit x, Run run) {
        ActorEntry e = x.form.entry();
        if (insideProperName(ps, hits, h)) {
            x.dropped = true; // "the Washington Post", "the Beijing Institute"
            return;
        }
        boolean locative = seatIsPlace(ps, hits, h);
        if (locative) {
            x.set(ActorCode.of(e.country()), ResolutionBasis.DICTIONARY, e.id(), e.name());
            x.locative = true;
        } else {
            x.set(e.code(), ResolutionBasis.METONYM, e.id(), e.name());
            run.count(e.country());
        }
    }

    /**
     * Whether a capital or seat is only a place: after a locative preposition ("in", "at") unless a
     * governing word or non-presence agent noun comes before it ("policymakers in Islamabad"), or after
     * "to/from" following a word of motion ("a visit to Moscow"). A conjunct takes the status of the
     * capital it is coordinated with. Parts of hyphenated compounds are parties, never places.
     */
    private boolean seatIsPlace(List<Piece> ps, List<Hit> hits, int h) {
        Hit x = hits.get(h);
        if (ps.get(x.from).hyphenBefore || ps.get(x.to - 1).hyphenAfter) {
            return false;
        }
        int p = x.from - 1;
        if (p >= 0 && DETERMINERS.contains(ps.get(p).key)) {
            p--;
        }
        if (p < 0) {
            return false;
        }
        String prev = ps.get(p).key;
        if (CONJUNCTIONS.contains(prev) && h > 0) {
            Hit before = hits.get(h - 1);
            if (before.to == p && before.kind() == EntryKind.SEAT && before.code != null) {
                return before.locative;
            }
            if (prev.equals(",") || prev.equals("and")) {
                // "Washington, Kabul and New Delhi": find the first seat of the list
                for (int k = h - 1; k >= 0; k--) {
                    Hit b = hits.get(k);
                    if (b.kind() == EntryKind.SEAT && b.code != null) {
                        if (onlySeatsAndConjunctionsBetween(ps, hits, k, h)) {
                            return b.locative;
                        }
                        break;
                    }
                }
            }
        }
        String before = p >= 1 ? ps.get(p - 1).key : "";
        boolean governed = dictionary.lexicon().governing().contains(before)
                || (p >= 1 && agentEndingAt(hits, p) != null && !agentEndingAt(hits, p).agent.presence());
        if (dictionary.lexicon().locativePrepositions().contains(prev)) {
            return !governed;
        }
        if (prev.equals("to") || prev.equals("from") || prev.equals("toward") || prev.equals("towards")) {
            return dictionary.lexicon().motion().contains(before) || dictionary.lexicon().motion().contains(p >= 1 ? ps.get(p - 1).lemma : "");
        }
        return false;
    }

    private static boolean onlySeatsAndConjunctionsBetween(List<Piece> ps, List<Hit> hits, int k, int h) {
        int p = hits.get(k).to;
        int idx = k + 1;
        while (p < hits.get(h).from) {
            if (idx < h && hits.get(idx).from == p && hits.get(idx).kind() == EntryKind.SEAT) {
                p = hits.get(idx).to;
                idx++;
            } else if (CONJUNCTIONS.contains(ps.get(p).key)) {
                p++;
            } else {
                return false;
            }
        }
        return true;
    }

    private static Hit agentEndingAt(List<Hit> hits, int pieceAfter) {
        for (Hit h : hits) {
            if (h.to == pieceAfter && h.isAgent()) {
                return h;
            }
        }
        return null;
    }

    /**
     * A person takes the code of the office held on the tenure date: the date of the sentence's own
     * time expression when it has one, else the publication date. "former" before the name or its
     * title gives COUNTRY+ELI. A title written before the name ("President Bush") names the office
     * meant when the person holds no office on that date: the writer speaks of that time.
     */
    private void person(Sentence s, List<Piece> ps, Hit x, Run run) {
        ActorEntry e = x.form.entry();
        LocalDate day = tenureDate(s, ps.get(x.from).start, run.date);
        ActorCode code = e.codeOn(day);
        int p = x.from;
        if (p > 0 && ps.get(p - 1).key.equals(",")) {
            p--;
        }
        String title = titleBefore(ps, p);
        if (formerBefore(ps, p)) {
            code = ActorCode.of(e.country() + "ELI");
        } else if (day != null && e.periodOn(day) == null && title != null && !title.isEmpty()) {
            CodePeriod match = null;
            for (CodePeriod period : e.periods()) {
                if (roleMatches(period.role(), title)) { // periods are ordered by start: the last match is the latest
                    match = period;
                }
            }
            if (match != null) {
                code = match.code();
            }
        }
        x.set(code, ResolutionBasis.PERSON_TENURE, e.id(), e.name());
        if (e.country() != null && e.country().length() == 3) {
            run.count(e.country());
        }
    }

    /** The day a mention is judged at: the nearest time expression before it in the sentence, else the publication date. */
    private static LocalDate tenureDate(Sentence s, int offset, LocalDate published) {
        LocalDate best = null;
        for (org.chancery.model.TimeExpression t : s.times()) {
            LocalDate d = t.begin() != null ? t.begin() : t.until();
            if (t.start() < offset || best == null) {
                best = d;
            }
        }
        return best != null ? best : published;
    }

    /** The agent-noun hit right after a country word, allowing "'s" and up to two adjectives between. */
    private Hit agentAfter(List<Piece> ps, List<Hit> hits, int h) {
        Hit c = hits.get(h);
        int p = c.to;
        if (p < ps.size() && ps.get(p).possessive) {
            p++;
        }
        for (int skipped = 0; skipped <= 2 && p < ps.size(); skipped++) {
            if (h + 1 < hits.size() && hits.get(h + 1).from == p) {
                Hit n = hits.get(h + 1);
                return n.isAgent() && !n.dropped ? n : null;
            }
            Piece q = ps.get(p);
            // "Syrian Kurdish fighters", "Iraqi Sunni militants": one capitalised community word may intervene
            boolean community = q.capitalised() && skipped == 0 && !q.possessive && Character.isLetter(q.text.charAt(0))
                    && (q.pos.startsWith("JJ") || q.pos.startsWith("NNP")) && (q.ner.equals("O") || q.ner.equals("MISC"))
                    && p + 1 < ps.size() && h + 1 < hits.size() && hits.get(h + 1).from == p + 1 && hits.get(h + 1).isAgent()
                    && !hits.get(h + 1).agent.title();
            // "Saudi-led coalition", "Vietnamese-led forces": the leading state's (not "Iranian-backed militias")
            boolean led = q.hyphenBefore && p == c.to && q.key.equals("led");
            if (!community && !led && (!q.pos.startsWith("JJ") || q.capitalised() || NOT_OWN.contains(q.key))) {
                return null;
            }
            p++;
        }
        return null;
    }

    /** Whether the pieces at {@code p} start a person's name (a person hit or a capitalised word). */
    private static boolean startsName(List<Piece> ps, List<Hit> hits, int p) {
        for (Hit h : hits) {
            if (h.from == p) {
                return h.kind() == EntryKind.PERSON;
            }
        }
        Piece q = ps.get(p);
        return q.capitalised() && !q.possessive && Character.isLetter(q.text.charAt(0));
    }

    /** Whether a word of {@code former} stands within the three pieces before {@code p} (past titles and country words). */
    private boolean formerBefore(List<Piece> ps, int p) {
        for (int k = p - 1; k >= 0 && k >= p - 4; k--) {
            Piece q = ps.get(k);
            if (dictionary.lexicon().former().contains(q.key)) {
                return true;
            }
            if (!(q.capitalised() || q.possessive || Character.isLetter(q.text.charAt(0)) && !q.pos.startsWith("VB")
                    && !q.pos.equals("IN") && !q.pos.equals("CC") && !q.pos.equals("DT"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Country words coordinated before a coded phrase share its sector: "American and Afghan
     * officials", "Russian and Central Asian citizens", "the Afghan and the Pakistani Taliban".
     */
    private void shareWithConjuncts(List<Piece> ps, List<Hit> hits, int h, String sector) {
        int k = h;
        int p = hits.get(h).spanFrom;
        while (k > 0) {
            int q = p - 1;
            if (q >= 0 && DETERMINERS.contains(ps.get(q).key)) {
                q--;
            }
            if (q < 0 || !CONJUNCTIONS.contains(ps.get(q).key)) {
                return;
            }
            q--;
            if (q >= 0 && DETERMINERS.contains(ps.get(q).key)) {
                q--;
            }
            Hit prev = hits.get(k - 1);
            if (q < 0 || prev.to != q + 1 || !prev.isCountryWord() || prev.merged || prev.dropped
                    || prev.form.kind() != FormKind.ADJECTIVE) {
                return;
            }
            prev.set(ActorCode.of(prev.country() + sector), ResolutionBasis.AGENT, "agent:shared", prev.form.entry().name());
            prev.merged = true;
            k--;
            p = prev.spanFrom;
        }
    }

    private static int includeDeterminer(List<Piece> ps, int from) {
        return from > 0 && DETERMINERS.contains(ps.get(from - 1).key) ? from - 1 : from;
    }

    // ------------------------------------------------------------------------------------------
    // pending agent nouns and coreference

    /**
     * The country a bare agent noun ("the government", "militant groups") belongs to: the state the
     * sentence is about, taken as the first state mentioned in it (subjects come first in English
     * news prose); failing that, the first state of the nearest earlier sentence within
     * {@value #FOCUS_WINDOW} that names one; failing that, the document's most mentioned state.
     */
    private String localFocus(Sentence s, List<Piece> ps, List<Hit> hits, int h, List<ActorMention> history,
                              Map<String, Integer> globalCounts) {
        Hit self = h >= 0 ? hits.get(h) : null;
        for (Hit x : hits) {
            if (x != self && x.code != null && !x.dropped && !x.locative && dictionary.isCountry(x.code.countryPart())
                    && x.basis != ResolutionBasis.PERSON_TENURE && x.basis != ResolutionBasis.COREFERENCE) {
                return x.code.countryPart();
            }
        }
        ActorMention first = null;
        for (int i = history.size() - 1; i >= 0; i--) {
            ActorMention m = history.get(i);
            if (m.sentenceIndex() < s.index() - FOCUS_WINDOW || first != null && m.sentenceIndex() < first.sentenceIndex()) {
                break;
            }
            if (isState(m)) {
                first = m; // keeps moving left within the nearest sentence that names a state
            }
        }
        if (first != null) {
            return first.code().countryPart();
        }
        String best = null;
        int n = 0;
        for (Map.Entry<String, Integer> e : globalCounts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    /**
     * Armed groups named only by a common noun ("militant groups", "terror groups") belong to the
     * place they are in or come from: a country named as a place in the same sentence ("in Afghanistan",
     * "from Somalia"), else a
     * named armed group of the sentence; else they are the same set as the previous such phrase.
     */
    private String armedGroupCountry(List<Piece> ps, List<Hit> hits, int h, List<ActorMention> history) {
        for (Hit x : hits) {
            if (x.code != null && !x.dropped && x.kind() == EntryKind.COUNTRY && x.form.kind() == FormKind.NAME
                    && x.from > 0 && (dictionary.lexicon().locativePrepositions().contains(ps.get(x.from - 1).key)
                    || ps.get(x.from - 1).key.equals("from")) && !ps.get(x.from - 1).key.equals("at")) {
                return x.code.countryPart();
            }
        }
        for (Hit x : hits) {
            if (x.code != null && !x.dropped && x.kind() == EntryKind.GROUP && x.form.entry().country() != null) {
                return x.form.entry().country();
            }
        }
        return lastBareArmedGroup(hits, h, history);
    }

    /** The country of the previous armed-group common noun, in this sentence or earlier. */
    private static String lastBareArmedGroup(List<Hit> hits, int h, List<ActorMention> history) {
        for (int k = h - 1; k >= 0; k--) {
            Hit x = hits.get(k);
            if (x.isAgent() && x.pendingBare && x.code != null && x.code.sectorPart().equals("REB")) {
                return x.code.countryPart();
            }
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            ActorMention m = history.get(i);
            if (m.basis() == ResolutionBasis.AGENT && m.code().sectorPart().equals("REB") && m.name().endsWith(BY_FOCUS)) {
                return m.code().countryPart();
            }
        }
        return null;
    }

    /**
     * Whether a lone agent noun only modifies what follows ("military aid", "government spending")
     * or is part of a hyphenated word ("civil-military", "anti-government"): then it is no actor.
     */
    private static boolean modifierOnly(List<Piece> ps, List<Hit> hits, Hit a) {
        if (ps.get(a.from).hyphenBefore || ps.get(a.to - 1).hyphenAfter) {
            return true;
        }
        Piece own = ps.get(a.to - 1);
        if (a.to >= ps.size() || a.agent.keys().size() > 1 || own.pos.equals("NNS")) {
            return false; // "militant groups", "National Security Council" are heads, not modifiers
        }
        Piece next = ps.get(a.to);
        return (next.pos.equals("NN") || next.pos.equals("NNS")) && !next.possessive
                && (!isHitStart(hits, a.to) || isAgentHitStart(hits, a.to));
    }

    private void resolvePending(Sentence s, List<Piece> ps, List<Hit> hits, Map<String, Integer> globalCounts,
                                List<ActorMention> history) {
        for (int h = 0; h < hits.size(); h++) {
            Hit x = hits.get(h);
            if (x.ethnic && x.code == null) {
                ethnicGroup(ps, hits, h, x);
            }
        }
        for (int h = 0; h < hits.size(); h++) {
            Hit a = hits.get(h);
            if (!a.pendingBare || a.dropped) {
                continue;
            }
            // "the Indian government and media": a bare agent coordinated after a coded agent phrase
            Hit prev = null;
            for (int k = h - 1; k >= 0 && prev == null; k--) {
                if (!hits.get(k).dropped) {
                    prev = hits.get(k);
                }
            }
            if (prev != null) {
                int gap = a.from - prev.to;
                if (prev.merged && prev.code != null && prev.basis == ResolutionBasis.AGENT && gap == 1
                        && CONJUNCTIONS.contains(ps.get(prev.to).key)) {
                    a.set(ActorCode.of(prev.code.countryPart() + a.agent.sector()), ResolutionBasis.AGENT,
                            "agent:" + a.agent.surface(), prev.code.countryPart() + " " + a.agent.surface());
                    continue;
                }
            }
            int before = a.from - 1;
            String prevKey = before >= 0 ? ps.get(before).key : "";
            if (prevKey.equals("its") || prevKey.equals("their")) {
                ActorMention ante = antecedent(history, s.index(), this::isState, ps.get(a.from).start);
                if (ante != null) {
                    a.set(ActorCode.of(ante.code().countryPart() + a.agent.sector()), ResolutionBasis.COREFERENCE,
                            "coref:" + ante.entry(), ante.name() + " " + a.agent.surface());
                    a.spanFrom = before; // "its envoy" is one mention
                }
                continue;
            }
            boolean titled = a.titledNameTo > 0;
            boolean namedOwner = before > 0 && ps.get(before).capitalised() && !isHitEnd(hits, before + 1)
                    && Character.isLetter(ps.get(before).text.charAt(0)) && !(titled && ps.get(before).ner.equals("O"))
                    || before >= 0 && ps.get(before).text.contains("&");
            if (NOT_OWN.contains(prevKey) || !a.agent.bare() && !titled || !titled && modifierOnly(ps, hits, a) || namedOwner) {
                continue;
            }
            if (a.agent.title() && !titled && !(DETERMINERS.contains(prevKey) && (a.to >= ps.size() || !ps.get(a.to).capitalised()))) {
                continue; // a bare office is "the president" alone, not a title before a name or a list
            }
            String local = a.agent.sector().equals("REB") ? armedGroupCountry(ps, hits, h, history) : null;
            if (local == null && a.agent.title() && !titled) {
                // "the provincial governor of Sindh", "the mayor of Lyon": the office is that place's
                local = placeAfterOf(ps, hits, a.to, false);
            }
            if (local == null && a.agent.title() && !titled && subnationalOffice(a.agent.surface())) {
                // "an honorary consul to Pakistan's Khyber Pakhtunkhwa province ... the provincial governor": the
                // office is the province's, whichever state the sentence names first
                local = sentenceState(ps, hits, h, true);
            }
            if (local == null && LOCAL_SECTORS.contains(a.agent.sector())) {
                local = sentenceState(ps, hits, h, false);
                if (local == null) {
                    local = sentenceState(ps, hits, h, true); // "riot police fired tear gas in Caracas"
                }
            }
            if (local == null && titled && a.ofCountry != null) {
                local = a.ofCountry;
            }
            if (local == null && titled) {
                local = sentenceState(ps, hits, h, false);
                if (local == null) {
                    local = sentenceState(ps, hits, h, true);
                }
            }
            if (local == null) {
                local = localFocus(s, ps, hits, h, history, globalCounts);
            }
            if (local == null) {
                continue;
            }
            String focus = local;
            String sector = formerBefore(ps, a.from) ? "ELI" : a.agent.sector();
            if (titled) {
                String name = String.join(" ", ps.subList(a.to, a.titledNameTo).stream().map(p -> p.text).toList());
                a.set(ActorCode.of(focus + sector), ResolutionBasis.AGENT, "title:" + a.agent.surface(), name + BY_FOCUS);
                a.to = a.titledNameTo;
                if (before >= 0 && dictionary.lexicon().former().contains(prevKey)) {
                    a.spanFrom = before; // "Ousted President Jane Roe" is one mention
                }
                continue;
            }
            a.set(ActorCode.of(focus + sector), ResolutionBasis.AGENT, "agent:" + a.agent.surface(),
                    focus + " " + a.agent.surface() + BY_FOCUS);
            a.spanFrom = includeDeterminer(ps, a.from);
        }
    }

    /**
     * The sector of an organisation the dictionary does not know, from the head word of its name: "the Ogaden
     * Liberation Front" is an armed group, "the Dockers' Union" labour, "the Coastal Fisheries Authority" government.
     * The head is the last capitalised word before "of"/"for", else the last word.
     */
    private static final Map<String, String> ORGANISATION_HEADS = Map.ofEntries(
            Map.entry("front", "REB"), Map.entry("army", "REB"), Map.entry("brigade", "REB"), Map.entry("brigades", "REB"),
            Map.entry("battalion", "REB"), Map.entry("battalions", "REB"), Map.entry("mujahideen", "REB"), Map.entry("tigers", "REB"),
            Map.entry("guerrillas", "REB"), Map.entry("insurgency", "REB"),
            Map.entry("movement", "OPP"), Map.entry("coalition", "OPP"), Map.entry("alliance", "OPP"), Map.entry("opposition", "OPP"),
            Map.entry("party", "PTY"),
            Map.entry("union", "LAB"), Map.entry("unions", "LAB"), Map.entry("confederation", "LAB"), Map.entry("syndicate", "LAB"),
            Map.entry("association", "NGO"), Map.entry("society", "NGO"), Map.entry("foundation", "NGO"), Map.entry("committee", "NGO"),
            Map.entry("network", "NGO"), Map.entry("watch", "NGO"), Map.entry("institute", "NGO"), Map.entry("initiative", "NGO"),
            Map.entry("forum", "NGO"), Map.entry("organisation", "NGO"), Map.entry("organization", "NGO"), Map.entry("league", "NGO"),
            Map.entry("campaign", "NGO"), Map.entry("centre", "NGO"), Map.entry("center", "NGO"), Map.entry("trust", "NGO"),
            Map.entry("friends", "NGO"),
            Map.entry("company", "BUS"), Map.entry("corporation", "BUS"), Map.entry("corp", "BUS"), Map.entry("inc", "BUS"),
            Map.entry("ltd", "BUS"), Map.entry("holdings", "BUS"), Map.entry("bank", "BUS"), Map.entry("airlines", "BUS"),
            Map.entry("airways", "BUS"), Map.entry("industries", "BUS"), Map.entry("enterprises", "BUS"), Map.entry("group", "BUS"),
            Map.entry("university", "EDU"), Map.entry("college", "EDU"), Map.entry("academy", "EDU"),
            Map.entry("church", "REL"), Map.entry("diocese", "REL"), Map.entry("synod", "REL"),
            Map.entry("hospital", "HLH"),
            Map.entry("ministry", "GOV"), Map.entry("commission", "GOV"), Map.entry("agency", "GOV"), Map.entry("authority", "GOV"),
            Map.entry("department", "GOV"), Map.entry("bureau", "GOV"), Map.entry("directorate", "GOV"), Map.entry("secretariat", "GOV"),
            Map.entry("court", "JUD"), Map.entry("tribunal", "JUD"),
            Map.entry("police", "POL"), Map.entry("gendarmerie", "POL"), Map.entry("constabulary", "POL"),
            Map.entry("assembly", "LEG"), Map.entry("parliament", "LEG"), Map.entry("senate", "LEG"));
    /** Words in a name that make an "Army" or "Movement" an insurgent one rather than a state's or a civic one. */
    private static final Set<String> INSURGENT_WORDS = Set.of("liberation", "revolutionary", "resistance", "rebel", "rebels",
            "islamic", "jihad", "jihadist", "mujahideen", "insurgent", "salvation", "armed", "separatist", "militant");
    /** Words that make a named body international rather than one state's: "the International Whaling Commission". */
    private static final Set<String> INTERNATIONAL_WORDS = Set.of("international", "intergovernmental", "world", "global",
            "transnational", "multinational");
    /** Lower-case words that may stand inside a name: "Front for the Liberation of Enclave", "Friends of the Earth". */
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "the", "and", "de", "la", "del", "des", "du", "al", "el", "&");

    /**
     * Names of organisations the dictionary lacks ("the Ogaden National Liberation Front", "the Coastal Fisheries
     * Authority (CFA)"): a run of proper nouns ending in an organisation head word. Its sector comes from the head, its
     * country from a country word inside the name, else the first state of the sentence, else the focus; a
     * non-governmental organisation without a country word is coded NGO alone. A name or acronym seen once keeps its
     * code for the rest of the document. The entry is {@code named:NAME}: explain shows it was inferred, not listed.
     */
    private void namedOrganisations(Sentence s, List<Piece> ps, List<Hit> hits, Run run, List<ActorMention> history) {
        if (titleCaseHeadline(ps)) {
            return; // a headline in title case: its capitals are not names
        }
        List<Hit> added = new ArrayList<>();
        int i = 0;
        while (i < ps.size()) {
            Piece p = ps.get(i);
            if (!p.capitalised() || hitCovers(hits, i)) {
                i++;
                continue;
            }
            Named known = isAcronym(p.text) ? run.namedOrganisations.get("acronym:" + p.text) : null;
            if (known != null) {
                added.add(namedHit(known, i, i + 1)); // a later "CFA" for "the Coastal Fisheries Authority (CFA)"
                i++;
                continue;
            }
            if (!isNameWord(p)) {
                i++;
                continue;
            }
            // the longest run of name words and connectors starting here
            int lastName = i;
            int names = 0;
            for (int j = i; j < ps.size() && (isNameWord(ps.get(j)) || j > i && (NAME_CONNECTORS.contains(ps.get(j).key)
                    || ps.get(j).possessive)); j++) {
                if (isNameWord(ps.get(j))) {
                    lastName = j;
                    names++;
                }
            }
            int end = lastName + 1;
            int head = -1;
            for (int k = i; k < end && head < 0; k++) {
                if (ORGANISATION_HEADS.containsKey(ps.get(k).key) && (k + 1 == end || NAME_CONNECTORS.contains(ps.get(k + 1).key)
                        && !ps.get(k + 1).key.equals("and"))) {
                    head = k;
                }
            }
            if (head < 0 || names < 2 || agentInside(hits, i, end, head) || overlapsOtherThanCountry(hits, i, end)) {
                i = end;
                continue;
            }
            String name = String.join(" ", ps.subList(i, end).stream().map(x -> x.text).toList());
            String key = "name:" + name.toLowerCase(java.util.Locale.ROOT);
            Named named = run.namedOrganisations.get(key);
            if (named == null) {
                String code = organisationCode(s, ps, hits, i, end, head, run, history);
                if (code == null) {
                    i = end;
                    continue;
                }
                named = new Named(code, name, "named:");
                run.namedOrganisations.put(key, named);
            }
            for (Hit x : hits) {
                if (!x.dropped && x.from >= i && x.to <= end) {
                    x.dropped = true; // "Ruritanian" inside the name is part of it, not a mention of its own
                }
            }
            Hit h = namedHit(named, i, end);
            h.spanFrom = i > 0 && ps.get(i - 1).key.equals("the") ? i - 1 : i;
            added.add(h);
            if (end + 2 < ps.size() && ps.get(end).text.equals("(") && ps.get(end + 2).text.equals(")") && isAcronym(ps.get(end + 1).text)) {
                run.namedOrganisations.put("acronym:" + ps.get(end + 1).text, named);
                added.add(namedHit(named, end + 1, end + 2));
                end += 3;
            }
            i = end;
        }
        addSorted(hits, added);
    }

    /**
     * The code of an organisation named by pieces [from, to) with its head word at {@code head}: the sector from the
     * head, the country from a country word inside the name, else the sentence's first state (as an actor, else as a
     * place), else the focus; international bodies are IGO, NGOs without a country word NGO; null when no country.
     */
    private String organisationCode(Sentence s, List<Piece> ps, List<Hit> hits, int from, int to, int head, Run run,
                                    List<ActorMention> history) {
        String sector = ORGANISATION_HEADS.get(ps.get(head).key);
        boolean insurgent = false;
        boolean international = false;
        for (int k = from; k < to; k++) {
            insurgent |= INSURGENT_WORDS.contains(ps.get(k).key);
            international |= INTERNATIONAL_WORDS.contains(ps.get(k).key);
        }
        String inside = null;
        for (Hit x : hits) {
            // a country word inside the name, whether or not it stood as a mention ("Palestine Solidarity")
            if (x.from >= from && x.to <= to && x.form != null && x.kind() == EntryKind.COUNTRY) {
                inside = x.form.entry().code().countryPart();
            }
        }
        if (ps.get(head).key.equals("army") && inside != null && !insurgent) {
            sector = "MIL"; // "the Ruritanian National Army" is a state's
        } else if (ps.get(head).key.equals("movement") && insurgent) {
            sector = "REB";
        }
        if (inside != null) {
            return inside + sector;
        }
        if (international && Set.of("GOV", "LEG", "JUD", "NGO").contains(sector)) {
            return sector.equals("NGO") ? "NGO" : "IGO"; // "the International Whaling Commission" belongs to no one state
        }
        if (sector.equals("NGO")) {
            return "NGO";
        }
        String country = sentenceState(ps, hits, -1, false);
        if (country == null) {
            country = sentenceState(ps, hits, -1, true); // "the Harbour Union in Valparaiso"
        }
        if (country == null) {
            country = localFocus(s, ps, hits, -1, history, run.countryCounts);
        }
        return country == null ? null : country + sector;
    }

    /** A hit for an actor the text introduced, over pieces [from, to). */
    private Hit namedHit(Named n, int from, int to) {
        Hit h = new Hit(from, to, null, null);
        h.set(ActorCode.of(n.code()), ResolutionBasis.AGENT, n.prefix() + n.name(), n.name());
        return h;
    }

    private static boolean isAcronym(String text) {
        return text.length() >= 2 && text.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static void addSorted(List<Hit> hits, List<Hit> added) {
        if (!added.isEmpty()) {
            hits.addAll(added);
            hits.sort((x, y) -> Integer.compare(x.from, y.from));
        }
    }

    /** Whether an agent noun lies inside pieces [from, to): "the Senate Foreign Relations Committee" is the state's. */
    private static boolean agentInside(List<Hit> hits, int from, int to, int head) {
        for (Hit h : hits) {
            if (h.agent != null && !h.dropped && h.from < to && h.to > from && !(h.from == head && h.to == head + 1)) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised proper noun that can be part of an organisation's name. */
    private static boolean isNameWord(Piece p) {
        return p.capitalised() && (p.pos.equals("NNP") || p.pos.equals("NNPS")) && Character.isLetter(p.text.charAt(0));
    }

    private static boolean hitCovers(List<Hit> hits, int piece) {
        for (Hit h : hits) {
            if (!h.dropped && h.code != null && h.from <= piece && piece < h.to) {
                return true;
            }
        }
        return false;
    }

    /** Whether a dictionary mention other than a country or region word or the head's agent noun lies in pieces [from, to). */
    private boolean overlapsOtherThanCountry(List<Hit> hits, int from, int to) {
        for (Hit h : hits) {
            if (!h.dropped && h.code != null && h.agent == null && h.from < to && h.to > from
                    && !(h.form != null && (h.kind() == EntryKind.COUNTRY || h.kind() == EntryKind.REGION) && h.from >= from && h.to <= to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Persons the dictionary lacks, known from how the text introduces them: a titled name ("Foreign Minister Ana
     * Ruiz"), a name with its office in apposition ("Ana Ruiz, Peru's foreign minister,"), or a name "of" an
     * organisation or country ("Piotr Nowak of Greenpeace"). The name takes the office's code, and a later mention of
     * the surname ("Ruiz said") takes it again, as a reader would. The entry is {@code named-person:NAME}.
     */
    private void namedPersons(List<Piece> ps, List<Hit> hits, Run run) {
        boolean nerAvailable = ps.stream().anyMatch(p -> !p.ner.equals("O"));
        for (Hit h : hits) {
            // titled names found earlier ("President Jane Roe") introduce their surname too
            if (!h.dropped && h.code != null && h.basis == ResolutionBasis.AGENT && h.entry != null && h.entry.startsWith("title:")
                    && h.name != null && dictionary.isCountry(h.code.countryPart())) {
                String name = h.name.endsWith(BY_FOCUS) ? h.name.substring(0, h.name.length() - BY_FOCUS.length()) : h.name;
                String[] words = name.trim().split("\\s+");
                if (words.length >= 2 && Character.isUpperCase(words[words.length - 1].charAt(0))) {
                    run.namedPersons.put(Surface.key(words[words.length - 1]), new Named(h.code.value(), name, "named-person:"));
                }
            }
        }
        List<Hit> added = new ArrayList<>();
        int i = 0;
        while (i < ps.size()) {
            int end = i;
            while (end < ps.size() && end - i < 4 && personWord(ps.get(end), nerAvailable) && !hitCovers(hits, end)) {
                end++;
            }
            if (end == i) {
                i++;
                continue;
            }
            String name = String.join(" ", ps.subList(i, end).stream().map(p -> p.text).toList());
            String surname = ps.get(end - 1).key;
            Named person = run.namedPersons.get(surname);
            if (person == null && end - i >= 2) {
                String code = introducedBy(ps, hits, end);
                if (code != null) {
                    person = new Named(code, name, "named-person:");
                    run.namedPersons.put(surname, person);
                }
            }
            if (person != null) {
                added.add(namedHit(person, i, end));
            }
            i = end;
        }
        addSorted(hits, added);
    }

    /** A word of a person's name: tagged PERSON, or a proper noun where the sentence has no name tags. */
    private static boolean personWord(Piece p, boolean nerAvailable) {
        return p.capitalised() && Character.isLetter(p.text.charAt(0)) && !p.possessive
                && (nerAvailable ? p.ner.equals("PERSON") : p.pos.equals("NNP"));
    }

    /**
     * The code an office in apposition gives the name ending at {@code end} ("Ana Ruiz, Peru's foreign minister" or
     * "Ana Ruiz, the Peruvian envoy"), or the organisation or country after "of" ("Piotr Nowak of Greenpeace").
     */
    private String introducedBy(List<Piece> ps, List<Hit> hits, int end) {
        int at = end;
        if (at < ps.size() && ps.get(at).key.equals(",")) {
            at++;
            if (at + 1 < ps.size() && ps.get(at).text.chars().allMatch(Character::isDigit) && ps.get(at + 1).key.equals(",")) {
                at += 2; // "Manuel Burgos, 54, is ..."
            }
        }
        int introduction = at;
        if (at < ps.size() && INTRODUCING_COPULAS.contains(ps.get(at).key)) {
            at++; // "Manuel Burgos is a former president of Paraguay"
            if (at < ps.size() && ps.get(at).key.equals("now")) {
                at++;
            }
        }
        if (at > end && at + 1 < ps.size()) {
            if (at < ps.size() && (ps.get(at).key.equals("the") || ps.get(at).key.equals("a") || ps.get(at).key.equals("an"))) {
                at++;
            }
            int office = at;
            for (Hit h : hits) {
                if ((h.spanFrom == office || h.from == office || h.spanFrom == introduction || h.from == office + 1
                        && dictionary.lexicon().former().contains(ps.get(office).key)) && !h.dropped && h.code != null && !h.locative
                        && h.basis == ResolutionBasis.AGENT && h.entry != null && (h.entry.startsWith("agent:") || h.entry.startsWith("title:"))
                        && dictionary.isCountry(h.code.countryPart()) && singularOffice(h.entry.substring(h.entry.indexOf(':') + 1))) {
                    return h.code.value();
                }
            }
        }
        if (end + 1 < ps.size() && ps.get(end).key.equals("of")) {
            int owner = ps.get(end + 1).key.equals("the") ? end + 2 : end + 1;
            for (Hit h : hits) {
                if (h.from == owner && !h.dropped && h.code != null && !h.locative && (h.kind() == EntryKind.ORGANIZATION
                        || h.entry != null && h.entry.startsWith("named:") || h.kind() == EntryKind.COUNTRY && h.form.kind() == FormKind.NAME)) {
                    return h.code.value();
                }
            }
        }
        return null;
    }

    /** Verbs by which a text says what office a newly named person holds: "Ana Ruiz is Peru's foreign minister". */
    private static final Set<String> INTRODUCING_COPULAS = Set.of("is", "was", "became", "becomes", "remains");

    /** A title-case headline ("Rebels Attack Army Base"): a capitalised verb after the first word. */
    private static boolean titleCaseHeadline(List<Piece> ps) {
        for (int k = 1; k < ps.size(); k++) {
            if (ps.get(k).pos.startsWith("VB") && ps.get(k).capitalised()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "ethnic Albanians" are civilians of the state they live in: the country named as a place in the
     * sentence ("in Macedonia"), else the first state the sentence names as an actor ("Serb forces");
     * with neither, or when that state is their own, they stay unresolved.
     */
    /** Party and standing words that may stand, capitalised, before an office: "Socialist prime minister Jane Roe". */
    private static final Set<String> TITLE_QUALIFIERS = Set.of("socialist", "conservative", "communist", "labour", "labor",
            "liberal", "democratic", "republican", "nationalist", "islamist", "centrist", "leftist", "rightist", "interim",
            "acting", "outgoing", "incoming", "exiled", "deposed", "ousted", "veteran", "embattled", "caretaker");

    /** Compass and size words between "of" and the country: "the Albanians of southern Serbia". */
    private static final Set<String> REGION_WORDS = Set.of("southern", "northern", "eastern", "western", "central",
            "south", "north", "east", "west", "neighbouring", "neighboring", "rural", "occupied");

    /**
     * The other country a plural people word belongs to by "of" ("the Albanians of southern Serbia"), or null.
     * "Afghans in Pakistan" stay Afghans: people "in" a country may be refugees or guests.
     */
    private String livingIn(List<Piece> ps, List<Hit> hits, Hit x) {
        int p = x.to;
        if (p >= ps.size() || !ps.get(p).key.equals("of")) {
            return null;
        }
        p++;
        while (p < ps.size() && (REGION_WORDS.contains(ps.get(p).key) || ps.get(p).key.equals("the"))) {
            p++;
        }
        for (Hit y : hits) {
            if (y.from == p && y != x && y.kind() == EntryKind.COUNTRY && y.form.kind() == FormKind.NAME
                    && !y.form.entry().code().countryPart().equals(x.form.entry().code().countryPart())) {
                return y.form.entry().code().countryPart();
            }
        }
        return null;
    }

    private void ethnicGroup(List<Piece> ps, List<Hit> hits, int h, Hit x) {
        String own = x.form.entry().code().value();
        String home = livingIn(ps, hits, x);
        for (Hit y : hits) {
            if (home == null && y != x && y.code != null && !y.dropped && y.kind() == EntryKind.COUNTRY && y.form.kind() == FormKind.NAME
                    && y.from > 0 && dictionary.lexicon().locativePrepositions().contains(ps.get(y.from - 1).key)
                    && !y.code.countryPart().equals(own)) {
                home = y.code.countryPart();
                break;
            }
        }
        if (home == null) {
            home = sentenceState(ps, hits, h, false);
        }
        if (home == null || home.equals(own)) {
            x.dropped = true;
            return;
        }
        x.set(ActorCode.of(home + "CVL"), ResolutionBasis.AGENT, "ethnic:" + x.form.entry().id(),
                "ethnic " + x.form.entry().name() + " of " + home);
    }

    /**
     * The first state the sentence names other than hit {@code h}: a country word acting as an actor
     * ({@code places == false}), or a country named only as a place ({@code places == true}).
     */
    private String sentenceState(List<Piece> ps, List<Hit> hits, int h, boolean places) {
        Hit self = h >= 0 ? hits.get(h) : null;
        for (Hit x : hits) {
            if (x != self && x.code != null && !x.dropped && x.locative == places && dictionary.isCountry(x.code.countryPart())
                    && x.basis != ResolutionBasis.PERSON_TENURE && x.basis != ResolutionBasis.COREFERENCE
                    && !x.name.endsWith(BY_FOCUS)) {
                return x.code.countryPart();
            }
        }
        return null;
    }

    /** An office of a province, region or town rather than of a state: "the provincial governor", "the mayor". */
    private static boolean subnationalOffice(String surface) {
        String first = surface.split(" ")[0];
        return SUBNATIONAL_WORDS.contains(first) || surface.equals("mayor") || surface.equals("governor");
    }

    private static final Set<String> SUBNATIONAL_WORDS = Set.of("provincial", "regional", "state", "district", "municipal",
            "county", "local", "city");

    /**
     * A mention that stands for a state: a country word, a capital or seat, or a government phrase
     * whose country came from the text. Agent phrases of other sectors ("militant groups") and
     * persons are not antecedents of "it" or "the country".
     */
    private boolean isState(ActorMention m) {
        if (!dictionary.isCountry(m.code().countryPart())) {
            return false;
        }
        return switch (m.basis()) {
            case DICTIONARY, DEMONYM, COMPOUND, METONYM -> m.entry().startsWith("country:") || m.entry().startsWith("capital:")
                    || m.entry().startsWith("seat:");
            case AGENT -> m.code().sectorPart().equals("GOV") && !m.name().endsWith(BY_FOCUS) && !m.entry().startsWith("named:");
            default -> false;
        };
    }

    /**
     * The state a sentence is about at {@code offset}: the first state mentioned in the sentence
     * before it, else the first state of the nearest earlier sentence (within the window) naming one.
     */
    private ActorMention subjectState(List<ActorMention> local, int sentence, int offset) {
        ActorMention first = null;
        for (int i = local.size() - 1; i >= 0; i--) {
            ActorMention m = local.get(i);
            if (m.sentenceIndex() < sentence - COREFERENCE_WINDOW || first != null && m.sentenceIndex() < first.sentenceIndex()) {
                break;
            }
            if ((m.sentenceIndex() < sentence || m.end() <= offset) && isState(m)) {
                first = m;
            }
        }
        return first;
    }

    /** Prepositions before which "the country" is a place: withdrawn from, based in, sent into. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "into", "inside", "within", "across",
            "throughout", "out");

    /**
     * "the country" as a place ("remained engaged in Kabul after the Soviet withdrawal from the country"): the nearest
     * state the same sentence named as a place, after a place preposition, if there is one.
     */
    private ActorMention placeState(List<ActorMention> here, List<Token> toks, int offset) {
        for (int k = here.size() - 1; k >= 0; k--) {
            ActorMention m = here.get(k);
            if (m.end() > offset || m.tokenStart() == 0 || !dictionary.isCountry(m.code().countryPart())) {
                continue;
            }
            String before = toks.get(m.tokenStart() - 1).text().toLowerCase(java.util.Locale.ROOT);
            boolean named = m.entry().startsWith("country:") || m.entry().startsWith("capital:") || m.entry().startsWith("seat:")
                    || m.entry().startsWith("city:");
            if (named && PLACE_PREPOSITIONS.contains(before)) {
                return m;
            }
        }
        return null;
    }

    private interface MentionTest {
        boolean test(ActorMention m);
    }

    /** Most recent mention passing {@code test} that ends before {@code beforeOffset}, within the window. */
    private static ActorMention antecedent(List<ActorMention> history, int sentence, MentionTest test, int beforeOffset) {
        for (int i = history.size() - 1; i >= 0; i--) {
            ActorMention m = history.get(i);
            if (m.sentenceIndex() < sentence - COREFERENCE_WINDOW) {
                return null;
            }
            if (m.end() <= beforeOffset && test.test(m)) {
                return m;
            }
        }
        return null;
    }

    /** Records, per communication noun, the actor that last owned one ("Trump's speech", "the Kremlin statement"). */
    private static void rememberAuthors(Sentence s, List<ActorMention> mentions, Map<String, ActorMention> authors) {
        for (Dependency d : s.dependencies()) {
            if (d.governor() < 0 || !(d.relation().equals("nmod:poss") || d.relation().equals("compound"))) {
                continue;
            }
            String lemma = s.tokens().get(d.governor()).lemma().toLowerCase(java.util.Locale.ROOT);
            if (!COMMUNICATION_NOUNS.contains(lemma)) {
                continue;
            }
            Token owner = s.tokens().get(d.dependent());
            for (ActorMention m : mentions) {
                if (!m.locative() && m.start() <= owner.start() && owner.end() <= m.end()) {
                    authors.put(lemma, m);
                }
            }
        }
    }

    /** Remembers the sentence's last pair of states joined by "and" ("China and Russia"), for a later "they". */
    private void rememberCoordinatedStates(Sentence s, List<ActorMention> mentions, Run run) {
        for (int k = mentions.size() - 1; k > 0; k--) {
            ActorMention a = mentions.get(k - 1);
            ActorMention b = mentions.get(k);
            if (isState(a) && isState(b) && b.tokenStart() == a.tokenEnd() + 1 && a.tokenEnd() < s.tokens().size()
                    && s.tokens().get(a.tokenEnd()).text().equalsIgnoreCase("and")
                    && !a.code().countryPart().equals(b.code().countryPart())) {
                run.coordinatedStates = List.of(a, b);
                return;
            }
        }
    }

    private List<ActorMention> coreference(Sentence s, List<Piece> ps, List<Hit> hits, List<ActorMention> history,
                                           Map<String, ActorMention> authors, Run run) {
        List<ActorMention> out = new ArrayList<>();
        // the mentions of this sentence so far, for antecedents inside the sentence
        List<ActorMention> local = new ArrayList<>(history);
        // this sentence's mentions, places included: "the country" after "from" can be the place named before
        List<ActorMention> here = new ArrayList<>();
        for (Hit h : hits) {
            if (h.code != null && !h.dropped) {
                ActorMention m = h.toMention(s, ps);
                here.add(m);
                if (!h.locative) {
                    local.add(m);
                }
            }
        }
        here.sort((a, b) -> Integer.compare(a.start(), b.start()));
        local.sort((a, b) -> a.sentenceIndex() != b.sentenceIndex() ? Integer.compare(a.sentenceIndex(), b.sentenceIndex())
                : Integer.compare(a.start(), b.start()));
        List<Token> toks = s.tokens();
        Map<Integer, String> relation = new HashMap<>();
        Map<Integer, Integer> head = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            // enhanced graphs add a second, derived relation ("nsubj:xsubj" of a complement); the token's own comes first
            if (!d.relation().endsWith(":xsubj") && !d.relation().equals("ref")) {
                relation.putIfAbsent(d.dependent(), d.relation());
                head.putIfAbsent(d.dependent(), d.governor());
            }
        }
        boolean parsed = !s.dependencies().isEmpty();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            String w = t.text().toLowerCase(java.util.Locale.ROOT);
            if (covered(hits, ps, t)) {
                continue;
            }
            switch (w) {
                case "it", "its" -> {
                    if (!pronounInActorPosition(toks, i, w.equals("its"), parsed, relation, head)) {
                        break;
                    }
                    ActorMention spoken = communicationSubjectBefore(s, toks, i, relation, out);
                    if (spoken != null) {
                        // "the speech acknowledged ..., it also criticized ...": "it" is the speech, so its author
                        out.add(corefMention(s, i, i + 1, spoken));
                        break;
                    }
                    List<ActorMention> bound = clauseSubject(s, i, relation, head, local);
                    if (bound.size() == 1 && (isState(bound.get(0)) || isGroup(bound.get(0)) || isCollectiveBody(bound.get(0)))) {
                        // "ISIS-K is a nuisance as it does not control much territory": the subject it leans on
                        out.add(corefMention(s, i, i + 1, bound.get(0)));
                        break;
                    }
                    if (nonActorSubjectBefore(s, toks, i, local)) {
                        break;
                    }
                    ActorMention a = antecedent(local, s.index(), m -> isState(m) || isOrganisation(m) || isCollectiveBody(m), t.start());
                    if (a != null) {
                        out.add(corefMention(s, i, i + 1, a));
                    }
                }
                case "he", "his", "him", "she", "her" -> {
                    if (!pronounInActorPosition(toks, i, w.equals("his") || w.equals("her") && !parsed, parsed, relation, head)
                            || beforeCounterpart(toks, i)) {
                        break;
                    }
                    ActorMention a = antecedent(local, s.index(), this::isPerson, t.start());
                    if (a != null) {
                        out.add(corefMention(s, i, i + 1, a));
                    }
                }
                case "they", "their", "them" -> {
                    if (!pronounInActorPosition(toks, i, w.equals("their"), parsed, relation, head)) {
                        break;
                    }
                    List<ActorMention> bound = clauseSubject(s, i, relation, head, local);
                    if (bound.size() >= 2 || bound.size() == 1 && isPluralActor(bound.get(0))) {
                        // "Pakistan and Russia are aligning their approach", "the rebels said they would not ..."
                        for (ActorMention b : bound) {
                            out.add(corefMention(s, i, i + 1, b, bound.size() >= 2 && isState(b) ? ActorCode.of(b.code().countryPart()) : b.code()));
                        }
                        break;
                    }
                    ActorMention a = antecedent(local, s.index(), DictionaryActorResolver::isPluralActor, t.start());
                    List<ActorMention> pair = run.coordinatedStates;
                    if (!pair.isEmpty() && pair.get(1).sentenceIndex() >= s.index() - 1 && pair.get(1).sentenceIndex() < s.index()
                            && (a == null || a.end() <= pair.get(0).start())) {
                        // "China and Russia held talks. They also agreed ...": both states
                        out.add(corefMention(s, i, i + 1, pair.get(0), ActorCode.of(pair.get(0).code().countryPart())));
                        out.add(corefMention(s, i, i + 1, pair.get(1), ActorCode.of(pair.get(1).code().countryPart())));
                    } else if (a != null) {
                        out.add(corefMention(s, i, i + 1, a));
                    }
                }
                case "who", "which" -> {
                    // relative or cleft: "it was China who vetoed" → the mention right before
                    int j = i - 1;
                    if (j >= 0 && toks.get(j).text().equals(",")) {
                        j--;
                    }
                    if (j >= 0) {
                        ActorMention a = mentionEndingAt(local, s.index(), toks.get(j).end());
                        if (a != null && (w.equals("who") || a.basis() != ResolutionBasis.PERSON_TENURE)) {
                            out.add(corefMention(s, i, i + 1, a));
                        }
                    }
                }
                case "the" -> {
                    if (i + 1 >= toks.size()) {
                        break;
                    }
                    String n1 = toks.get(i + 1).text().toLowerCase(java.util.Locale.ROOT);
                    String n2 = i + 2 < toks.size() ? toks.get(i + 2).text().toLowerCase(java.util.Locale.ROOT) : "";
                    int described = n1.equals("country") ? -1 : stateDescriptionEnd(toks, i, hits, ps);
                    int twoNoun = n1.equals("two") ? twoPartyNoun(toks, i + 2) : -1;
                    if (n1.equals("country")) {
                        if (n2.equals("of") || covered(hits, ps, toks.get(i + 1))) {
                            break;
                        }
                        ActorMention a = i > 0 && PLACE_PREPOSITIONS.contains(toks.get(i - 1).text().toLowerCase(java.util.Locale.ROOT))
                                ? placeState(here, toks, t.start()) : null;
                        if (a == null) {
                            a = subjectState(local, s.index(), t.start());
                        }
                        if (a != null) {
                            out.add(corefMention(s, i, i + 2, a, ActorCode.of(a.code().countryPart())));
                        }
                    } else if (described > 0) {
                        // "the Central African country", "the Pacific island nation": the state the text is about
                        ActorMention a = subjectState(local, s.index(), t.start());
                        if (a != null) {
                            out.add(corefMention(s, i, described, a, ActorCode.of(a.code().countryPart())));
                        }
                    } else if (COMMUNICATION_NOUNS.contains(toks.get(i + 1).lemma().toLowerCase(java.util.Locale.ROOT))
                            && authors.containsKey(toks.get(i + 1).lemma().toLowerCase(java.util.Locale.ROOT))
                            && !n2.equals("of") && !n2.equals("by") && !covered(hits, ps, toks.get(i + 1))
                            && !(i + 2 < toks.size() && toks.get(i + 2).pos().startsWith("NN"))) {
                        // "the speech" for the speech an actor owned earlier: its author speaks through it
                        ActorMention author = authors.get(toks.get(i + 1).lemma().toLowerCase(java.util.Locale.ROOT));
                        ActorMention m = corefMention(s, i, i + 2, author);
                        out.add(m);
                        local.add(m);
                    } else if (GROUP_ANAPHORS.contains(n1) && !n2.equals("of") && !covered(hits, ps, toks.get(i + 1))
                            && !(i + 2 < toks.size() && toks.get(i + 2).pos().startsWith("NN"))) {
                        // "the group", "the movement": the nearest named group or organisation before
                        ActorMention a = antecedent(local, s.index(), this::isGroup, t.start());
                        if (a != null) {
                            out.add(corefMention(s, i, i + 2, a));
                        }
                    } else if (ORGANISATION_ANAPHORS.contains(n1) && !n2.equals("of") && !covered(hits, ps, toks.get(i + 1))) {
                        // "the alliance", "the bloc": the nearest organisation named before
                        ActorMention a = antecedent(local, s.index(), this::isOrganisation, t.start());
                        if (a != null) {
                            out.add(corefMention(s, i, i + 2, a));
                        }
                    } else if ((n1.equals("latter") || n1.equals("former")) && !(i + 2 < toks.size()
                            && (toks.get(i + 2).pos().startsWith("NN") || toks.get(i + 2).pos().startsWith("JJ")))) {
                        // "X's invasion of the latter": the possessor of the phrase is the actor, not the one referred to
                        List<ActorMention> candidates = new ArrayList<>(local);
                        Integer phrase = head.get(i + 1);
                        if (phrase != null) {
                            for (Dependency d : s.dependencies()) {
                                if (d.governor() == phrase && d.relation().equals("nmod:poss")) {
                                    Token owner = toks.get(d.dependent());
                                    candidates.removeIf(m -> m.sentenceIndex() == s.index() && m.start() <= owner.start() && owner.end() <= m.end());
                                }
                            }
                        }
                        List<ActorMention> two = lastDistinct(candidates, s.index(), t.start(), 2);
                        if (two.size() == 2) {
                            out.add(corefMention(s, i, i + 2, n1.equals("latter") ? two.get(0) : two.get(1)));
                        }
                    } else if (twoNoun >= 0) {
                        // "the two countries", "the two regional powers": the last two states named
                        List<ActorMention> two = lastDistinctStates(local, s.index(), t.start());
                        if (two.size() == 2) {
                            out.add(corefMention(s, i, twoNoun, two.get(1), ActorCode.of(two.get(1).code().countryPart())));
                            out.add(corefMention(s, twoNoun, twoNoun + 1, two.get(0), ActorCode.of(two.get(0).code().countryPart())));
                        }
                    }
                }
                case "both" -> {
                    String n1 = i + 1 < toks.size() ? toks.get(i + 1).text().toLowerCase(java.util.Locale.ROOT) : "";
                    if (n1.equals("sides") || n1.equals("countries") || n1.equals("nations") || n1.equals("governments")) {
                        List<ActorMention> two = lastDistinctStates(local, s.index(), t.start());
                        if (two.size() == 2) {
                            out.add(corefMention(s, i, i + 1, two.get(1), ActorCode.of(two.get(1).code().countryPart())));
                            out.add(corefMention(s, i + 1, i + 2, two.get(0), ActorCode.of(two.get(0).code().countryPart())));
                        }
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    /** Nouns for two states taken together: "the two countries", "the two regional powers", "the two neighbours". */
    private static final Set<String> TWO_PARTY_NOUNS = Set.of("countries", "sides", "nations", "states", "governments", "powers",
            "neighbours", "neighbors", "allies", "rivals", "capitals");

    /** The index of a two-party noun at {@code from}, after at most two adjectives ("two regional powers"), or -1. */
    private static int twoPartyNoun(List<Token> toks, int from) {
        for (int k = from; k < toks.size() && k <= from + 2; k++) {
            String w = toks.get(k).text().toLowerCase(java.util.Locale.ROOT);
            if (TWO_PARTY_NOUNS.contains(w)) {
                return k;
            }
            if (!toks.get(k).pos().startsWith("JJ")) {
                return -1;
            }
        }
        return -1;
    }

    /** "his Russian counterpart": the owner is not the actor of the phrase, the counterpart's country is. */
    private static boolean beforeCounterpart(List<Token> toks, int i) {
        for (int k = i + 1; k < toks.size() && k <= i + 3; k++) {
            String w = toks.get(k).text().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("counterpart") || w.equals("counterparts")) {
                return true;
            }
            if (!toks.get(k).pos().startsWith("JJ") && !toks.get(k).pos().startsWith("NN")) {
                return false;
            }
        }
        return false;
    }

        /** Head nouns of a description of a state: "the Gulf kingdom", "the island nation", "the Balkan republic". */
    private static final Set<String> STATE_DESCRIPTION_HEADS = Set.of("country", "nation", "kingdom", "republic", "state",
            "island", "archipelago", "emirate", "monarchy", "sultanate");
    /** Modifiers that make the description another state than the one the text is about ("the neighbouring country"). */
    private static final Set<String> OTHER_STATE_MODIFIERS = Set.of("neighbouring", "neighboring", "other", "another", "host",
            "third", "foreign", "first", "last", "next", "only", "home", "donor", "recipient", "member", "second", "same",
            "enemy", "rival", "transit", "destination", "origin", "mother", "target", "nuclear-armed", "each", "every");

    /**
     * The end (exclusive token index) of "the [modifiers] country" starting at the determiner {@code i}, where one to
     * four adjectives or proper nouns stand between "the" and a singular state noun ("the Central African country",
     * "the Pacific island nation", "the oil-rich kingdom"), not followed by "of" ("the West African country of Mali"
     * names it); else -1. Every head needs a modifier ("the Baltic state"); "the country" alone is handled apart.
     */
    private static int stateDescriptionEnd(List<Token> toks, int i, List<Hit> hits, List<Piece> ps) {
        int k = i + 1;
        int modifiers = 0;
        while (k < toks.size() && modifiers <= 4) {
            Token t = toks.get(k);
            String w = t.text().toLowerCase(java.util.Locale.ROOT);
            if (t.pos().equals("NN") && STATE_DESCRIPTION_HEADS.contains(w)) {
                boolean more = k + 1 < toks.size() && (toks.get(k + 1).pos().startsWith("NN") || toks.get(k + 1).text().equals("of")
                        || toks.get(k + 1).text().equals("'s") || toks.get(k + 1).pos().equals("POS"));
                if (more) {
                    // "the island nation": the head is the last noun; "the country of", "the state's" are not descriptions
                    if (toks.get(k + 1).pos().startsWith("NN") && !toks.get(k + 1).pos().startsWith("NNP")) {
                        modifiers++;
                        k++;
                        continue;
                    }
                    return -1;
                }
                return modifiers == 0 ? -1 : k + 1;
            }
            if (OTHER_STATE_MODIFIERS.contains(w) || !(t.pos().startsWith("JJ") || t.pos().equals("NNP") || t.pos().equals("NN")
                    || t.pos().equals("VBN") || t.pos().equals("HYPH") || w.equals("-"))) {
                return -1;
            }
            for (Hit h : hits) {
                // a word the dictionary names as an actor ("the Indian government") is not a modifier of a description
                if (h.code != null && !h.dropped && !h.locative && ps.get(h.spanFrom).start <= t.start() && t.end() <= ps.get(h.to - 1).end) {
                    return -1;
                }
            }
            if (!w.equals("-")) {
                modifiers++;
            }
            k++;
        }
        return -1;
    }

    /**
     * Whether, before the pronoun at {@code i}, the sentence has a noun phrase headed by a common
     * noun ("the group", "the company") and no actor mention: then that phrase, not an actor of an
     * earlier sentence, is the likely antecedent, and the pronoun is left alone.
     */
    private static boolean nonActorSubjectBefore(Sentence s, List<Token> toks, int i, List<ActorMention> local) {
        int pronounStart = toks.get(i).start();
        for (ActorMention m : local) {
            if (m.sentenceIndex() == s.index() && m.end() <= pronounStart) {
                return false;
            }
        }
        for (int k = 0; k + 1 < i; k++) {
            String w = toks.get(k).text().toLowerCase(java.util.Locale.ROOT);
            if ((w.equals("the") || w.equals("a") || w.equals("an") || w.equals("this")) && toks.get(k + 1).pos().startsWith("NN")
                    && !toks.get(k + 1).pos().startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }

    /** The coreferent communication-noun mention ("the speech") that is the last subject before token {@code i}, or null. */
    private static ActorMention communicationSubjectBefore(Sentence s, List<Token> toks, int i, Map<Integer, String> relation,
                                                           List<ActorMention> madeHere) {
        for (int k = i - 1; k >= 0; k--) {
            String rel = relation.getOrDefault(k, "");
            if (rel.startsWith("nsubj") && toks.get(k).isNoun()) {
                if (!COMMUNICATION_NOUNS.contains(toks.get(k).lemma().toLowerCase(java.util.Locale.ROOT))) {
                    return null;
                }
                Token subject = toks.get(k);
                for (ActorMention m : madeHere) {
                    if (m.start() <= subject.start() && subject.end() <= m.end()) {
                        return m;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static boolean covered(List<Hit> hits, List<Piece> ps, Token t) {
        for (Hit h : hits) {
            if (h.code != null && !h.dropped && ps.get(h.spanFrom).start <= t.start() && t.end() <= ps.get(h.to - 1).end) {
                return true;
            }
        }
        return false;
    }

    /** A named group: an organisation of the dictionary, an armed group it lists, or one named in the text. */
    private boolean isGroup(ActorMention m) {
        return m.basis() != ResolutionBasis.COREFERENCE && (m.entry().startsWith("named:") || m.entry().startsWith("group:"))
                || isOrganisation(m);
    }

    private boolean isOrganisation(ActorMention m) {
        ActorEntry e = dictionary.entry(m.entry());
        return e != null && (e.kind() == EntryKind.ORGANIZATION) && m.basis() != ResolutionBasis.COREFERENCE;
    }

    /**
     * A body the text names or describes in the singular, which "it" can take up: "the Ogaden Liberation Front",
     * "the teachers' union", "the army". Persons and plurals ("the rebels": they) are not.
     */
    private boolean isCollectiveBody(ActorMention m) {
        if (m.basis() == ResolutionBasis.COREFERENCE || isPerson(m)) {
            return false;
        }
        if (m.entry().startsWith("named:")) {
            return true;
        }
        return m.basis() == ResolutionBasis.AGENT && m.entry().startsWith("agent:") && !m.text().endsWith("s");
    }

    private static boolean isPluralActor(ActorMention m) {
        if (m.basis() == ResolutionBasis.COREFERENCE || m.basis() == ResolutionBasis.PERSON_TENURE) {
            return false;
        }
        String sector = m.code().sectorPart();
        if (m.entry().startsWith("group:") || sector.equals("REB")) {
            return true;
        }
        return m.basis() == ResolutionBasis.AGENT && m.text().endsWith("s");
    }

    private static ActorMention mentionEndingAt(List<ActorMention> local, int sentence, int end) {
        for (ActorMention m : local) {
            if (m.sentenceIndex() == sentence && m.end() == end && m.basis() != ResolutionBasis.COREFERENCE) {
                return m;
            }
        }
        return null;
    }

    /** The last {@code n} mentions of distinct actors before {@code offset}, most recent first. */
    private static List<ActorMention> lastDistinct(List<ActorMention> local, int sentence, int offset, int n) {
        List<ActorMention> out = new ArrayList<>();
        for (int i = local.size() - 1; i >= 0 && out.size() < n; i--) {
            ActorMention m = local.get(i);
            if (m.sentenceIndex() < sentence - COREFERENCE_WINDOW) {
                break;
            }
            if (m.sentenceIndex() == sentence && m.end() > offset || m.basis() == ResolutionBasis.COREFERENCE) {
                continue;
            }
            if (out.stream().noneMatch(o -> o.code().equals(m.code()))) {
                out.add(m);
            }
        }
        return out;
    }

    private List<ActorMention> lastDistinctStates(List<ActorMention> local, int sentence, int offset) {
        List<ActorMention> out = new ArrayList<>();
        for (int i = local.size() - 1; i >= 0 && out.size() < 2; i--) {
            ActorMention m = local.get(i);
            if (m.sentenceIndex() < sentence - COREFERENCE_WINDOW) {
                break;
            }
            if (m.sentenceIndex() == sentence && m.end() > offset || !isState(m)) {
                continue;
            }
            if (out.stream().noneMatch(o -> o.code().countryPart().equals(m.code().countryPart()))) {
                out.add(m);
            }
        }
        return out;
    }

    /** Adjectives whose subject is an actor ready to act: "it is prepared to impose", "he is willing to meet". */
    private static final Set<String> READINESS_ADJECTIVES = Set.of("ready", "prepared", "willing", "unwilling", "determined",
            "eager", "keen", "reluctant", "able", "unable", "poised", "committed", "resolved", "loath", "loth");

    /** Whether an agent noun is an office one person holds ("president", "interior minister"), not a body or a plural. */
    private boolean singularOffice(String surface) {
        String last = surface.substring(surface.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return isTitle(surface) && !surface.endsWith("s") || ONE_PERSON_NOUNS.contains(last);
    }

    /** Agent nouns that name one person, whom "he" or "her" can take up: "the new leader ... his nation". */
    private static final Set<String> ONE_PERSON_NOUNS = Set.of("leader", "official", "spokesman", "spokeswoman", "spokesperson",
            "diplomat", "negotiator", "commander", "chief", "lawmaker", "legislator", "senator", "activist", "dissident",
            "journalist", "reporter", "judge", "general");

    /**
     * A mention of one person: known by name and office, or an office title before a name the dictionary does not
     * know ("President Jane Roe": the title codes her, the name makes her a person that "she" can refer to).
     */
    private boolean isPerson(ActorMention m) {
        if (m.basis() == ResolutionBasis.PERSON_TENURE || m.entry().startsWith("named-person:")) {
            return true;
        }
        if (m.basis() == ResolutionBasis.AGENT && m.entry().startsWith("agent:") && singularOffice(m.entry().substring("agent:".length()))) {
            // "the president of Peru ... he urged": an office held by one person
            return true;
        }
        if (m.basis() != ResolutionBasis.AGENT || !m.entry().startsWith("title:")) {
            return false;
        }
        String title = m.entry().substring("title:".length()).toLowerCase(java.util.Locale.ROOT);
        String[] words = m.text().trim().split("\\s+");
        String last = words[words.length - 1];
        return words.length >= 2 && !last.isEmpty() && Character.isUpperCase(last.charAt(0))
                && !title.contains(last.toLowerCase(java.util.Locale.ROOT));
    }

    /** Relations over which a subject pronoun's clause hangs on the clause whose subject it takes up. */
    private static final Set<String> EMBEDDING_RELATIONS = Set.of("ccomp", "advcl", "conj", "parataxis", "xcomp");

    /**
     * The subject a pronoun leans on inside its sentence, from the parse: a possessive inside the object or oblique of a
     * clause takes that clause's subject ("Pakistan and Russia are aligning their approach"); a subject pronoun of a
     * complement, adverbial or coordinated clause takes the subject of the clause it hangs on ("the Pakistani Taliban
     * have said they do not recognise ISIS", "ISIS-K is a nuisance as it does not control territory"). Empty when the
     * sentence gives no such subject, or when that clause also has an actor as object or indirect object, which could
     * be the referent as well ("China told Pakistan that it must ...").
     */
    private static List<ActorMention> clauseSubject(Sentence s, int i, Map<Integer, String> relation, Map<Integer, Integer> head,
                                                    List<ActorMention> local) {
        String rel = relation.get(i);
        Integer up = head.get(i);
        if (rel == null || up == null || up < 0) {
            return List.of();
        }
        int cur = i;
        int clause;
        if (rel.equals("nmod:poss")) {
            // the possessed noun, then up through nouns to the clause that holds it as object or oblique
            cur = up;
            for (int steps = 0; ; steps++) {
                String r = relation.getOrDefault(cur, "");
                Integer g = head.get(cur);
                if (g == null || g < 0 || steps > 3 || r.startsWith("nsubj") || r.equals("root")) {
                    return List.of();
                }
                if (r.equals("obj") || r.startsWith("obl") || r.equals("iobj")) {
                    clause = g;
                    break;
                }
                cur = g;
            }
        } else if (rel.startsWith("nsubj")) {
            String r = relation.getOrDefault(up, "");
            Integer g = head.get(up);
            if (g == null || g < 0 || EMBEDDING_RELATIONS.stream().noneMatch(e -> r.equals(e) || r.startsWith(e + ":"))) {
                return List.of();
            }
            cur = up;
            clause = g;
        } else {
            return List.of();
        }
        List<ActorMention> subjects = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if (d.governor() != clause || d.dependent() == cur) {
                continue;
            }
            String r = d.relation();
            boolean subject = r.equals("nsubj") || r.equals("nsubj:pass");
            boolean counterpart = r.equals("obj") || r.equals("iobj");
            if (!subject && !counterpart) {
                continue;
            }
            ActorMention m = mentionAt(local, s.index(), d.dependent());
            if (m == null) {
                continue;
            }
            if (counterpart) {
                return List.of();
            }
            if (!subjects.contains(m)) {
                subjects.add(m);
            }
        }
        return subjects;
    }

    /** The sentence's non-locative mention whose tokens include {@code token}. */
    private static ActorMention mentionAt(List<ActorMention> local, int sentence, int token) {
        for (ActorMention m : local) {
            if (m.sentenceIndex() == sentence && !m.locative() && m.tokenStart() <= token && token < m.tokenEnd()) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether a pronoun holds a subject, object or possessor position. With a parse, the relation
     * decides (expletive "it" and subjects of adjectives are left out); without one, possessives
     * count, and a subject pronoun needs a following verb that is not a copula or raising verb.
     */
    private static boolean pronounInActorPosition(List<Token> toks, int i, boolean possessive, boolean parsed,
                                                  Map<Integer, String> relation, Map<Integer, Integer> head) {
        if (parsed) {
            String rel = relation.get(i);
            if (rel == null || !ACTOR_RELATIONS.contains(rel)) {
                return false;
            }
            Integer g = head.get(i);
            if (g != null && g >= 0 && rel.startsWith("nsubj")) {
                Token gov = toks.get(g);
                String govLemma = gov.lemma().toLowerCase(java.util.Locale.ROOT);
                if (gov.pos().startsWith("JJ") && !READINESS_ADJECTIVES.contains(govLemma) || BE_LIKE.contains(govLemma)) {
                    return false;
                }
            }
            return true;
        }
        if (possessive) {
            return true;
        }
        String w = toks.get(i).text().toLowerCase(java.util.Locale.ROOT);
        if (w.equals("its") || w.equals("their") || w.equals("his")) {
            return true;
        }
        if (i + 1 < toks.size()) {
            Token next = toks.get(i + 1);
            String nk = next.text().toLowerCase(java.util.Locale.ROOT);
            if ((nk.equals("has") || nk.equals("had") || nk.equals("have")) && i + 2 < toks.size()
                    && toks.get(i + 2).text().equalsIgnoreCase("been")) {
                return false; // "it has been a long week"
            }
            boolean verbNext = next.pos().startsWith("VB") || next.pos().equals("MD");
            if (verbNext && !BE_LIKE.contains(nk) && !BE_LIKE.contains(next.lemma().toLowerCase(java.util.Locale.ROOT))) {
                return !w.equals("him") && !w.equals("them");
            }
            if ((nk.equals("has") || nk.equals("have") || nk.equals("had") || nk.equals("will") || nk.equals("would"))
                    && i + 2 < toks.size() && toks.get(i + 2).pos().startsWith("VB")
                    && !BE_LIKE.contains(toks.get(i + 2).text().toLowerCase(java.util.Locale.ROOT))) {
                return !w.equals("him") && !w.equals("them");
            }
        }
        if (i > 0 && toks.get(i - 1).pos().startsWith("VB") && !w.equals("it")) {
            return w.equals("him") || w.equals("them") || w.equals("her");
        }
        return false;
    }

    private static ActorMention corefMention(Sentence s, int fromToken, int toToken, ActorMention ante) {
        return corefMention(s, fromToken, toToken, ante, ante.code());
    }

    private static ActorMention corefMention(Sentence s, int fromToken, int toToken, ActorMention ante, ActorCode code) {
        Token a = s.tokens().get(fromToken);
        Token z = s.tokens().get(toToken - 1);
        String text = s.text().substring(a.start() - s.start(), z.end() - s.start());
        String entry = ante.entry().startsWith("coref:") ? ante.entry() : "coref:" + ante.entry();
        return new ActorMention(s.index(), fromToken, toToken, a.start(), z.end(), text, code, ante.name(),
                ResolutionBasis.COREFERENCE, entry, false);
    }
}
