package org.chancery.coding;

import java.util.List;
import java.util.Set;
import org.chancery.model.Dependency;
import org.chancery.model.Token;

/**
 * Decides how the text presents an event: asserted, negated, hypothetical, recommended, planned,
 * reported or habitual. Works on the trigger's clause and the chain of clauses above it
 * (xcomp, ccomp, coordination); stateless and thread-safe.
 *
 * <p>Precedence when several signals meet: NEGATED, HYPOTHETICAL, RECOMMENDED, PLANNED, REPORTED,
 * HABITUAL, ASSERTED. "refused to attend" leaves "refused" asserted (a REJECT) and "attend" negated.
 */
final class ModalityDetector {
    private static final Set<String> NEGATORS = words("not", "never", "n't", "no", "neither", "nor");
    private static final Set<String> HYPOTHETICAL_AUX = words("may", "might", "could", "would", "can", "ca");
    private static final Set<String> RECOMMENDED_AUX = words("should", "must", "ought", "shall");
    private static final Set<String> PLANNED_AUX = words("will", "'ll", "wo");
    private static final Set<String> CONDITIONAL_MARKS = words("if", "unless", "whether", "lest");
    /** Acts whose condition is their content, not a doubt about them: "threatened to strike unless X paid" happened. */
    private static final Set<String> CONDITIONAL_ACTS = words("threaten", "warn", "vow", "demand", "insist", "offer", "promise",
            "pledge", "ultimatum");
    private static final Set<String> HABITUAL_ADVERBS = words("routinely", "regularly", "often", "frequently",
            "repeatedly", "usually", "habitually", "traditionally", "constantly", "consistently", "long", "always");
    /** Adverbs that present an act as merely possible ("perhaps even strikes", "possibly sanctions"). */
    private static final Set<String> HYPOTHETICAL_ADVERBS = words("perhaps", "possibly", "maybe", "potentially",
            "conceivably", "hypothetically");
    private static final Set<String> REPORTED_ADVERBS = words("reportedly", "allegedly", "purportedly", "apparently");
    private static final Set<String> NEGATING_GOVERNORS = words("fail", "refuse", "decline", "reject", "avoid", "cease",
            "stop", "forgo", "neglect", "deny", "oppose", "resist");
    /** Reluctance: "reluctant to condemn", "cautious in condemning", "wary of criticising" say the act is not done. */
    private static final Set<String> RELUCTANT_GOVERNORS = words("reluctant", "unwilling", "hesitant", "loath", "loth",
            "cautious", "wary", "slow", "disinclined", "averse");
    private static final Set<String> PLANNING_GOVERNORS = words("plan", "intend", "aim", "expect", "schedule", "prepare",
            "agree", "decide", "promise", "pledge", "vow", "seek", "want", "hope", "try", "attempt", "offer", "propose",
            "wish", "consider", "set", "go", "commit", "undertake", "resolve", "move", "vote", "mean", "look", "arrange",
            "plot", "aspire", "strive", "endeavour", "endeavor", "ready", "willing", "prepared", "eager", "keen");
    private static final Set<String> HYPOTHETICAL_GOVERNORS = words("threaten", "ask", "urge", "call", "press", "demand",
            "request", "push", "encourage", "invite", "persuade", "advise", "warn", "appeal", "beg", "implore", "like",
            "dare", "risk", "seem", "appear", "likely", "able", "unable",
            "allow", "permit", "help", "enable", "tend", "reschedule", "postpone", "delay", "defer");
    private static final Set<String> RECOMMENDING_GOVERNORS = words("need", "have", "ought", "require", "oblige", "obligate",
            "supposed", "bound");
    private static final Set<String> HABITUAL_GOVERNORS = words("continue", "keep", "use", "persist");
    private static final Set<String> SPEECH_VERBS = words("say", "tell", "claim", "report", "allege", "state", "add",
            "insist", "assert", "note", "confirm", "declare", "announce", "reveal", "disclose", "write", "argue",
            "acknowledge", "admit", "testify", "explain", "indicate", "mention", "stress", "point", "remark", "quote",
            "inform", "maintain", "contend", "suggest", "show");
    private static final Set<String> BELIEF_VERBS = words("believe", "think", "fear", "suspect", "expect", "hope",
            "worry", "assume", "imagine", "speculate", "predict", "forecast", "wonder", "doubt", "guess", "estimate",
            "anticipate", "feel", "perceive", "observe");
    /** Governors of a noun trigger that make it unreal ("warned of an attack", "called for talks"). */
    private static final Set<String> IRREALIS_NOUN_GOVERNORS = words("warn", "threaten", "fear", "avoid", "prevent",
            "seek", "want", "demand", "call", "urge", "propose", "plan", "consider", "discuss", "oppose", "reject",
            "refuse", "deny", "rule", "push", "expose", "request", "need", "expect", "anticipate", "predict", "risk", "hope",
            "desire", "favour", "favor", "advocate", "press", "suggest", "explore", "contemplate", "threat", "possibility",
            "prospect", "danger", "risk", "fear", "likelihood", "chance", "call", "demand", "plan", "proposal", "offer",
            "bid", "attempt", "effort", "hope", "desire", "need", "intention", "willingness", "readiness", "aim", "goal",
            "block", "postpone", "cancel", "delay", "suspend", "resist", "deter", "discourage", "forestall", "preclude");

