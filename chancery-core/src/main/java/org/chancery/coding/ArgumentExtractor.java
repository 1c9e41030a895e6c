package org.chancery.coding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chancery.actor.ActorMention;
import org.chancery.actor.ResolutionBasis;
import org.chancery.model.Dependency;

/**
 * Finds the actors of a trigger over the dependency graph.
 *
 * <p>Slot specs: a relation spec ({@code nsubj}, {@code obl:agent}, {@code obj}, {@code obl:to},
 * {@code nmod:poss}, {@code amod}...), a path of two relations separated by {@code /}
 * ({@code obj/nmod:poss}: the possessor of the object; {@code obj/nmod:on}), or one prefixed with
 * {@code gov.} (the relation taken from the verb that governs a noun trigger: the subject of
 * "launched" for "launched an attack"), or {@code self} (the mention that covers the trigger itself, for agent
 * nouns such as "protesters"). Subjects missing from the trigger's own clause are found
 * through control ("asked the US to hold talks": the object of "asked"), coordination, participial
 * adjuncts and relative clauses (the antecedent). Slot heads map to actor mentions when a mention
 * covers the head or sits in its compound/amod/possessive/apposition/{@code of} subtree;
 * coordinated heads give several actors.
 */
final class ArgumentExtractor {
    private static final Set<String> MENTION_RELS = words("compound", "amod", "nmod:poss", "appos", "nmod:of", "flat",
            "flat:name", "nmod:from");
    private static final Set<String> RELATIVE_PRONOUNS = words("which", "who", "that", "whom", "whose");
    /** Verbs whose object is the understood subject of their xcomp ("asked the US to", "forced X to"). */
    private static final Set<String> SUBJECT_CONTROL_WITH_OBJECT = words("promise");

    /** "looked for support", "an attempt towards withdrawal": the governing verb's subject seeks the act, not does it. */
    private static final Set<String> SOUGHT_CASES = words("for", "towards", "toward", "from", "against", "despite", "without");
    /**
     * Nouns an event noun modifies without changing the act: "a mediation mission between Syria and the PLO", "an aid
     * package for Egypt". The head's verb and modifiers are the event noun's.
     */
    private static final Set<String> CARRIER_HEADS = words("mission", "missions", "effort", "efforts", "bid", "initiative",
            "package", "packages", "trip", "tour");

    /** Nouns whose infinitive is done by the one addressed, not by the subject: "rejected the demand to withdraw". */
    private static final Set<String> ADDRESSEE_CONTROL_NOUNS = words("demand", "call", "request", "pressure", "plea", "appeal",
            "invitation", "order", "ultimatum", "push", "advice", "instruction", "permission", "mandate", "resolution", "offer",
            "warning", "encouragement", "incentive", "chance", "opportunity");

    private final SentenceGraph graph;
    private final List<ActorMention> mentions;
    private final java.util.Map<Integer, Optional<ActorMention>> placeInClause = new java.util.HashMap<>();

    ArgumentExtractor(SentenceGraph graph, List<ActorMention> sentenceMentions) {
        this.graph = graph;
        this.mentions = sentenceMentions;
    }

    static void checkSpec(String spec, String where) {
        if (spec == null || spec.isBlank() || spec.contains(" ")) {
            throw new RuleBookException(where + ": bad slot spec '" + spec + "'");
        }
        String s = spec.startsWith("gov.") ? spec.substring(4) : spec;
        for (String part : s.split("/")) {
            if (!part.matches("[a-z]+(:[a-z_]+)?")) {
                throw new RuleBookException(where + ": bad slot spec '" + spec + "' (part '" + part + "')");
            }
        }
    }

    /** The first slot of {@code specs} that yields at least one actor (locatives only when allowed). */
    Optional<SlotHit> first(int trigger, List<String> specs, boolean allowLocative, Set<Integer> exclude) {
        return first(trigger, specs, allowLocative, exclude, Set.of());
    }

