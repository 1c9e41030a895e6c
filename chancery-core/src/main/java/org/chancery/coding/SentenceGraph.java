package org.chancery.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chancery.model.Dependency;
import org.chancery.model.Sentence;
import org.chancery.model.Token;

/**
 * The dependency graph of one parsed sentence, with children and parents per token and relation
 * matching that works on basic UD ({@code obl} + {@code case} "to") as well as enhanced UD
 * ({@code obl:to}). Immutable once built; built per sentence.
 */
final class SentenceGraph {
    private final Sentence sentence;
    private final List<List<Dependency>> out;
    private final List<List<Dependency>> in;

    SentenceGraph(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        out = new ArrayList<>(n);
        in = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>(3));
            in.add(new ArrayList<>(2));
        }
        List<Dependency> partners = withPartnerAsSubject(sentence);
        for (Dependency raw : sentence.dependencies()) {
            Dependency d = timeAsObject(sentence, raw);
            if (d != null && d.relation().equals("nsubj") && partners.stream().anyMatch(x -> x.dependent() == raw.dependent())) {
                continue; // the partner of "work with Uganda to lift" is no subject of "lift"
            }
            if (d != null && d.governor() >= 0 && d.governor() != d.dependent()) {
                if (!contains(out.get(d.governor()), d)) {
                    out.get(d.governor()).add(d);
                    in.get(d.dependent()).add(d);
                }
            }
        }
        List<Dependency> repairs = new ArrayList<>(partners);
        repairs.addAll(interruptedPerfect(sentence));
        for (Dependency d : repairs) {
            out.get(d.governor()).add(d);
            in.get(d.dependent()).add(d);
        }
    }

    /**
     * "The government has, for the first time, prohibited journalists from ...": with the perfect interrupted by commas
     * the parser makes "has" the verb and the participle a loose dependent of it or an adjective of its object. The
     * participle gets the subject back, and in the second case the object.
     */
    private static List<Dependency> interruptedPerfect(Sentence s) {
        List<Dependency> added = new ArrayList<>(0);
        List<Token> toks = s.tokens();
        for (Dependency d : s.dependencies()) {
            int head = d.governor();
            int v = d.dependent();
            if (head < 0 || !(toks.get(v).pos().equals("VBN") || toks.get(v).pos().equals("VBD"))) {
                continue;
            }
            int have = -1;
            if (d.relation().equals("dep") && toks.get(head).lemma().equalsIgnoreCase("have")) {
                have = head;                                    // dep(has, banned)
            } else if (d.relation().equals("amod") && v < head) {
                for (Dependency o : s.dependencies()) {          // obj(has, journalists) + amod(journalists, prohibited)
                    if (o.dependent() == head && o.relation().equals("obj") && o.governor() >= 0
                            && toks.get(o.governor()).lemma().equalsIgnoreCase("have")) {
                        have = o.governor();
                    }
                }
            }
            if (have < 0 || v < have + 2 || !toks.get(have + 1).text().equals(",")) {
                continue;
            }
            if (d.relation().equals("amod")) {
                added.add(new Dependency(v, head, "obj"));
            }
            for (Dependency subj : s.dependencies()) {
                if (subj.governor() == have && subj.relation().startsWith("nsubj")) {
                    added.add(new Dependency(v, subj.dependent(), "nsubj"));
                }
            }
        }
        return added;
    }

    /** Day words the parser takes for an object: "promised Saturday to work with Nepal", "said Monday". */
    private static final java.util.Set<String> DAY_WORDS = java.util.Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight");

    /**
     * A day word as object is a time ({@code obl:tmod}), and the subject a complement would inherit from it is dropped,
     * so that "promised Saturday to work" leaves "work" to its real controller.
     */
    private static Dependency timeAsObject(Sentence s, Dependency d) {
        if (d.dependent() < 0 || !DAY_WORDS.contains(s.tokens().get(d.dependent()).text().toLowerCase(Locale.ROOT))) {
            return d;
        }
        return switch (d.relation()) {
            case "obj", "iobj" -> new Dependency(d.governor(), d.dependent(), "obl:tmod");
            case "nsubj:xsubj" -> null;
            default -> d;
        };
    }

    /**
     * "cooperated with Washington to prop up the networks": the parser reads "with Washington to prop up" as a clause
     * whose subject is Washington ({@code mark} "with" and "to"). The partner is the verb's {@code obl:with}, and the
     * purpose clause keeps the verb's own subject.
     */
    private static List<Dependency> withPartnerAsSubject(Sentence s) {
        List<Dependency> added = new ArrayList<>(0);
        for (Dependency clause : s.dependencies()) {
            if (clause.governor() < 0 || !clause.relation().startsWith("advcl")) {
                continue;
            }
            int v = clause.dependent();
            boolean with = false;
            boolean to = false;
            for (Dependency d : s.dependencies()) {
                if (d.governor() == v && d.relation().equals("mark")) {
                    String w = s.tokens().get(d.dependent()).text().toLowerCase(Locale.ROOT);
                    with |= w.equals("with");
                    to |= w.equals("to");
                }
            }
            if (!with || !to) {
                continue;
            }
            for (Dependency d : s.dependencies()) {
                if (d.governor() == v && d.relation().equals("nsubj")) {
                    added.add(new Dependency(clause.governor(), d.dependent(), "obl:with"));
                }
            }
        }
        return added;
    }

    private static boolean contains(List<Dependency> list, Dependency d) {
        for (Dependency e : list) {
            if (e.dependent() == d.dependent() && e.relation().equals(d.relation())) {
                return true;
            }
        }
        return false;
    }

    Sentence sentence() {
        return sentence;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    int size() {
        return sentence.tokens().size();
    }

    String lemma(int i) {
        return token(i).lemma().toLowerCase(Locale.ROOT);
    }

    List<Dependency> children(int i) {
        return out.get(i);
    }

    List<Dependency> parents(int i) {
        return in.get(i);
    }

    /** Children of {@code i} over relations matching {@code spec}, in token order, without duplicates. */
    List<Integer> children(int i, String spec) {
        List<Integer> result = new ArrayList<>(2);
        for (Dependency d : out.get(i)) {
            if (matches(d, spec) && !result.contains(d.dependent())) {
                result.add(d.dependent());
            }
        }
        result.sort(Integer::compare);
        return result;
    }

    /** Words that head a quantity of something ("most of its aid", "part of the sanctions"): the something counts. */
    private static final java.util.Set<String> QUANTITY_HEADS = java.util.Set.of("most", "some", "all", "part", "half", "much",
            "bulk", "portion", "share", "rest", "majority", "remainder", "percent", "%", "third", "quarter", "fraction", "any",
            "none", "each", "many");

    /**
     * {@code heads} plus what each quantity word among them quantifies: "suspended most of its assistance to Pakistan"
     * has "most" as object, and "assistance" is what a rule or a slot path means.
     */
    List<Integer> withQuantified(List<Integer> heads) {
        List<Integer> out = new ArrayList<>(heads);
        for (int h : heads) {
            if (QUANTITY_HEADS.contains(lemma(h))) {
                out.addAll(children(h, "nmod:of"));
            }
        }
        return out;
    }

    /** The governor of {@code i}, seen through a quantity word it is the "of" of ("suspended most of its aid": suspended). */
    int governorThroughQuantity(int i) {
        int gov = governor(i);
        if (gov >= 0 && QUANTITY_HEADS.contains(lemma(gov)) && governorRelation(i).startsWith("nmod")) {
            return governor(gov);
        }
        return gov;
    }

    boolean hasChild(int i, String spec) {
        for (Dependency d : out.get(i)) {
            if (matches(d, spec)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The syntactic governor: the parent over a non-enhanced-only relation, preferring the first
     * parent that is not a {@code ref} or {@code conj}; -1 for the root.
     */
    int governor(int i) {
        int fallback = -1;
        for (Dependency d : in.get(i)) {
            String base = d.baseRelation();
            if (base.equals("ref")) {
                continue;
            }
            if (d.relation().equals("nsubj:xsubj") || d.relation().startsWith("nsubj:xsubj")) {
                continue;
            }
            if (base.equals("conj")) {
                if (fallback < 0) {
                    fallback = d.governor();
                }
                continue;
            }
            return d.governor();
        }
        return fallback;
    }

    /** The relation from {@link #governor(int)} to {@code i}, or "root". */
    String governorRelation(int i) {
        int g = governor(i);
        if (g < 0) {
            return "root";
        }
        for (Dependency d : in.get(i)) {
            if (d.governor() == g && !d.baseRelation().equals("ref")) {
                return d.relation();
            }
        }
        return "root";
    }

    /** The first conjunct this token is coordinated with, or -1. */
    int conjHead(int i) {
        for (Dependency d : in.get(i)) {
            if (d.baseRelation().equals("conj")) {
                return d.governor();
            }
        }
        return -1;
    }

    /** Lemma of the first {@code case} or {@code mark} child of {@code i} ("to" of "to Pakistan"), or "". */
    String caseLemma(int i) {
        for (Dependency d : out.get(i)) {
            if (d.baseRelation().equals("case")) {
                return lemma(d.dependent());
            }
        }
        return "";
    }

    boolean isPassive(int i) {
        for (Dependency d : out.get(i)) {
            String r = d.relation();
            if (r.equals("aux:pass") || r.equals("nsubj:pass") || r.equals("auxpass") || r.equals("nsubjpass")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code i} is a participle used as a predicate adjective: "Israel is opposed to the plan", "Iran is
     * prepared to talk". The parser makes it a passive verb, but without a by-agent nobody acts on the subject; the
     * subject holds the stance.
     */
    boolean isStativePassive(int i) {
        if (!token(i).pos().equals("VBN") || !hasChild(i, "aux:pass")) {
            return false;
        }
        for (Dependency d : out.get(i)) {
            if (matches(d, "obl:agent")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether edge {@code d} matches a relation spec. {@code nsubj} matches active subjects (and
     * controlled ones, {@code nsubj:xsubj}), never passive ones; {@code obj} matches {@code obj} and
     * {@code dobj}; {@code obl:to} matches {@code obl:to} or a plain {@code obl} whose case marker is
     * "to"; {@code obl:agent} matches {@code obl:agent} or an {@code obl} marked "by" of a passive
     * verb; {@code conj} matches every conjunction; a spec without subtype matches every subtype.
     */
    boolean matches(Dependency d, String spec) {
        String rel = d.relation().toLowerCase(Locale.ROOT);
        switch (spec) {
            case "nsubj":
                return rel.equals("nsubj") || rel.startsWith("nsubj:xsubj") || rel.equals("nsubj:outer");
            case "nsubj:pass":
                return rel.equals("nsubj:pass") || rel.equals("nsubjpass") || rel.startsWith("nsubj:pass:");
            case "obj":
                return rel.equals("obj") || rel.equals("dobj");
            case "nmod:poss":
                return rel.equals("nmod:poss");
            case "obl:agent":
                if (rel.equals("obl:agent") || rel.equals("nmod:agent")) {
                    return true;
                }
                return rel.equals("obl") && caseLemma(d.dependent()).equals("by") && isPassive(d.governor());
            case "amod":
                return rel.equals("amod");
            case "compound":
                return rel.equals("compound");
            default:
                break;
        }
        int colon = spec.indexOf(':');
        if (colon < 0) {
            return rel.equals(spec) || rel.startsWith(spec + ":");
        }
        String base = spec.substring(0, colon);
        String sub = spec.substring(colon + 1);
        String relBase = d.baseRelation().toLowerCase(Locale.ROOT);
        if (!relBase.equals(base)) {
            return false;
        }
        if (rel.length() > base.length()) {
            String relSub = rel.substring(base.length() + 1);
            if (relSub.equals(sub)) {
                return true;
            }
            if (!(base.equals("obl") || base.equals("nmod") || base.equals("advcl") || base.equals("acl"))) {
                return false;
            }
            if (relSub.equals("poss") || relSub.equals("tmod") || relSub.equals("npmod") || relSub.equals("agent")) {
                return false;
            }
        }
        return caseLemma(d.dependent()).equals(sub);
    }
}