    private enum Level {
        ASSERTED(0), HABITUAL(1), REPORTED(2), PLANNED(3), RECOMMENDED(4), HYPOTHETICAL(5), NEGATED(6);

        final int rank;

        Level(int rank) {
            this.rank = rank;
        }
    }

    /** Modality of the event whose trigger is token {@code trigger} of the graph's sentence. */
    Modality detect(SentenceGraph g, int trigger) {
        Level level = Level.ASSERTED;
        int clause = trigger;
        Token t = g.token(trigger);
        if (t.isNoun()) {
            for (Dependency d : g.children(trigger)) {
                String rel = d.baseRelation();
                String lemma = g.lemma(d.dependent());
                if ((rel.equals("det") || rel.equals("advmod") || rel.equals("neg")) && NEGATORS.contains(lemma)) {
                    return Modality.NEGATED;
                }
                if (rel.equals("case") && lemma.equals("without")) {
                    return Modality.NEGATED;
                }
            }
            if (hasHypotheticalAdverb(g, trigger)) {
                return Modality.HYPOTHETICAL;
            }
            for (int modifier : g.children(trigger, "amod")) {
                // "perhaps even targeted strikes": the adverb sits on the participle
                if (hasHypotheticalAdverb(g, modifier)) {
                    return Modality.HYPOTHETICAL;
                }
            }
            int gov = nominalGovernor(g, trigger);
            if (gov < 0) {
                return questionOr(g, Modality.ASSERTED);
            }
            // the subject of "was an attempt to win…" happened; only complements of such nouns are unreal
            boolean subject = g.governorRelation(trigger).startsWith("nsubj");
            if (!subject && IRREALIS_NOUN_GOVERNORS.contains(g.lemma(gov))) {
                return Modality.HYPOTHETICAL;
            }
            clause = gov;
            if (!g.token(gov).isVerb() && !g.token(gov).pos().startsWith("JJ")) {
                return questionOr(g, Modality.ASSERTED);
            }
        }
        boolean ownClause = true;
        for (int depth = 0; depth < 8 && clause >= 0; depth++) {
            Level own = clauseSignals(g, clause, ownClause, reportedFuture(g, clause));
            if (own == Level.NEGATED) {
                return Modality.NEGATED;
            }
            level = max(level, own);
            int parent = -1;
            String rel = null;
            for (Dependency d : g.parents(clause)) {
                String r = d.relation();
                if (r.equals("ref") || r.startsWith("nsubj:xsubj")) {
                    continue;
                }
                parent = d.governor();
                rel = r;
                break;
            }
            if (parent < 0) {
                break;
            }
            String pl = g.lemma(parent);
            String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
            if (base.equals("xcomp")) {
                if (NEGATING_GOVERNORS.contains(pl) || RELUCTANT_GOVERNORS.contains(pl)) {
                    return Modality.NEGATED;
                }
                if (RECOMMENDING_GOVERNORS.contains(pl)) {
                    level = max(level, Level.RECOMMENDED);
                } else if (g.children(parent, "obj").stream().map(g::lemma).anyMatch(DISPOSITION_NOUNS::contains)) {
                    // "launched a bid to seize the port", "made an attempt to": the parser hangs the infinitive on the verb
                    level = max(level, Level.HYPOTHETICAL);
                } else if (HYPOTHETICAL_GOVERNORS.contains(pl)) {
                    level = max(level, Level.HYPOTHETICAL);
                } else if (PLANNING_GOVERNORS.contains(pl)) {
                    level = max(level, Level.PLANNED);
                } else if (HABITUAL_GOVERNORS.contains(pl) && !(pl.equals("use") && g.hasChild(parent, "obj"))) {
                    // "used to meet" is habitual; "used tear gas to disperse" is an instrument, not a habit
                    level = max(level, Level.HABITUAL);
                }
                ownClause = true;
            } else if (base.equals("ccomp")) {
                if (invertedHad(g, parent, clause)) {
                    // "had X stayed ..., Y would have": the parser often makes the inverted "had" the root
                    level = max(level, Level.HYPOTHETICAL);
                } else if (SPEECH_VERBS.contains(pl)) {
                    level = max(level, Level.REPORTED);
                } else if (BELIEF_VERBS.contains(pl)) {
                    level = max(level, Level.HYPOTHETICAL);
                } else if (NEGATING_GOVERNORS.contains(pl)) {
                    level = max(level, Level.HYPOTHETICAL);
                }
                ownClause = false;
            } else if (base.equals("conj")) {
                if (g.hasChild(clause, "nsubj") || g.hasChild(clause, "nsubj:pass")) {
                    // "if X takes action and shows willingness": the condition covers every conjunct
                    if (isConditionClause(g, parent)) {
                        level = max(level, Level.HYPOTHETICAL);
                    }
                    break;
                }
                ownClause = false;
            } else if (base.equals("acl") && PRESSURE_NOUNS.contains(pl) && isInfinitive(g, clause)) {
                // "the demand for Kenya to close the camps", "pressure on Pakistan to act": what others want done
                level = max(level, Level.RECOMMENDED);
                break;
            } else if (base.equals("acl") && DISPOSITION_NOUNS.contains(pl) && isInfinitive(g, clause)) {
                // "the will to disarm them", "a bid to seize the port": wanted or tried, not done; "neither the means
                // nor the will to" and "no intention to" deny even that
                boolean denied = false;
                for (Dependency d : g.children(parent)) {
                    String b = d.baseRelation();
                    String l = g.lemma(d.dependent());
                    denied |= (b.equals("cc") || b.equals("cc:preconj") || b.equals("det")) && NEGATORS.contains(l);
                }
                // HYPOTHETICAL, not PLANNED: a wish or an attempt states no intent the coder should read as a promise
                return denied ? Modality.NEGATED : questionOr(g, toModality(max(level, Level.HYPOTHETICAL)));
            } else if (base.equals("amod")) {
                // "perhaps even targeted strikes": the participle takes the modality of its noun
                if (hasHypotheticalAdverb(g, parent)) {
                    level = max(level, Level.HYPOTHETICAL);
                }
                int holder = g.governor(parent);
                if (holder >= 0 && g.governorRelation(parent).startsWith("obl") && RELUCTANT_GOVERNORS.contains(g.lemma(holder))) {
                    // "cautious in criticising Ankara": the parser makes the gerund a modifier of its object
                    return Modality.NEGATED;
                }
                break;
            } else if (base.equals("advcl")) {
                String mark = g.children(clause, "mark").isEmpty() ? "" : g.lemma(g.children(clause, "mark").get(0));
                if (mark.equals("by") || rel.equals("advcl:by")) {
                    // "needs to put its house in order by curbing the groups": the means shares its end's modality
                    ownClause = false;
                    clause = parent;
                    continue;
                }
                if (RELUCTANT_GOVERNORS.contains(pl)) {
                    return Modality.NEGATED;
                }
                boolean infinitive = isInfinitive(g, clause);
                if (infinitive && HYPOTHETICAL_GOVERNORS.contains(pl)) {
                    // "called on Myanmar to investigate": the parser makes the demanded act a purpose clause
                    level = max(level, Level.HYPOTHETICAL);
                } else if (infinitive || mark.equals("so")) {
                    level = max(level, Level.PLANNED);
                    if (g.token(parent).isVerb()) {
                        // a purpose is no more real than the act it serves: "may agree with Uganda to reopen the border"
                        Level served = clauseSignals(g, parent, false, false);
                        if (served != Level.NEGATED) {
                            level = max(level, served);
                        }
                    }
                } else if ((mark.equals("with") || mark.equals("of")) && IRREALIS_NOUN_GOVERNORS.contains(pl)) {
                    // "threatened Musharraf with bombing his country", "warned of striking": the content of a threat
                    level = max(level, Level.HYPOTHETICAL);
                }
                break;
            } else {
                break;
            }
            clause = parent;
        }
        return questionOr(g, toModality(level));
    }