    /** As {@link #first(int, List, boolean, Set)}, skipping mentions whose code is in {@code blockedCodes} (the source's own). */
    Optional<SlotHit> first(int trigger, List<String> specs, boolean allowLocative, Set<Integer> exclude, Set<String> blockedCodes) {
        for (String spec : specs) {
            Optional<SlotHit> hit = resolve(trigger, spec, allowLocative, exclude, blockedCodes);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    Optional<SlotHit> resolve(int trigger, String spec, boolean allowLocative, Set<Integer> exclude, Set<String> blockedCodes) {
        if (spec.equals("self")) {
            // an agent noun that is its own actor: "demonstrators" (XXXCVL), "Chilean protesters"
            List<ActorMention> own = new ArrayList<>();
            for (ActorMention m : mentionsCovering(trigger, allowLocative)) {
                if (!exclude.contains(trigger) && !blockedCodes.contains(m.code().value())) {
                    own.add(m);
                }
            }
            return own.isEmpty() ? Optional.empty() : Optional.of(new SlotHit(spec, graph.token(trigger).text() + " (itself)", own));
        }
        int from = trigger;
        String rest = spec;
        StringBuilder path = new StringBuilder(graph.token(trigger).text());
        if (spec.startsWith("gov.")) {
            String inner = spec.substring(4);
            from = inner.startsWith("nsubj") || inner.startsWith("obl:agent") ? lightGovernor(trigger) : clauseVerb(trigger);
            if (from < 0) {
                return Optional.empty();
            }
            path.append(" <-").append(graph.governorRelation(trigger)).append("- ").append(graph.token(from).text());
            rest = spec.substring(4);
        }
        String[] parts = rest.split("/");
        int carrier = carrierHead(trigger);
        if (from == trigger && carrier >= 0 && graph.children(trigger, parts[0]).isEmpty()) {
            // "a mediation mission between Syria and the PLO": the carrier's modifiers are the event's
            from = carrier;
            path.append(" <-compound- ").append(graph.token(from).text());
        }
        List<Integer> heads = List.of(from);
        for (String part : parts) {
            List<Integer> next = new ArrayList<>();
            for (int h : heads) {
                next.addAll(graph.children(h, part));
                if (next.isEmpty() && (part.equals("nsubj") || part.equals("obl:agent"))) {
                    int inherited = inheritedSubject(h, part, 0);
                    if (inherited >= 0) {
                        next.add(inherited);
                    }
                }
            }
            if (next.isEmpty()) {
                return Optional.empty();
            }
            next = graph.withQuantified(next); // "most of its assistance to Pakistan"
            path.append(" -").append(part).append("-> ").append(graph.token(next.get(0)).text());
            heads = next;
        }
        List<ActorMention> found = new ArrayList<>();
        for (int h : heads) {
            for (int head : withConjuncts(h)) {
                int resolved = antecedentIfRelative(head);
                if (exclude.contains(resolved)) {
                    continue;
                }
                for (ActorMention m : mentionsAt(resolved, allowLocative)) {
                    if (!found.contains(m) && !blockedCodes.contains(m.code().value())) {
                        found.add(m);
                    }
                }
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        found.sort((a, b) -> Integer.compare(a.tokenStart(), b.tokenStart()));
        return Optional.of(new SlotHit(spec, path.toString(), found));
    }

    /**
     * The mention ending right before a subjectless finite verb (skipping adverbs, auxiliaries, negation),
     * when nothing but those words stands between: the subject of a clause the parser failed to build.
     */
    Optional<SlotHit> adjacentSubject(int verb, Set<Integer> exclude) {
        int k = verb - 1;
        while (k >= 0 && (graph.token(k).pos().startsWith("RB") || graph.token(k).pos().equals("MD")
                || graph.lemma(k).equals("have") || graph.lemma(k).equals("be") || graph.lemma(k).equals("do"))) {
            k--;
        }
        if (k < 0 || exclude.contains(k)) {
            return Optional.empty();
        }
        List<ActorMention> here = mentionsCovering(k, false);
        if (here.isEmpty() || here.get(0).tokenEnd() != k + 1) {
            return Optional.empty();
        }
        return Optional.of(new SlotHit("adjacent", graph.token(verb).text() + " ~adjacent~> " + graph.token(k).text(), here));
    }

    /** The first place the sentence names (a locative mention: "in Lagos", "across Bolivia"), if any. */
    Optional<ActorMention> firstPlace() {
        return mentions.stream().filter(ActorMention::locative).findFirst();
    }

    /**
     * Whether an actor is named anywhere under the trigger's object, relative clauses included ("closed the routes that
     * supply U.S. forces"): the act then concerns that actor, whatever slot the rule failed to fill.
     */
    boolean objectNamesActor(int trigger) {
        Deque<Integer> todo = new ArrayDeque<>(graph.children(trigger, "obj"));
        Set<Integer> seen = new HashSet<>(todo);
        while (!todo.isEmpty()) {
            int node = todo.poll();
            for (ActorMention m : mentions) {
                if (!m.locative() && m.tokenStart() <= node && node < m.tokenEnd()) {
                    return true;
                }
            }
            for (Dependency d : graph.children(node)) {
                if (seen.add(d.dependent())) {
                    todo.add(d.dependent());
                }
            }
        }
        return false;
    }

    /** "after talks in Geneva", "since the summit in Sochi": a place inside names another occasion, not this act's place. */
    private static final Set<String> OTHER_OCCASION_CASES = words("after", "before", "following", "since", "until", "despite",
            "amid", "ahead_of", "prior_to", "like", "unlike");

    /** Relations that open another clause: a place inside one is where that clause's event happens, not this one's. */
    private static final Set<String> CLAUSE_RELS = words("advcl", "parataxis", "acl:relcl", "ccomp", "csubj", "xcomp");

    /**
     * The place named in the trigger's own clause ("lifted the curfew in Montenegro", "jailed 52 members in Lagos"),
     * nearest the trigger: searched in the subtree of the trigger's clause head (the trigger itself when it is a verb,
     * else the verb that governs it), not inside other clauses or coordinated events.
     */
    Optional<ActorMention> placeInClause(int trigger) {
        // asked up to three times per event (unattributed source, protest place, domestic target): searched once
        return placeInClause.computeIfAbsent(trigger, this::searchPlaceInClause);
    }

    /** Whether a relation, with or without its case marker ("advcl:as"), opens another clause. */
    private static boolean opensClause(String rel) {
        int colon = rel.indexOf(':');
        return CLAUSE_RELS.contains(rel) || colon > 0 && CLAUSE_RELS.contains(rel.substring(0, colon));
    }

    private Optional<ActorMention> searchPlaceInClause(int trigger) {
        int head = trigger;
        for (int up = 0; up < 3 && !graph.token(head).isVerb(); up++) {
            int gov = graph.governor(head);
            String rel = graph.governorRelation(head);
            if (gov < 0 || opensClause(rel) || rel.startsWith("conj") || rel.equals("dep")) {
                // an unlabelled attachment ("dep") is the parser giving up: the clause above may be another event's
                break;
            }
            head = gov;
        }
        Set<Integer> inClause = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(head);
        inClause.add(head);
        while (!todo.isEmpty()) {
            int node = todo.poll();
            for (Dependency d : graph.children(node)) {
                String rel = d.relation();
                if (opensClause(rel) || rel.startsWith("conj") || rel.endsWith(":xsubj")
                        || rel.equals("ref")
                        || (rel.startsWith("obl:") || rel.startsWith("nmod:")) && OTHER_OCCASION_CASES.contains(rel.substring(rel.indexOf(':') + 1))) {
                    continue;
                }
                if (inClause.add(d.dependent())) {
                    todo.add(d.dependent());
                }
            }
        }
        ActorMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ActorMention m : mentions) {
            if (!m.locative() && !(m.code().sectorPart().isEmpty() && inPlacePhrase(m))) {
                continue;
            }
            boolean inside = false;
            for (int k = m.tokenStart(); k < m.tokenEnd(); k++) {
                inside |= inClause.contains(k);
            }
            int distance = Math.abs(m.tokenStart() - trigger);
            if (inside && distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Prepositions of place: a country after them is where something happens, even when the resolver kept it as an actor. */
    private static final Set<String> PLACE_CASES = words("in", "across", "throughout", "inside");

    /** Whether a country mention heads an "in X" phrase ("lifted a curfew in Montenegro, where ..."). */
    private boolean inPlacePhrase(ActorMention m) {
        for (int k = m.tokenStart(); k < m.tokenEnd(); k++) {
            String rel = graph.governorRelation(k);
            if (rel.equals("compound") && graph.governor(k) >= 0) {
                rel = graph.governorRelation(graph.governor(k)); // "in Montenegro province"
            }
            int colon = rel.indexOf(':');
            if ((rel.startsWith("obl:") || rel.startsWith("nmod:")) && PLACE_CASES.contains(rel.substring(colon + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Relations the subtree fallback never follows: other clauses' subjects and events, and function words. */
    private static final Set<String> FALLBACK_SKIP = words("nsubj:xsubj", "csubj", "advcl", "parataxis", "acl:relcl", "conj",
            "punct", "mark", "aux", "aux:pass", "cop", "cc", "ref", "obl:agent", "discourse", "vocative", "reparandum", "det",
            "advmod", "obl:tmod", "nmod:tmod", "obl:npmod");

    /** "as authorities in Croatia cracked down": a clause introduced by "as" that the parser hung on its subject noun. */
    private boolean asClause(Dependency d) {
        return (d.relation().equals("obl:as") || d.relation().equals("nmod:as")) && graph.hasChild(d.dependent(), "acl");
    }

    /**
     * When no slot names a target: the nearest actor after the trigger in its own dependency subtree (breadth
     * first, depth 3, earliest first within a level; not into adverbial or relative clauses or coordinated events).
     * Recovers targets that a misparse hangs in the wrong place ("rejected North Korea's demand to sever..."
     * parsed with "demand" as the subject of a complement clause).
     */
    Optional<SlotHit> subtreeFallback(int trigger, boolean allowLocative, Set<Integer> exclude, Set<String> blockedCodes) {
        Set<Integer> seen = new HashSet<>();
        seen.add(trigger);
        List<Integer> level = List.of(trigger);
        for (int depth = 1; depth <= 3 && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                for (Dependency d : graph.children(node)) {
                    String rel = d.relation();
                    if (FALLBACK_SKIP.contains(rel) || FALLBACK_SKIP.contains(d.baseRelation()) || rel.startsWith("conj") || depth == 1 && (rel.startsWith("nsubj") || rel.equals("dep"))
                            || exclude.contains(d.dependent()) || asClause(d)) {
                        continue;
                    }
                    if (seen.add(d.dependent())) {
                        next.add(d.dependent());
                    }
                }
            }
            next.sort(Integer::compare);
            for (int node : next) {
                List<ActorMention> here = new ArrayList<>();
                if (node < trigger) {
                    continue; // the object side follows the verb; what precedes it is the subject side, even misparsed
                }
                for (ActorMention m : mentionsCovering(node, allowLocative)) {
                    // a demonym deep in the object is its topic ("a solution to the Afghan conflict"), not a participant
                    if (!blockedCodes.contains(m.code().value()) && (depth == 1 || m.basis() != ResolutionBasis.DEMONYM)) {
                        here.add(m);
                    }
                }
                if (!here.isEmpty()) {
                    return Optional.of(new SlotHit("subtree", graph.token(trigger).text() + " ~subtree~> " + graph.token(node).text(), here));
                }
            }
            level = next;
        }
        return Optional.empty();
    }

    /**
     * The verb a noun trigger hangs from ("launched" of "launched an attack", "paid" of "paid a visit"),
     * following objects, passive subjects, xcomp-less nominal predicates, and "of" chains of light
     * nouns ("a series of attacks"); -1 when the noun has no governing verb.
     */
    int lightGovernor(int noun) {
        int g = graph.governor(noun);
        int guard = 0;
        while (g >= 0 && guard++ < 3) {
            String rel = graph.governorRelation(noun);
            if (graph.token(g).isVerb()) {
                String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
                // "launched an attack", "paid a visit", "engaged in talks": the noun is what the verb's subject does;
                // not "looked for support" or "an attempt towards withdrawal"
                String cas = graph.caseLemma(noun);
                if (base.equals("obj") || base.equals("dobj") || base.equals("nsubj") || base.equals("xcomp") || base.equals("ccomp")
                        || base.equals("obl") && !SOUGHT_CASES.contains(cas)) {
                    return g;
                }
                return -1;
            }
            if (rel.startsWith("nmod") && graph.token(g).isNoun() || carrierHead(noun) == g) {
                noun = g;
                g = graph.governor(g);
                continue;
            }
            return -1;
        }
        return -1;
    }

    /** The carrier noun an event noun modifies ("mediation" in "mediation mission"), or -1. */
    int carrierHead(int noun) {
        int g = graph.governor(noun);
        return g >= 0 && graph.governorRelation(noun).equals("compound") && graph.token(g).isNoun()
                && CARRIER_HEADS.contains(graph.lemma(g)) ? g : -1;
    }

    /** The verb of the clause a noun stands in, whatever its relation ("demonstrations erupted in Georgia"); -1 if none. */
    int clauseVerb(int noun) {
        int g = graph.governor(noun);
        int guard = 0;
        while (g >= 0 && guard++ < 3) {
            if (graph.token(g).isVerb()) {
                return g;
            }
            if (graph.governorRelation(noun).startsWith("nmod") && graph.token(g).isNoun()) {
                noun = g;
                g = graph.governor(g);
                continue;
            }
            return -1;
        }
        return -1;
    }

    /** A subject for a clause without its own: control, raising, coordination, participles, relatives. */
    private int inheritedSubject(int verb, String part, int depth) {
        if (depth > 4) {
            return -1;
        }
        for (Dependency d : graph.parents(verb)) {
            String rel = d.relation();
            int p = d.governor();
            if (rel.equals("xcomp")) {
                List<Integer> objs = graph.children(p, "obj");
                if (objs.isEmpty()) {
                    objs = graph.children(p, "iobj");
                }
                if (!objs.isEmpty() && !SUBJECT_CONTROL_WITH_OBJECT.contains(graph.lemma(p))
                        && (!mentionsAt(objs.get(0), false).isEmpty() || RELATIVE_PRONOUNS.contains(graph.lemma(objs.get(0))))) {
                    return objs.get(0);
                }
                if (!objs.isEmpty() && mentionsAt(objs.get(0), false).isEmpty() && graph.token(objs.get(0)).isNoun()
                        && !graph.token(objs.get(0)).pos().startsWith("NNP")) {
                    // "used tear gas to disperse", "took steps to curb": an instrument, not an agent; the subject acts
                    return subjectOf(p, depth);
                }
                if (!objs.isEmpty() && !SUBJECT_CONTROL_WITH_OBJECT.contains(graph.lemma(p))) {
                    return objs.get(0);
                }
                if (graph.isPassive(p)) {
                    List<Integer> ps = graph.children(p, "nsubj:pass");
                    if (!ps.isEmpty()) {
                        return ps.get(0);
                    }
                }
                return subjectOf(p, depth);
            }
            if (rel.startsWith("conj")) {
                if (graph.isPassive(p) != graph.isPassive(verb)) {
                    continue;
                }
                return subjectOf(p, depth);
            }
            if (rel.startsWith("advcl") && (graph.token(verb).pos().equals("VBG") || graph.token(verb).pos().equals("VBN")
                    || graph.children(verb, "mark").stream().map(graph::lemma).anyMatch("to"::equals))) {
                return subjectOf(p, depth);
            }
            if (rel.equals("acl:relcl")) {
                // "the groups that attacked": the noun is the subject; "the terrorists that we are fighting": the clause
                // has its own subject, which names no actor, and the noun is its object
                for (int own : graph.children(verb, "nsubj")) {
                    String pos = graph.token(own).pos();
                    boolean nominal = pos.startsWith("NN") || pos.startsWith("PRP");   // not a misparsed "are"
                    if (own != p && nominal && !RELATIVE_PRONOUNS.contains(graph.lemma(own))) {
                        return -1;
                    }
                }
                return p;
            }
            if (rel.equals("acl") && graph.token(verb).pos().equals("VBG")) {
                // a reduced relative: "demonstrators protesting the results" — the noun is the one protesting
                return graph.token(p).isNoun() ? p : -1;
            }
            if ((rel.equals("acl") || rel.equals("acl:to")) && graph.hasChild(verb, "mark") && graph.lemma(graph.children(verb, "mark").get(0)).equals("to")
                    && graph.token(p).isNoun()) {
                // a purpose clause parsed onto the object: "used tear gas to disperse the crowd" — the user disperses
                String prel = graph.governorRelation(p);
                int pv = graph.governor(p);
                if (pv >= 0 && graph.token(pv).isVerb() && (prel.equals("obj") || prel.startsWith("obl"))
                        && !ADDRESSEE_CONTROL_NOUNS.contains(graph.lemma(p)) && graph.children(p, "nmod:poss").isEmpty()) {
                    return subjectOf(pv, depth);
                }
                if (!mentionsAt(p, false).isEmpty()) {
                    // "the first French official to visit Iran", "the only leader to attend": the actor noun does it
                    return p;
                }
                return -1;
            }
        }
        return -1;
    }

    private int subjectOf(int verb, int depth) {
        List<Integer> s = graph.children(verb, "nsubj");
        if (!s.isEmpty()) {
            return s.get(0);
        }
        return inheritedSubject(verb, "nsubj", depth + 1);
    }

    private List<Integer> withConjuncts(int head) {
        List<Integer> out = new ArrayList<>();
        out.add(head);
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(head);
        while (!todo.isEmpty()) {
            int h = todo.poll();
            for (int c : graph.children(h, "conj")) {
                if (!out.contains(c)) {
                    out.add(c);
                    todo.add(c);
                }
            }
        }
        return out;
    }

    private int antecedentIfRelative(int head) {
        if (!RELATIVE_PRONOUNS.contains(graph.lemma(head))) {
            return head;
        }
        int clause = graph.governor(head);
        while (clause >= 0) {
            for (Dependency d : graph.parents(clause)) {
                if (d.relation().startsWith("acl")) {
                    return d.governor();
                }
            }
            int up = graph.conjHead(clause);
            if (up < 0) {
                break;
            }
            clause = up;
        }
        return head;
    }

    /** The mention covering {@code head}, or the nearest one in its modifier subtree (breadth first, depth 2). */
    Optional<ActorMention> mentionAt(int head, boolean allowLocative) {
        List<ActorMention> all = mentionsAt(head, allowLocative);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * The mentions at the nearest token of {@code head}'s modifier subtree (breadth first, depth 2) that
     * mentions cover: every mention on that token ("the Moscow-Islamabad-Beijing summit" is one token
     * with three names) and the mentions of its conjuncts ("a summit of Iran, Russia and Azerbaijan").
     * Ordered by position.
     */
    List<ActorMention> mentionsAt(int head, boolean allowLocative) {
        Deque<int[]> queue = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        queue.add(new int[] {head, 0});
        seen.add(head);
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            List<ActorMention> here = mentionsCovering(cur[0], allowLocative);
            if (!here.isEmpty()) {
                List<ActorMention> out = new ArrayList<>(here);
                // "the Kenya-Uganda-Tanzania forum", split by the tokenizer: the hyphen-joined names are one group
                for (int c : graph.children(cur[0], "compound")) {
                    if (c + 1 < graph.size() && graph.token(c + 1).text().equals("-")) {
                        for (ActorMention m : mentionsCovering(c, allowLocative)) {
                            if (!out.contains(m)) {
                                out.add(m);
                            }
                        }
                    }
                }
                if (cur[1] == 0) {
                    // "the two countries": the resolver gives "the two" one state and "countries" the other
                    for (int c : graph.children(cur[0], "nummod")) {
                        for (ActorMention m : mentionsCovering(c, allowLocative)) {
                            if (!out.contains(m)) {
                                out.add(0, m);
                            }
                        }
                    }
                    // "Russian and Pakistani special forces": coordinated adjectives each name an actor of the head
                    for (int c : graph.children(cur[0], "amod")) {
                        boolean coordinated = !graph.children(c, "conj").isEmpty() || graph.conjHead(c) >= 0;
                        if (coordinated) {
                            for (ActorMention m : mentionsCovering(c, allowLocative)) {
                                if (!out.contains(m)) {
                                    out.add(m);
                                }
                            }
                        }
                    }
                }
                if (cur[1] > 0) {
                    // conjuncts of the modifier that named the actor; the slot head's own conjuncts are the caller's
                    for (int c : withConjuncts(cur[0])) {
                        if (c == cur[0]) {
                            continue;
                        }
                        List<ActorMention> more = mentionsCovering(c, allowLocative);
                        if (more.isEmpty()) {
                            mentionAtShallow(c, allowLocative).ifPresent(more::add);
                        }
                        for (ActorMention m : more) {
                            if (!out.contains(m)) {
                                out.add(m);
                            }
                        }
                    }
                }
                out.sort((a, b) -> Integer.compare(a.start(), b.start()));
                return out;
            }
            if (cur[1] >= 2) {
                continue;
            }
            for (Dependency d : graph.children(cur[0])) {
                String rel = d.relation();
                boolean ok = MENTION_RELS.contains(rel) || rel.equals("nmod") && cur[1] == 0
                        && (graph.caseLemma(d.dependent()).equals("of") || graph.caseLemma(d.dependent()).equals("from"));
                if (ok && seen.add(d.dependent())) {
                    queue.add(new int[] {d.dependent(), cur[1] + 1});
                }
            }
        }
        return List.of();
    }

    private List<ActorMention> mentionsCovering(int token, boolean allowLocative) {
        List<ActorMention> out = new ArrayList<>(1);
        for (ActorMention m : mentions) {
            if (m.coversToken(token) && (allowLocative || !m.locative())) {
                out.add(m);
            }
        }
        return out;
    }

    /** A conjunct's own mention or one of its direct compound/amod/possessive modifiers ("the Afghan government"). */
    private Optional<ActorMention> mentionAtShallow(int token, boolean allowLocative) {
        for (Dependency d : graph.children(token)) {
            if (MENTION_RELS.contains(d.relation())) {
                List<ActorMention> m = mentionsCovering(d.dependent(), allowLocative);
                if (!m.isEmpty()) {
                    return Optional.of(m.get(0));
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