    /** Nouns of wanting someone else to act: their infinitive is a demand, not an act or the actor's own plan. */
    private static final Set<String> PRESSURE_NOUNS = words("pressure", "pressures", "demand", "demands", "call", "calls",
            "appeal", "appeals", "request", "requests", "ultimatum", "push", "plea", "pleas", "urging", "insistence");

    /** Nouns of wanting, trying or being able: their infinitive is intended or attempted, not asserted. */
    private static final Set<String> DISPOSITION_NOUNS = words("will", "willingness", "readiness", "desire", "wish", "intention",
            "intent", "plan", "plans", "resolve", "determination", "ability", "capacity", "means", "resources", "courage",
            "attempt", "attempts", "bid", "bids", "effort", "efforts", "drive", "quest", "ambition", "ambitions", "aim", "goal",
            "offer", "offers", "proposal", "promise", "pledge", "commitment", "decision", "opportunity", "chance", "right");

    private static boolean isInfinitive(SentenceGraph g, int verb) {
        for (int m : g.children(verb, "mark")) {
            if (g.lemma(m).equals("to")) {
                return true;
            }
        }
        return false;
    }

    private static int nominalGovernor(SentenceGraph g, int noun) {
        int gov = g.governor(noun);
        int guard = 0;
        while (gov >= 0 && guard++ < 3 && g.token(gov).isNoun() && g.governorRelation(noun).startsWith("nmod")) {
            if (IRREALIS_NOUN_GOVERNORS.contains(g.lemma(gov))) {
                return gov;
            }
            noun = gov;
            gov = g.governor(gov);
        }
        return gov;
    }

    /** Verbs that report a decision or a statement: "would" in their complement is the future of the past. */
    private static final Set<String> FUTURE_REPORTING_VERBS = words("say", "tell", "state", "add", "insist", "confirm",
            "declare", "announce", "reveal", "indicate", "stress", "inform", "pledge", "promise", "vow", "decide", "agree",
            "signal", "reply", "affirm", "reiterate", "assure", "quote", "write", "report");

    /**
     * "NATO confirmed it would tighten the blockade", "he said he would be ready to host": "would" in the complement of
     * a reporting verb is the future seen from the past (a plan), not a doubt, unless it is counterfactual ("would have")
     * or the clause carries its own condition.
     */
    private static boolean reportedFuture(SentenceGraph g, int clause) {
        if (!g.governorRelation(clause).equals("ccomp") || !FUTURE_REPORTING_VERBS.contains(g.lemma(g.governor(clause)))) {
            return false;
        }
        boolean would = false;
        for (Dependency d : g.children(clause)) {
            String base = d.baseRelation();
            String lemma = g.lemma(d.dependent());
            if (base.equals("aux") && lemma.equals("would")) {
                would = true;
            } else if (base.equals("aux") && lemma.equals("have")
                    || base.equals("advcl") && isConditionClause(g, d.dependent())
                    || base.equals("mark") && CONDITIONAL_MARKS.contains(lemma)) {
                return false;
            }
        }
        return would;
    }

    private static Level clauseSignals(SentenceGraph g, int clause, boolean ownClause, boolean wouldIsFuture) {
        Level level = isConditionClause(g, clause) ? Level.HYPOTHETICAL : Level.ASSERTED;
        for (Dependency d : g.children(clause)) {
            String rel = d.relation();
            String base = d.baseRelation();
            String lemma = g.lemma(d.dependent());
            if ((base.equals("advmod") || base.equals("neg") || base.equals("det") && g.token(clause).isNoun()
                    || base.equals("cc:preconj")) && NEGATORS.contains(lemma)) {
                return Level.NEGATED;
            }
            if (base.equals("cc") && lemma.equals("nor") && g.token(clause).isVerb()) {
                // "had neither the means nor the will to dismantle them", "did not attack, nor did it withdraw"
                return Level.NEGATED;
            }
            if (base.equals("aux")) {
                if (wouldIsFuture && lemma.equals("would")) {
                    level = max(level, Level.PLANNED);
                } else if (HYPOTHETICAL_AUX.contains(lemma)) {
                    level = max(level, Level.HYPOTHETICAL);
                } else if (RECOMMENDED_AUX.contains(lemma)) {
                    level = max(level, Level.RECOMMENDED);
                } else if (PLANNED_AUX.contains(lemma)) {
                    level = max(level, Level.PLANNED);
                }
            }
            if (base.equals("mark") && CONDITIONAL_MARKS.contains(lemma)) {
                level = max(level, Level.HYPOTHETICAL);
            }
            if ((base.equals("mark") || base.equals("case")) && lemma.equals("without") && g.token(clause).pos().equals("VBG")) {
                // "agreed to resign without returning to Kyrgyzstan": the returning does not happen
                return Level.NEGATED;
            }
            if (base.equals("advmod") && HABITUAL_ADVERBS.contains(lemma)) {
                level = max(level, Level.HABITUAL);
            }
            if (base.equals("advmod") && HYPOTHETICAL_ADVERBS.contains(lemma)) {
                level = max(level, Level.HYPOTHETICAL);
            }
            if (ownClause && base.equals("advcl") && isConditionClause(g, d.dependent()) && !CONDITIONAL_ACTS.contains(g.lemma(clause))) {
                // the consequence of a condition: "if X moves, Y will respond", "had X stayed, Y would have"
                level = max(level, Level.HYPOTHETICAL);
            }
            if (base.equals("advmod") && REPORTED_ADVERBS.contains(lemma)) {
                level = max(level, Level.REPORTED);
            }
            if (base.equals("obl") && (rel.endsWith("according_to") || g.caseLemma(d.dependent()).equals("according"))) {
                level = max(level, Level.REPORTED);
            }
        }
        return level;
    }

    /**
     * A condition: a clause marked "if"/"unless", or an inverted one whose auxiliary precedes its subject
     * ("had the army stayed", "were the talks to fail", "should the envoy resign") when it modifies another clause.
     */
    static boolean isConditionClause(SentenceGraph g, int clause) {
        for (Dependency d : g.children(clause)) {
            if (d.baseRelation().equals("mark") && CONDITIONAL_MARKS.contains(g.lemma(d.dependent()))
                    && !g.lemma(d.dependent()).equals("whether")) {
                return true;
            }
        }
        if (!g.governorRelation(clause).startsWith("advcl") && !hasConditionalPartner(g, clause)) {
            return false;
        }
        int subject = -1;
        for (int s : g.children(clause, "nsubj")) {
            subject = subject < 0 ? s : Math.min(subject, s);
        }
        for (int s : g.children(clause, "nsubj:pass")) {
            subject = subject < 0 ? s : Math.min(subject, s);
        }
        if (subject < 0) {
            return false;
        }
        for (Dependency d : g.children(clause)) {
            String rel = d.baseRelation();
            String lemma = g.lemma(d.dependent());
            if ((rel.equals("aux") || rel.equals("aux:pass") || rel.equals("cop")) && d.dependent() < subject
                    && (lemma.equals("have") || lemma.equals("be") || lemma.equals("should"))) {
                return true;
            }
        }
        return false;
    }

    /** A clause beside this one (parataxis either way) whose verb carries "would", "could" or "might". */
    private static boolean hasConditionalPartner(SentenceGraph g, int clause) {
        List<Integer> partners = new java.util.ArrayList<>(g.children(clause, "parataxis"));
        for (Dependency d : g.parents(clause)) {
            if (d.baseRelation().equals("parataxis")) {
                partners.add(d.governor());
            }
        }
        for (int p : partners) {
            for (int a : g.children(p, "aux")) {
                String lemma = g.lemma(a);
                if (lemma.equals("would") || lemma.equals("could") || lemma.equals("might")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "had" without a subject of its own, standing before the subject of its complement clause. */
    private static boolean invertedHad(SentenceGraph g, int had, int clause) {
        if (!g.lemma(had).equals("have") || g.hasChild(had, "nsubj") || had > clause) {
            return false;
        }
        for (int s : g.children(clause, "nsubj")) {
            if (s > had) {
                return true;
            }
        }
        for (int s : g.children(clause, "nsubj:pass")) {
            if (s > had) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHypotheticalAdverb(SentenceGraph g, int head) {
        for (Dependency d : g.children(head)) {
            if (d.baseRelation().equals("advmod") && HYPOTHETICAL_ADVERBS.contains(g.lemma(d.dependent()))) {
                return true;
            }
        }
        return false;
    }

    private static Modality questionOr(SentenceGraph g, Modality m) {
        List<Token> tokens = g.sentence().tokens();
        if (m != Modality.NEGATED && !tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals("?")) {
            return Modality.HYPOTHETICAL;
        }
        return m;
    }

    private static Level max(Level a, Level b) {
        return a.rank >= b.rank ? a : b;
    }

    private static Modality toModality(Level l) {
        return Modality.valueOf(l.name());
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
