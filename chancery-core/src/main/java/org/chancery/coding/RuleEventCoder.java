package org.chancery.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chancery.actor.ActorMention;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Sentence;
import org.chancery.model.Span;
import org.chancery.model.Token;
import org.chancery.ontology.CameoCode;
import org.chancery.ontology.Ontology;
import org.chancery.ontology.PloverType;

/**
 * The rules-as-data event coder: for every parsed sentence, finds trigger tokens by lemma, checks
 * each candidate rule's constraints, extracts source and target over the dependency graph, maps them
 * to actor mentions, and builds one event per trigger token (the most specific rule that yields
 * actors wins; ties by rule id). Adds modality, quantities, confidence and provenance. Immutable and
 * thread-safe.
 *
 * <pre>
 * EventCoder coder = RuleEventCoder.fromClasspath(ontology, resolver.dictionaryHash());
 * List&lt;CodedEvent&gt; events = coder.code(annotatedDocument, resolver.resolve(annotatedDocument));
 * </pre>
 *
 * <p>For rule writers, {@code -Dchancery.trace=true} prints to stderr every candidate whose trigger and
 * constraints matched but that was dropped when its actors were built (no source, a bare topic noun,
 * a required target missing), the usual reason a sentence with the right words yields nothing, and every
 * candidate whose trigger word another rule's event already took.
 */
public final class RuleEventCoder implements EventCoder {
    private static final boolean TRACE = Boolean.getBoolean("chancery.trace");

    /** Verbs and nouns used as "light" governors of noun triggers that do not themselves make events. */
    private static final Set<PloverType> SELF_DYAD_TYPES = Set.of(PloverType.COERCE, PloverType.PROTEST, PloverType.MOBILIZE);

    /** Types whose acts are addressed to someone: verbal and diplomatic exchanges (not force, whose victims go unnamed). */
    private static final Set<PloverType> DYADIC_TYPES = Set.of(PloverType.ACCUSE, PloverType.AGREE, PloverType.CONSULT,
            PloverType.COOPERATE, PloverType.REJECT, PloverType.REQUEST, PloverType.SUPPORT, PloverType.THREATEN);

    /** Three-letter codes that name no state: a protest by an NGO has no country of its own to address. */
    private static final Set<String> NON_STATE_CODES = Set.of("IGO", "IMG", "MNC", "NGO", "UAF");

    /** Executive, armed and judicial organs: when they "protest" they protest to someone else, not to their own country. */
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "JUD", "SPY");

    /** Types whose target may be the place where they happen ("lifted the curfew in Montenegro", "shelled Juba"). */
    private static final Set<PloverType> PLACE_TARGET_TYPES = Set.of(PloverType.ASSAULT, PloverType.COERCE, PloverType.PROTEST,
            PloverType.MOBILIZE, PloverType.CONCEDE, PloverType.RETREAT, PloverType.SANCTION, PloverType.AID);

    private static final List<String> XCOMP_TARGET = List.of("obj", "obj/nmod:poss", "obj/amod", "obj/nmod:against", "obj/nmod:on", "iobj", "obl:on", "obl:against",
            "obl:to", "obl:with");

    /**
     * CAMEO code of the intent to do an event of each type: planned cooperation is AGREE (03x),
     * planned conflict is THREATEN (13x).
     */
    private static final java.util.Map<PloverType, String> INTENT_CODES = java.util.Map.ofEntries(
            java.util.Map.entry(PloverType.SUPPORT, "032"), java.util.Map.entry(PloverType.COOPERATE, "031"),
            java.util.Map.entry(PloverType.AID, "033"), java.util.Map.entry(PloverType.CONSULT, "036"),
            java.util.Map.entry(PloverType.CONCEDE, "035"), java.util.Map.entry(PloverType.RETREAT, "035"),
            java.util.Map.entry(PloverType.SANCTION, "1312"), java.util.Map.entry(PloverType.ASSAULT, "138"),
            java.util.Map.entry(PloverType.COERCE, "137"), java.util.Map.entry(PloverType.MOBILIZE, "138"));

    /** CAMEO code of refusing each kind of cooperation. */
    private static final java.util.Map<PloverType, String> REFUSAL_CODES = java.util.Map.ofEntries(
            java.util.Map.entry(PloverType.SUPPORT, "120"), java.util.Map.entry(PloverType.COOPERATE, "121"),
            java.util.Map.entry(PloverType.AID, "122"), java.util.Map.entry(PloverType.CONSULT, "125"),
            java.util.Map.entry(PloverType.CONCEDE, "124"), java.util.Map.entry(PloverType.RETREAT, "124"),
            java.util.Map.entry(PloverType.AGREE, "120"));
    /** Verbs whose negation turns their object's event into a refusal: "would not accept a ceasefire". */
    private static final Set<String> ACCEPTING_VERBS = Set.of("accept", "sign", "approve", "endorse", "attend", "join", "ratify",
            "back", "support", "agree", "allow", "permit", "grant", "honour", "honor");
    private static final Set<String> REFUSING_VERBS = Set.of("refuse", "decline", "reject", "fail", "deny", "oppose", "resist");

    private final RuleBook book;
    private final Ontology ontology;
    private final String dictionaryHash;
    private final ModalityDetector modality = new ModalityDetector();
    private final QuantityExtractor quantities = new QuantityExtractor();

    public RuleEventCoder(RuleBook book, Ontology ontology, String dictionaryHash) {
        this.book = Objects.requireNonNull(book, "book");
        this.ontology = Objects.requireNonNull(ontology, "ontology");
        this.dictionaryHash = Objects.requireNonNull(dictionaryHash, "dictionaryHash");
    }

    /** The coder over the rule files shipped on the classpath. */
    public static RuleEventCoder fromClasspath(Ontology ontology, String dictionaryHash) {
        return new RuleEventCoder(RuleBook.fromClasspath(ontology), ontology, dictionaryHash);
    }

    public RuleBook ruleBook() {
        return book;
    }

    /** Parse gate support: whether any token's lemma (or lower-cased text) can trigger a rule. */
    public boolean mightTrigger(List<Token> tokens) {
        for (Token t : tokens) {
            if ((t.isVerb() || t.isNoun() || TriggerKind.ADJECTIVE.accepts(t.pos())) && (!book.rulesFor(t.lemma().toLowerCase(Locale.ROOT)).isEmpty()
                    || !book.rulesFor(t.text().toLowerCase(Locale.ROOT)).isEmpty())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String describe() {
        return "rules " + book.version() + ", " + book.size() + " rules, " + book.hash();
    }

    @Override
    public List<CodedEvent> code(AnnotatedDocument document, List<ActorMention> mentions) {
        List<List<ActorMention>> bySentence = new ArrayList<>();
        for (int i = 0; i < document.sentences().size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (ActorMention m : mentions) {
            if (m.sentenceIndex() >= 0 && m.sentenceIndex() < bySentence.size()) {
                bySentence.get(m.sentenceIndex()).add(m);
            }
        }
        List<CodedEvent> out = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            if (!s.parsed() || s.dependencies().isEmpty() || bySentence.get(s.index()).isEmpty() || isTeaser(s)
                    || isTitleCaseHeadline(s)) {
                continue;
            }
            out.addAll(codeSentence(s, bySentence.get(s.index())));
        }
        return dropHeadlineEchoes(document, out);
    }

    /**
     * Titles and section headings restate what the body reports: an event in a sentence without final
     * punctuation (a headline) is dropped when a body sentence has an event of the same type between
     * the same actors, so that one occurrence is counted once, on its fuller evidence.
     */
    static List<CodedEvent> dropHeadlineEchoes(AnnotatedDocument document, List<CodedEvent> events) {
        Set<String> bodyKeys = new HashSet<>();
        for (CodedEvent e : events) {
            if (!isHeadline(document.sentences().get(e.sentenceIndex()))) {
                bodyKeys.add(echoKey(e));
            }
        }
        List<CodedEvent> kept = new ArrayList<>(events.size());
        for (CodedEvent e : events) {
            if (!(isHeadline(document.sentences().get(e.sentenceIndex())) && bodyKeys.contains(echoKey(e)))) {
                kept.add(e);
            }
        }
        return kept;
    }

    /** A sentence cut off with an ellipsis is a teaser for another page (link lists, "read more" boxes), not a report. */
    private static boolean isTeaser(Sentence s) {
        String text = s.text().strip();
        return text.endsWith("\u2026") || text.endsWith("...");
    }

    /**
     * A headline in Title Case ("As Rebels Make Gains, Envoys Should Rethink Strategy") is a link to another
     * page or a title the body restates; its capitalised verbs and nouns are too often misread to code.
     */
    static boolean isTitleCaseHeadline(Sentence s) {
        if (!isHeadline(s)) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (Token t : s.tokens()) {
            String w = t.text();
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
            }
        }
        boolean capitalisedVerb = false;
        for (Token t : s.tokens()) {
            // names do not make a headline: a capitalised verb or modal after the first word does
            if (t.index() > 0 && (t.pos().startsWith("VB") || t.pos().equals("MD")) && Character.isUpperCase(t.text().charAt(0))) {
                capitalisedVerb = true;
            }
        }
        return capitalisedVerb && words >= 4 && capitalised * 10 >= words * 8;
    }

    private static boolean isHeadline(Sentence s) {
        String text = s.text().strip();
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return Character.isLetterOrDigit(last);
    }

    /** Same act by the same sources: a body sentence usually names more targets than its headline does. */
    private static String echoKey(CodedEvent e) {
        java.util.TreeSet<String> src = new java.util.TreeSet<>();
        e.source().forEach(a -> src.add(a.code().value()));
        return e.type() + "|" + e.cameo().code() + "|" + src;
    }

    /** Events of one parsed sentence given its mentions, ordered by trigger offset. */
    List<CodedEvent> codeSentence(Sentence sentence, List<ActorMention> mentions) {
        SentenceGraph g = new SentenceGraph(sentence);
        ArgumentExtractor args = new ArgumentExtractor(g, mentions);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            Token t = g.token(i);
            String lemma = g.lemma(i);
            List<Rule> rules = book.rulesFor(lemma);
            if (rules.isEmpty()) {
                rules = book.rulesFor(t.text().toLowerCase(Locale.ROOT));
            } else if (g.isStativePassive(i)) {
                // "is opposed to": the verb lemma "oppose" has rules, and so may the adjective form "opposed"
                rules = new ArrayList<>(rules);
                for (Rule r : book.rulesFor(t.text().toLowerCase(Locale.ROOT))) {
                    if (r.kind() == TriggerKind.ADJECTIVE && !rules.contains(r)) {
                        rules.add(r);
                    }
                }
            }
            boolean hyphenated = false;
            if (i >= 2 && g.token(i - 1).text().equals("-")) {
                // "build-up", "cease-fire", "pull-out" split by the tokenizer: the head carries the joined lemma
                List<Rule> joined = book.rulesFor(g.lemma(i - 2) + "-" + lemma);
                if (!joined.isEmpty()) {
                    rules = joined;
                    hyphenated = true;
                }
            }
            for (Rule r : rules) {
                if (!r.kind().accepts(t.pos()) && !(r.kind() == TriggerKind.ADJECTIVE && g.isStativePassive(i))) {
                    continue;
                }
                Optional<Candidate> c = matchTrigger(g, args, r, i);
                if (c.isPresent() && hyphenated) {
                    c.get().extra().add(i - 2);
                }
                c.ifPresent(candidates::add);
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.rule().specificity())
                .thenComparingInt(Candidate::token).thenComparing(c -> c.rule().id()));
        Set<Integer> consumed = new HashSet<>();
        Set<Integer> done = new HashSet<>();
        List<CodedEvent> events = new ArrayList<>();
        for (Candidate c : candidates) {
            if (done.contains(c.token()) || consumed.contains(c.token())) {
                trace("TRACE-LOST", g, c, "its trigger word already carries another rule's event");
                continue;
            }
            boolean clash = false;
            for (int x : c.extra()) {
                if (done.contains(x) || consumed.contains(x)) {
                    clash = true;
                }
            }
            if (clash) {
                continue;
            }
            Optional<CodedEvent> e = build(g, args, c);
            if (e.isPresent()) {
                events.add(e.get());
                intentOf(g, e.get()).ifPresent(events::add);
                done.add(c.token());
                consumed.addAll(c.extra());
            } else {
                trace("TRACE-DROP", g, c, "matched, but no event: missing source or required target");
            }
        }
        events = dropHostsOfCodedMeetings(g, events);
        events = dropIntentsAlreadyCoded(g, events);
        events = borrowComplementTargets(g, events);
        events = shareCoordinatedTargets(g, events);
        // the refusal replaces the negated act it reads: "did not attend the summit" is one REJECT, not also a NEGATED CONSULT
        events.replaceAll(e -> refusalOf(g, args, e).orElse(e));
        List<CodedEvent> concessions = new ArrayList<>();
        for (CodedEvent e : events) {
            concessionOf(g, e, events).ifPresent(concessions::add);
        }
        events.addAll(concessions);
        List<CodedEvent> cooperations = new ArrayList<>();
        for (CodedEvent e : events) {
            cooperationOf(g, e).ifPresent(cooperations::add);
        }
        events.addAll(cooperations);
        events.sort(Comparator.comparingInt((CodedEvent e) -> e.trigger().start())
                .thenComparing(e -> e.provenance().rule().endsWith(CONCESSION_SUFFIX) || e.provenance().rule().endsWith(COOPERATION_SUFFIX))
                .thenComparing(e -> e.type().name()));
        return events;
    }

    /** With {@code -Dchancery.trace=true}: one stderr line per candidate that yields no event, and why. */
    private static void trace(String kind, SentenceGraph g, Candidate c, String why) {
        if (TRACE) {
            System.err.println(kind + " " + c.rule().id() + " '" + g.token(c.token()).text() + "' s" + g.sentence().index() + " (" + why + ")");
        }
    }

    /**
     * @param extra tokens the rule required that belong to this event's trigger ("lifted the embargo"): no other
     *              event may use them
     * @param free  required complement verbs ("agreed to lift"): in the trigger's span, but events of their own
     */
    private record Candidate(Rule rule, int token, List<Integer> extra, List<String> path, List<Integer> free) {
    }

    /** Nouns of coming and going whose "of" names who moves: "the return of inspectors", "the entry of aid convoys". */
    private static final Set<String> MOVEMENT_NOUNS = Set.of("return", "entry", "arrival", "deployment", "passage", "presence",
            "re-entry", "reentry");

    private Optional<Candidate> matchTrigger(SentenceGraph g, ArgumentExtractor args, Rule r, int i) {
        List<Integer> extra = new ArrayList<>();
        List<Integer> free = new ArrayList<>();
        List<String> path = new ArrayList<>();
        if (r.particle() != null) {
            int p = -1;
            for (var d : g.children(i)) {
                String rel = d.relation();
                if ((rel.equals("compound:prt") || rel.equals("prt")) && g.lemma(d.dependent()).equals(r.particle())) {
                    p = d.dependent();
                    break;
                }
                if ((d.baseRelation().equals("obl") || d.baseRelation().equals("nmod") || d.baseRelation().equals("advmod"))
                        && (g.matches(d, d.baseRelation() + ":" + r.particle()) || g.lemma(d.dependent()).equals(r.particle()))) {
                    p = d.dependent();
                    break;
                }
            }
            if (p < 0) {
                return Optional.empty();
            }
            path.add("+" + r.particle());
        }
        for (ArgumentRequirement req : r.requires()) {
            int found = -1;
            List<Integer> heads = new ArrayList<>();
            if (req.relation().contains("/")) {
                // a path: "ccomp/aux" of "said that Iraq must ..."
                List<Integer> cur = List.of(i);
                for (String part : req.relation().split("/")) {
                    List<Integer> next = new ArrayList<>();
                    for (int c : cur) {
                        next.addAll(g.children(c, part));
                        if (part.equals("amod")) {
                            // the parser makes a noun modifier amod or compound as it pleases: "military cooperation"
                            // (amod), "security cooperation" (compound)
                            next.addAll(g.children(c, "compound"));
                        }
                    }
                    cur = next;
                }
                heads.addAll(cur);
            } else {
                heads.addAll(g.children(i, req.relation()));
                if (req.relation().equals("amod")) {
                    heads.addAll(g.children(i, "compound")); // as in a path: "military drills" and "navy drills" alike
                }
            }
            if (req.relation().equals("obj")) {
                heads.addAll(g.children(i, "nsubj:pass"));
                // "summoned U.S. Ambassador David Hale the same evening": a time phrase taken for the object, the name for iobj
                heads.addAll(g.children(i, "iobj"));
                // "cut aid" inside a relative: "the aid that X cut" / "aid cuts" are noun rules
                for (var d : g.parents(i)) {
                    if (d.relation().equals("acl") || d.relation().equals("acl:relcl")) {
                        heads.add(d.governor());
                    }
                }
            }
            for (int h : List.copyOf(heads)) {
                if (g.token(h).pos().equals("DT")) {
                    heads.addAll(g.children(h, "amod")); // "evacuated the wounded": the adjective is the noun
                }
                if (MOVEMENT_NOUNS.contains(g.lemma(h))) {
                    heads.addAll(g.children(h, "nmod:of")); // "allow the return of inspectors": the inspectors are let in
                }
            }
            // "suspended most of its security assistance": the quantity word is not the object that counts
            for (int h : g.withQuantified(heads)) {
                // "declared a cease-fire": the tokenizer leaves "fire" as the head, the rule lists "cease-fire"
                String joined = h >= 2 && g.token(h - 1).text().equals("-") ? g.lemma(h - 2) + "-" + g.lemma(h) : null;
                if (req.lemmas().contains("*") || req.lemmas().contains(g.lemma(h))
                        || req.lemmas().contains(g.token(h).text().toLowerCase(Locale.ROOT)) || joined != null && req.lemmas().contains(joined)) {
                    found = h;
                    break;
                }
                // "lifted the arms embargo": compound head; "imposed fresh sanctions": head noun lemma
                for (int c : g.children(h, "compound")) {
                    if (req.lemmas().contains(g.lemma(c))) {
                        found = h;
                    }
                }
                if (found >= 0) {
                    break;
                }
            }
            if (found < 0) {
                return Optional.empty();
            }
            if (req.relation().equals("xcomp") && g.token(found).isVerb()) {
                free.add(found);
            } else {
                extra.add(found);
                for (int c : g.children(found, "conj")) {
                    if (heads.contains(c)) {
                        extra.add(c); // "fired rockets and missiles": one act, both objects its words
                    }
                }
            }
            path.add(g.token(i).text() + " -" + req.relation() + "-> " + g.token(found).text());
        }
        for (String rel : r.notRelations()) {
            if (!g.children(i, rel).isEmpty()) {
                return Optional.empty();
            }
        }
        for (var d : g.children(i)) {
            String rel = d.relation();
            boolean blocking = rel.equals("amod") || rel.equals("advmod") || rel.equals("compound")
                    || rel.equals("obj") && r.kind() == TriggerKind.VERB; // "captured the view" is no seizure
            if (blocking && r.notModifiers().contains(g.lemma(d.dependent()))) {
                return Optional.empty();
            }
        }
        if (r.kind() == TriggerKind.NOUN && (!r.governors().isEmpty() || !r.notGovernors().isEmpty())) {
            int gov = g.governorThroughQuantity(i);
            String gl = gov < 0 ? "" : g.lemma(gov);
            if (!r.governors().isEmpty() && !r.governors().contains(gl)) {
                return Optional.empty();
            }
            if (r.notGovernors().contains(gl)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Candidate(r, i, extra, path, free));
    }

    private Optional<CodedEvent> build(SentenceGraph g, ArgumentExtractor args, Candidate c) {
        Rule r = c.rule();
        int t = c.token();
        Set<Integer> exclude = new HashSet<>();
        for (int x : c.extra()) {
            // an adjective or compound the rule required ("Turkish bombing") may still name the actor, and so may a
            // required oblique ("flew out of Kabul airport") or subject ("Kenyan soldiers patrolled ...")
            String rel = g.governorRelation(x);
            if (!(g.governor(x) == t && (rel.equals("amod") || rel.equals("compound") || rel.startsWith("obl") || rel.startsWith("nsubj")))) {
                exclude.add(x);
            }
        }
        List<String> sourceSpecs = r.source();
        if (r.kind() == TriggerKind.ADJECTIVE && g.isStativePassive(t)) {
            // "Israel is opposed to ...": the grammatical passive subject holds the stance
            sourceSpecs = sourceSpecs.stream().map(spec -> spec.equals("nsubj") ? "nsubj:pass" : spec).toList();
        }
        Optional<SlotHit> src = args.first(t, sourceSpecs, false, exclude);
        if (src.isEmpty() && r.kind() == TriggerKind.VERB && r.source().contains("nsubj") && !g.hasChild(t, "nsubj")
                && !g.hasChild(t, "nsubj:pass") && (g.token(t).pos().equals("VBD") || g.token(t).pos().equals("VBZ")
                || g.token(t).pos().equals("VBP"))) {
            // a finite verb the parser left without a subject ("in that President Trump called these groups a threat"
            // parsed as a loose dependent): the actor right before it, adverbs and auxiliaries aside, is its subject
            src = args.adjacentSubject(t, exclude);
        }
        if (src.isEmpty() && r.kind() == TriggerKind.VERB && r.source().contains("nsubj") && g.token(t).pos().equals("VBG")
                && !g.hasChild(t, "nsubj") && !g.hasChild(t, "nsubj:pass")) {
            // "Vietnam summoned the envoy, accusing Beijing of ...": a participle clause hung on the main verb shares
            // its subject
            int gov = g.governor(t);
            String rel = g.governorRelation(t).split(":")[0];
            if (gov >= 0 && g.token(gov).isVerb() && (rel.equals("dep") || rel.equals("advcl"))) {
                src = args.first(gov, List.of("nsubj", "obl:agent"), false, exclude);
            }
        }
        Set<Integer> srcTokens = new HashSet<>();
        src.ifPresent(h -> h.mentions().forEach(m -> {
            for (int k = m.tokenStart(); k < m.tokenEnd(); k++) {
                srcTokens.add(k);
            }
        }));
        Set<Integer> excludeT = new HashSet<>(exclude);
        excludeT.addAll(srcTokens);
        Set<String> blocked = new HashSet<>();
        if (!r.allowSelf() && !SELF_DYAD_TYPES.contains(r.type())) {
            src.ifPresent(h -> h.mentions().forEach(m -> blocked.add(m.code().value())));
        }
        Optional<SlotHit> tgt = args.first(t, r.target(), true, excludeT, blocked);
        if (tgt.isEmpty() && r.kind().predicate()) {
            // "pledged to help Vietnam", "threatened to impose sanctions on Lithuania": the target of the complement
            List<Integer> complements = new ArrayList<>(g.children(t, "xcomp"));
            for (int x : g.children(t, "xcomp")) {
                // "confirmed its readiness to continue boosting Pakistan's capacity": a complement of the complement
                complements.addAll(g.children(x, "xcomp"));
            }
            Set<String> sourceCountries = new HashSet<>();
            src.ifPresent(h -> h.mentions().forEach(m -> sourceCountries.add(m.code().countryPart())));
            for (int x : complements) {
                tgt = args.first(x, XCOMP_TARGET, true, excludeT, blocked);
                if (tgt.isPresent() && tgt.get().mentions().stream().allMatch(m -> sourceCountries.contains(m.code().countryPart()))) {
                    // "France is ready to contribute its troops to a force in Liberia": its own troops are what it
                    // offers, not whom; the complement's own event lends its target later
                    tgt = Optional.empty();
                }
                if (tgt.isPresent()) {
                    break;
                }
            }
        }
        if (tgt.isEmpty() && r.type() == PloverType.THREATEN) {
            // "threatened to strike unless Israel rescinded the annexation": whoever must meet the condition is threatened
            tgt = conditionTarget(g, args, t, excludeT, blocked);
        }
        if (tgt.isEmpty()) {
            // "Iran remained under UN sanctions", "Pakistan lived under the U.S. imposed sanctions": whoever is under the
            // act is its target
            tgt = underTarget(g, args, t, excludeT, blocked);
        }
        if (tgt.isEmpty() && r.kind() == TriggerKind.NOUN && RECEIVED_TYPES.contains(r.type())) {
            // "Pakistan opened itself up to Chinese investment", "Kenya attracted Gulf aid": the receiver is the target
            tgt = receiverOf(g, args, t, excludeT, blocked);
        }
        if (tgt.isEmpty() && src.isPresent() && src.get().spec().equals("adjacent")) {
            // "remained buried under the U.S. imposed sanctions" parsed with "under" on "U.S.": the clause's subject
            tgt = subjectAbove(g, args, src.get().mentions().get(0).tokenEnd() - 1, excludeT, blocked);
        }
        boolean fallback = false;
        boolean pairOfSources = r.symmetric() && src.isPresent() && src.get().mentions().size() >= 2;
        if (tgt.isEmpty() && r.kind() == TriggerKind.VERB && !r.targetRequired() && !pairOfSources
                && r.target().stream().anyMatch(spec -> spec.startsWith("obj"))) {
            // only where the rule takes its target from the object: the fallback repairs misparses, it does not widen
            // rules; a complement verb's event still lends its target later (borrowComplementTargets) and wins. Not when
            // a symmetric act has its two sides as subjects ("China and Russia held patrols over the Sea of Japan")
            tgt = args.subtreeFallback(t, PLACE_TARGET_TYPES.contains(r.type()), excludeT, blocked);
            fallback = tgt.isPresent();
        }
        List<ActorMention> sources = new ArrayList<>(src.map(SlotHit::mentions).orElse(List.of()));
        List<ActorMention> targets = new ArrayList<>(tgt.map(SlotHit::mentions).orElse(List.of()));
        String hostPath = null;
        if (r.kind() == TriggerKind.NOUN && r.type() == PloverType.CONSULT) {
            // "Russia hosted talks ranging from the Moscow-Islamabad-Beijing summit to a conference involving Iran":
            // the host is the source of each meeting it hosted, its participants the targets
            int host = hostVerb(g, t);
            if (host >= 0) {
                Optional<SlotHit> h = args.first(host, List.of("nsubj", "obl:agent"), false, Set.of());
                if (h.isPresent()) {
                    Set<String> hostCountries = new HashSet<>();
                    h.get().mentions().forEach(m -> hostCountries.add(m.code().countryPart()));
                    List<ActorMention> participants = new ArrayList<>(sources);
                    participants.addAll(targets);
                    sources = new ArrayList<>(h.get().mentions());
                    targets = participants;
                    targets.removeIf(m -> hostCountries.contains(m.code().countryPart()));
                    hostPath = "source " + h.get().path() + " (host of " + g.token(t).text() + ")";
                }
            }
        }
        if (r.symmetric() && targets.isEmpty() && sources.size() >= 2) {
            targets.addAll(sources.subList(1, sources.size()));
            sources = new ArrayList<>(sources.subList(0, 1));
        } else if (r.symmetric() && sources.isEmpty() && targets.size() >= 2 && distinctActors(targets)) {
            sources.add(targets.remove(0));
        }
        // targets that are only places are kept for their country, but never as sources
        if (!r.allowSelf() && !SELF_DYAD_TYPES.contains(r.type())) {
            Set<String> srcCountries = new HashSet<>();
            for (ActorMention m : sources) {
                srcCountries.add(m.code().value());
            }
            targets.removeIf(m -> srcCountries.contains(m.code().value()));
        }
        if (sources.isEmpty() && !r.sourceOptional()) {
            return Optional.empty();
        }
        if (!r.targetActors().isEmpty() && targets.stream().noneMatch(m -> r.targetActors().contains(m.code().value())
                || r.targetActors().contains(m.code().sectorPart()))) {
            return Optional.empty();
        }
        if (targets.isEmpty() && r.targetRequired()) {
            return Optional.empty();
        }
        if (targets.isEmpty() && weakNominal(r)) {
            // a bare "criticism", "support", "threats" with one side only is a topic, not an event
            return Optional.empty();
        }
        // "teachers in Micronesia launched a strike": a protest by people no dictionary names still happens somewhere
        Optional<ActorMention> protestPlace = r.type() == PloverType.PROTEST && sources.isEmpty() && targets.isEmpty()
                ? args.placeInClause(t).filter(m -> stateCountry(m) != null) : Optional.empty();
        if (sources.isEmpty() && targets.isEmpty() && protestPlace.isEmpty()) {
            return Optional.empty();
        }
        Sentence s = g.sentence();
        int first = t;
        int last = t;
        List<Integer> spanTokens = new ArrayList<>(c.extra());
        spanTokens.addAll(c.free());
        for (int x : spanTokens) {
            first = Math.min(first, x);
            last = Math.max(last, x);
        }
        Token a = g.token(first);
        Token b = g.token(last);
        Span span = new Span(a.start(), b.end());
        String text = s.text().substring(a.start() - s.start(), b.end() - s.start());
        Modality mod = modality.detect(g, t);
        if (r.type() == PloverType.THREATEN && rulesOut(g, t)) {
            // "did not rule out military action" keeps the option open: the threat is made; "ruled out the
            // possibility of sanctions" withdraws it
            mod = mod == Modality.NEGATED ? Modality.ASSERTED : mod == Modality.ASSERTED ? Modality.NEGATED : mod;
        }
        List<Integer> qRoots = new ArrayList<>(c.extra());
        List<Quantity> qs = quantities.extract(g, t, qRoots);
        List<String> entries = new ArrayList<>();
        List<EventActor> srcActors = new ArrayList<>();
        List<EventActor> tgtActors = new ArrayList<>();
        for (ActorMention m : sources) {
            srcActors.add(EventActor.of(m));
            entries.add("source:" + m.entry());
        }
        String unattributedPath = null;
        if (srcActors.isEmpty() && UNATTRIBUTED_TYPES.contains(r.type())) {
            Optional<ActorMention> place = args.placeInClause(t);
            if (place.isEmpty() && r.type() == PloverType.PROTEST) {
                place = args.firstPlace();
            }
            if (place.isPresent() && stateCountry(place.get()) != null) {
                ActorMention at = place.get();
                srcActors.add(countryOf(at, stateCountry(at), "unattributed:"));
                entries.add("source:unattributed:" + at.entry());
                unattributedPath = "source unattributed, the country where it happens (" + at.text() + ")";
            }
        }
        if (protestPlace.isPresent()) {
            ActorMention at = protestPlace.get();
            tgtActors.add(countryOf(at, stateCountry(at), "domestic:"));
            entries.add("target:domestic:" + at.entry());
        }
        for (ActorMention m : targets) {
            tgtActors.add(EventActor.of(m));
            entries.add("target:" + m.entry());
        }
        String domesticPath = protestPlace.map(at -> "target the country where it happens (" + at.text() + ")").orElse(null);
        if (tgtActors.isEmpty() && !sources.isEmpty()) {
            Optional<EventActor> where = domesticTarget(r.type(), args, t, sources.get(0));
            if (where.isPresent()) {
                tgtActors.add(where.get());
                entries.add("target:" + where.get().entry());
                domesticPath = where.get().entry().startsWith("domestic:own:")
                        ? "target the source's own country (" + sources.get(0).text() + ": a domestic act)"
                        : "target the country where it happens (" + where.get().text() + ")";
            }
        }
        StringBuilder path = new StringBuilder();
        for (String p : c.path()) {
            path.append(p).append("; ");
        }
        if (hostPath != null) {
            path.append(hostPath).append("; ");
        } else if (unattributedPath != null) {
            path.append(unattributedPath).append("; ");
        } else {
            src.ifPresent(h -> path.append("source ").append(h.path()).append("; "));
        }
        if (!targets.isEmpty()) {
            tgt.ifPresent(h -> path.append("target ").append(h.path()));
        } else if (domesticPath != null) {
            path.append(domesticPath);
        }
        String pathText = path.toString().replaceAll("; $", "");
        double conf = r.weight() * basisFactor(sources) * (targets.isEmpty() ? 0.95 : basisFactor(targets)) * modalityFactor(mod)
                * (fallback && !targets.isEmpty() ? 0.85 : 1.0);
        conf = Math.max(0.01, Math.min(1.0, conf));
        conf = Math.round(conf * 1000) / 1000.0;
        String mode = r.mode() != null ? r.mode() : ontology.ploverModeOf(r.cameo()).orElse(null);
        Provenance prov = new Provenance(r.id(), pathText, entries, book.hash() + "+" + dictionaryHash, "rules " + book.version());
        return Optional.of(new CodedEvent(s.index(), span, text, t, srcActors, tgtActors, r.type(), mode, r.contexts(),
                r.cameo(), qs, mod, conf, prov));
    }

    /** Types whose acts without a named target fall on the source's own country: curfews, bans, arrests, concessions. */
    private static final Set<PloverType> DOMESTIC_DEFAULT_TYPES = Set.of(PloverType.COERCE, PloverType.CONCEDE);

    /**
     * PLOVER's convention for an act that names no target: it is directed at the country where it happens
     * ("Serbia lifted the curfew in Montenegro" -> MNE; Nigerians protesting in Lagos -> NGA). The place comes from
     * the trigger's own clause; a protest also takes a place elsewhere in the sentence. With no place, a protest by
     * people (not by executive, armed or judicial organs) and a curfew, ban, arrest or concession by a state fall on
     * the source's own country. Communicative acts (criticism, talks, appeals) never take a place as target: where
     * words are spoken is not whom they address.
     */
    private static Optional<EventActor> domesticTarget(PloverType type, ArgumentExtractor args, int trigger, ActorMention source) {
        if (!PLACE_TARGET_TYPES.contains(type)) {
            return Optional.empty();
        }
        String sector = source.code().sectorPart();
        boolean protest = type == PloverType.PROTEST;
        if (protest && STATE_SECTORS.contains(sector)) {
            return Optional.empty();
        }
        Optional<ActorMention> place = args.placeInClause(trigger);
        if (place.isEmpty() && protest) {
            place = args.firstPlace();
        }
        ActorMention at = place.orElse(null);
        String kind = "domestic:";
        if (at == null && (protest || DOMESTIC_DEFAULT_TYPES.contains(type) && (sector.isEmpty() || STATE_SECTORS.contains(sector)
                || sector.equals("POL") || sector.equals("LEG")) && !args.objectNamesActor(trigger))) {
            at = source;
            kind = "domestic:own:";
        }
        if (at == null) {
            return Optional.empty();
        }
        String country = stateCountry(at);
        if (country == null) {
            return Optional.empty();
        }
        return Optional.of(countryOf(at, country, kind));
    }

    /** The country of a place or actor mention as an event actor, its entry marked with how it was inferred. */
    private static EventActor countryOf(ActorMention at, String country, String entryPrefix) {
        return new EventActor(org.chancery.actor.ActorCode.of(country), at.name(), at.text(), at.start(), at.end(), at.basis(),
                entryPrefix + at.entry());
    }

    /** The state a mention belongs to, or null for organisations, regions and groups without one. */
    private static String stateCountry(ActorMention at) {
        String country = at.code().countryPart();
        if (country.length() != 3 || NON_STATE_CODES.contains(country) || at.entry().startsWith("region:")) {
            return null;
        }
        return country;
    }

    /**
     * Types whose acts are often reported without a perpetrator ("three soldiers were killed by a roadside bomb outside
     * Basra", "thousands blocked streets in Hong Kong"): PLOVER codes the source as the country where they happen.
     */
    private static final Set<PloverType> UNATTRIBUTED_TYPES = Set.of(PloverType.ASSAULT, PloverType.PROTEST);

    /**
     * The subject of the clause a noun (or the noun a participle modifies) is "under": the sanctioned, occupied or
     * blockaded party of "X remained under sanctions".
     */
    private static Optional<SlotHit> underTarget(SentenceGraph g, ArgumentExtractor args, int trigger, Set<Integer> exclude,
                                                 Set<String> blocked) {
        int noun = trigger;
        if (!g.token(trigger).isNoun()) {
            noun = -1;
            for (var d : g.parents(trigger)) {
                if (d.relation().equals("acl") || d.relation().equals("amod")) {
                    noun = d.governor();
                }
            }
            if (noun < 0) {
                return Optional.empty();
            }
        }
        return subjectAbove(g, args, noun, exclude, blocked);
    }

    /** Material and diplomatic flows a subject can take in: investment, aid, backing. */
    private static final Set<PloverType> RECEIVED_TYPES = Set.of(PloverType.COOPERATE, PloverType.AID, PloverType.SUPPORT);
    /** Verbs whose subject takes in what their object or "to"-oblique names. */
    private static final Set<String> RECEIVING_VERBS = Set.of("receive", "attract", "welcome", "accept", "seek", "court",
            "open", "win", "secure", "obtain", "get", "draw", "lure", "solicit", "enjoy");

    /** The subject of a receiving verb whose object (or "to"/"for" oblique) the noun {@code trigger} is, if any. */
    private static Optional<SlotHit> receiverOf(SentenceGraph g, ArgumentExtractor args, int trigger, Set<Integer> exclude,
                                                Set<String> blocked) {
        int verb = g.governorThroughQuantity(trigger);
        String rel = g.governorRelation(trigger);
        if (verb < 0 || !g.token(verb).isVerb() || !RECEIVING_VERBS.contains(g.lemma(verb))) {
            return Optional.empty();
        }
        boolean taken = rel.equals("obj") || rel.equals("obl:to") || rel.equals("obl:for")
                || g.lemma(verb).equals("open") && rel.startsWith("obl");
        if (!taken || g.isPassive(verb)) {
            return Optional.empty();
        }
        return args.first(verb, List.of("nsubj"), false, exclude, blocked);
    }

    /** The subject of the verb whose "under" oblique {@code token} is ("Iran remained under [sanctions]"), if any. */
    private static Optional<SlotHit> subjectAbove(SentenceGraph g, ArgumentExtractor args, int token, Set<Integer> exclude,
                                                  Set<String> blocked) {
        String rel = g.governorRelation(token);
        int verb = g.governor(token);
        if (verb < 0 || !g.token(verb).isVerb() || !(rel.equals("obl:under") || rel.equals("nmod:under"))) {
            return Optional.empty();
        }
        return args.first(verb, List.of("nsubj", "nsubj:pass"), true, exclude, blocked);
    }

    private static final Set<String> HOST_VERBS = Set.of("host", "organise", "organize", "convene", "sponsor");
    /** Relations a meeting noun may hang from under its host: object, oblique, modifier, participle, conjunct. */
    private static boolean hostChainRelation(String rel) {
        return rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("acl") && !rel.equals("acl:relcl")
                || rel.startsWith("conj")
                || rel.equals("appos") || rel.equals("dep");
    }

    /**
     * The hosting verb a meeting noun belongs to ("hosted talks ranging from the summit ... to a conference"),
     * through at most eight links and participles only ("ranging", "including"); -1 when there is none.
     */
    static int hostVerb(SentenceGraph g, int noun) {
        int cur = noun;
        for (int hop = 0; hop < 8; hop++) {
            String rel = g.governorRelation(cur);
            int gov = g.governor(cur);
            if (gov < 0 || !hostChainRelation(rel)) {
                return -1;
            }
            if (g.token(gov).isVerb()) {
                if (HOST_VERBS.contains(g.lemma(gov))) {
                    return gov;
                }
                if (!g.token(gov).pos().equals("VBG")) {
                    return -1;
                }
            }
            cur = gov;
        }
        return -1;
    }

    /** Suffix of the rule id of an event that is the material-cooperation reading of another (see {@link #cooperationOf}). */
    static final String COOPERATION_SUFFIX = "+cooperation";
    /** What an agreement or a tie is about when it is material cooperation, and the CAMEO code of that cooperation. */
    private static final Map<String, String> COOPERATION_CONTENT = Map.ofEntries(
            Map.entry("trade", "061"), Map.entry("economic", "061"), Map.entry("commercial", "061"), Map.entry("investment", "061"),
            Map.entry("energy", "061"), Map.entry("oil", "061"), Map.entry("gas", "061"), Map.entry("fisheries", "061"),
            Map.entry("infrastructure", "061"), Map.entry("business", "061"), Map.entry("financial", "061"),
            Map.entry("military", "062"), Map.entry("defence", "062"), Map.entry("defense", "062"), Map.entry("security", "062"),
            Map.entry("intelligence", "064"), Map.entry("extradition", "063"), Map.entry("judicial", "063"),
            Map.entry("cooperation", "060"), Map.entry("co-operation", "060"), Map.entry("technical", "060"),
            Map.entry("technology", "060"), Map.entry("scientific", "060"));

    /**
     * Signing a trade or defence agreement, or expanding cooperation, is a formal act of support (PLOVER SUPPORT, CAMEO
     * 057/050, as the rules code it) and, by its content, material cooperation (COOPERATE, CAMEO 06x), which is how
     * news-trained coders label such stories. The second reading shares actors, trigger and modality; its rule id is
     * {@code RULE+cooperation}. An agreement or tie whose content is not named ("signed a deal", "expanded cooperation")
     * has no second reading.
     */
    private Optional<CodedEvent> cooperationOf(SentenceGraph g, CodedEvent e) {
        if (e.type() != PloverType.SUPPORT || e.provenance().rule().contains("+") || e.source().isEmpty()
                || !(e.cameo().code().equals("057") || e.cameo().code().equals("050"))) {
            return Optional.empty();
        }
        String code = null;
        boolean agreement = e.cameo().code().equals("057");
        for (int o : g.children(e.triggerToken(), "obj")) {
            // "signed a cooperation agreement" names its content; "expanded cooperation" alone is a gesture of support
            List<Integer> words = new ArrayList<>(agreement ? List.of(o) : List.of());
            words.addAll(g.children(o, "amod"));
            words.addAll(g.children(o, "compound"));
            for (int n : g.children(o, "nmod:on")) {
                words.add(n);
                words.addAll(g.children(n, "amod"));
                words.addAll(g.children(n, "compound"));
            }
            for (int w : words) {
                String c = COOPERATION_CONTENT.get(g.lemma(w));
                if (c != null && (code == null || code.equals("060"))) {
                    code = c;
                }
            }
        }
        if (code == null) {
            return Optional.empty();
        }
        return Optional.of(reading(e, PloverType.COOPERATE, ontology.cameo(code), e.modality(), COOPERATION_SUFFIX));
    }

    /** Suffix of the rule id of an event that is the concession reading of another (see {@link #concessionOf}). */
    static final String CONCESSION_SUFFIX = "+concession";
    /** Acts of war whose halting (CAMEO 087) yields to the other side as a truce does. */
    private static final Set<String> HOSTILITIES = Set.of("attack", "attacks", "offensive", "fighting", "hostilities", "bombing",
            "strike", "strikes", "shelling", "raid", "raids", "campaign", "insurgency", "rebellion", "violence", "airstrike",
            "airstrikes", "bombardment", "siege", "operation", "operations", "war");
    /** De-escalations that are also concessions to the other side: truces, easing a blockade, demobilising. */
    private static final Set<String> CONCESSION_CODES = Set.of("0871", "0872", "0873");

    /**
     * A ceasefire, an eased blockade or a demobilisation is coded RETREAT (CAMEO 087x, as the PLOVER gold sentences
     * do), and a withdrawal one side agrees to ("agreed to pull its troops out") is an AGREE with a RETREAT under it;
     * PLOVER's own definition of CONCEDE (yielding to the other side's demands) covers both, and news-trained coders
     * (NGEC) label them CONCEDE. Such an act also gets its concession reading, the same actors, trigger and modality,
     * with rule id {@code RULE+concession}, so that a search for concessions finds it; so does halting attacks or an
     * offensive. A plain withdrawal or release nobody agreed to stays RETREAT only.
     */
    private Optional<CodedEvent> concessionOf(SentenceGraph g, CodedEvent e, List<CodedEvent> all) {
        if (e.type() != PloverType.RETREAT || e.provenance().rule().contains("+") || e.source().isEmpty()) {
            return Optional.empty(); // a concession is someone's: an act without a named source is not read as one
        }
        boolean yielded = CONCESSION_CODES.contains(e.cameo().code());
        if (!yielded && e.cameo().code().equals("087") && g.token(e.triggerToken()).isVerb()) {
            // "the rebels suspended their attacks", "Israel halted its offensive": stopping hostilities, not moving troops
            for (int o : g.withQuantified(g.children(e.triggerToken(), "obj"))) {
                yielded |= HOSTILITIES.contains(g.lemma(o));
            }
        }
        if (!yielded) {
            for (var d : g.parents(e.triggerToken())) {
                if (!d.baseRelation().equals("xcomp")) {
                    continue;
                }
                for (CodedEvent a : all) {
                    yielded |= a.type() == PloverType.AGREE && a.triggerToken() == d.governor() && !a.provenance().rule().contains("+");
                }
            }
        }
        if (!yielded) {
            return Optional.empty();
        }
        return Optional.of(reading(e, PloverType.CONCEDE, ontology.cameo("080"), e.modality(), CONCESSION_SUFFIX));
    }

    /**
     * A planned cooperative or conflictual act is also, as written, an asserted expression of intent:
     * "Portugal will support Turkey" is AGREE (CAMEO 03x) besides a planned SUPPORT; "will impose
     * sanctions" is THREATEN (13x); so is a conditional "will use force if ...". The intent event shares the trigger
     * and actors.
     */
    private Optional<CodedEvent> intentOf(SentenceGraph g, CodedEvent e) {
        if (!(e.modality() == Modality.PLANNED || e.modality() == Modality.HYPOTHETICAL && conditionalPromise(g, e.triggerToken()))
                || !INTENT_CODES.containsKey(e.type())) {
            return Optional.empty();
        }
        CameoCode cameo = ontology.cameo(INTENT_CODES.get(e.type()));
        PloverType type = ontology.ploverTypeOf(cameo);
        if (e.modality() == Modality.HYPOTHETICAL && type != PloverType.THREATEN
                && g.children(e.triggerToken(), "aux").stream().map(g::lemma).noneMatch(PROMISING_AUX::contains)) {
            // "could get aid if ..." promises nothing; "could cut aid if ..." warns
            return Optional.empty();
        }
        return Optional.of(reading(e, type, cameo, Modality.ASSERTED, "+intent"));
    }

    /** Auxiliaries that promise or threaten an act: "will help", "would cut aid". */
    private static final Set<String> PROMISING_AUX = Set.of("will", "would", "shall");
    /** ... and those that, under a condition, still warn: "may halt its mediation if ...". */
    private static final Set<String> CONDITIONAL_PROMISE_AUX = Set.of("will", "would", "shall", "may", "might", "could");

    /**
     * "He will use force if the opposition disrupts the vote", "we would cut aid unless ...": a will/would act under an
     * if/unless condition is hypothetical as an act, but stating it is a threat or promise made now.
     */
    private static boolean conditionalPromise(SentenceGraph g, int trigger) {
        boolean willing = false;
        for (var d : g.children(trigger)) {
            String w = g.lemma(d.dependent());
            // "will use force if ...", and as a warning "may halt its mediation if the parties do not cooperate"
            willing |= d.relation().equals("aux") && CONDITIONAL_PROMISE_AUX.contains(w);
        }
        if (!willing) {
            return false;
        }
        for (var d : g.children(trigger)) {
            if (d.baseRelation().equals("advcl")) {
                for (var m : g.children(d.dependent())) {
                    String w = g.lemma(m.dependent());
                    if (m.relation().equals("mark") && (w.equals("if") || w.equals("unless"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "Serbia agreed to lift the ban": the agreement is coded on "agreed" (AGREE), so the intent event that a
     * planned "lift" would add is the same statement counted twice; so is the threat a planned act adds under a
     * coded warning ("warned that it would close the border").
     */
    private static List<CodedEvent> dropIntentsAlreadyCoded(SentenceGraph g, List<CodedEvent> events) {
        Set<Integer> agreeing = new HashSet<>();
        Set<Integer> threatening = new HashSet<>();
        for (CodedEvent e : events) {
            if (e.type() == PloverType.AGREE && !e.provenance().rule().endsWith("+intent")) {
                agreeing.add(e.triggerToken());
            }
            if (e.type() == PloverType.THREATEN && !e.provenance().rule().endsWith("+intent")) {
                threatening.add(e.triggerToken());
            }
        }
        List<CodedEvent> out = new ArrayList<>(events.size());
        for (CodedEvent e : events) {
            boolean echo = false;
            if (e.provenance().rule().endsWith("+intent") && e.type() == PloverType.THREATEN) {
                // "warned that it would close the border": the warning is the threat, the closure its content
                for (var d : g.parents(e.triggerToken())) {
                    echo |= (d.relation().equals("ccomp") || d.relation().equals("xcomp")) && threatening.contains(d.governor());
                }
            }
            if (e.provenance().rule().endsWith("+intent") && e.type() == PloverType.AGREE) {
                // only a cooperative intent repeats the agreement; "prepared to impose martial law" is still a threat
                for (var d : g.parents(e.triggerToken())) {
                    echo |= d.relation().equals("xcomp") && agreeing.contains(d.governor());
                    if (d.relation().equals("obj")) {
                        // "ready to host a meeting": the planned meeting's intent is the readiness already coded
                        for (var up : g.parents(d.governor())) {
                            echo |= up.relation().equals("xcomp") && agreeing.contains(up.governor());
                        }
                    }
                }
            }
            if (!echo) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * "Egypt hosted a conference involving Jordan and Iraq": the conference is coded with the host as source and
     * its participants as targets, so the hosting verb's own, vaguer event would count the same meeting twice.
     */
    private static List<CodedEvent> dropHostsOfCodedMeetings(SentenceGraph g, List<CodedEvent> events) {
        Set<Integer> hosts = new HashSet<>();
        for (CodedEvent e : events) {
            if (e.type() == PloverType.CONSULT && e.provenance().dependencyPath().contains("(host of ")) {
                hosts.add(hostVerb(g, e.triggerToken()));
            }
        }
        if (hosts.isEmpty()) {
            return events;
        }
        List<CodedEvent> out = new ArrayList<>(events.size());
        for (CodedEvent e : events) {
            if (!(e.type() == PloverType.CONSULT && hosts.contains(e.triggerToken()))) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * "threatened to break off relations with Congo", "refused to commit to assistance for the war":
     * an event without target takes the targets of the event on its complement verb (xcomp).
     */
    private static List<CodedEvent> borrowComplementTargets(SentenceGraph g, List<CodedEvent> events) {
        List<CodedEvent> out = new ArrayList<>(events.size());
        for (CodedEvent e : events) {
            CodedEvent result = e;
            if (e.target().isEmpty() || e.provenance().dependencyPath().contains(" ~subtree~> ")) {
                List<Integer> inners = new ArrayList<>(g.children(e.triggerToken(), "xcomp"));
                for (int x : g.children(e.triggerToken(), "xcomp")) {
                    // "ready to host a meeting between Israel and the PLO": the complement's nominal event lends too
                    inners.addAll(g.children(x, "obj"));
                }
                for (int x : inners) {
                    for (CodedEvent inner : events) {
                        if (inner.triggerToken() == x && inner.sentenceIndex() == e.sentenceIndex() && !inner.target().isEmpty()
                                && !inner.target().equals(e.source())) {
                            result = withTarget(e, inner.target(), e.provenance().dependencyPath()
                                    .replaceAll("(; )?target [^;]* ~subtree~> [^;]*$", "") + "; target from complement "
                                    + inner.provenance().dependencyPath());
                        }
                    }
                    if (result != e) {
                        break;
                    }
                }
            }
            out.add(result);
        }
        return out;
    }

    /**
     * "The U.S. continues to threaten the Pakistani military with sanctions, and Washington continues to stall military
     * sales": an act without a target in a clause coordinated with one by the same state that has a target is aimed at
     * that target too; English leaves it unsaid the second time.
     */
    private static List<CodedEvent> shareCoordinatedTargets(SentenceGraph g, List<CodedEvent> events) {
        List<CodedEvent> out = new ArrayList<>(events.size());
        for (CodedEvent e : events) {
            CodedEvent result = e;
            if (e.target().isEmpty() && !e.source().isEmpty()) {
                int clause = clauseOf(g, e.triggerToken());
                for (CodedEvent other : events) {
                    if (other == e || other.target().isEmpty() || !countriesOf(other.source()).equals(countriesOf(e.source()))) {
                        continue;
                    }
                    int otherClause = clauseOf(g, other.triggerToken());
                    boolean coordinated = g.children(otherClause, "conj").contains(clause) || g.children(clause, "conj").contains(otherClause);
                    if (coordinated && !countriesOf(other.target()).equals(countriesOf(e.source()))) {
                        result = withTarget(e, other.target(), e.provenance().dependencyPath()
                                + "; target from the coordinated clause of '" + other.triggerText() + "'");
                        break;
                    }
                }
            }
            out.add(result);
        }
        return out;
    }

    /** The clause a trigger stands in: the verb it is the complement of ("continues to stall" → "continues"). */
    private static int clauseOf(SentenceGraph g, int trigger) {
        int t = trigger;
        for (int guard = 0; guard < 2 && g.governor(t) >= 0 && g.governorRelation(t).equals("xcomp"); guard++) {
            t = g.governor(t);
        }
        return t;
    }

    private static Set<String> countriesOf(List<EventActor> actors) {
        Set<String> out = new HashSet<>();
        actors.forEach(a -> out.add(a.code().countryPart()));
        return out;
    }

    /** Whether the trigger is "rule out"/"exclude", or the object of one ("ruled out the possibility of ..."). */
    private static boolean rulesOut(SentenceGraph g, int trigger) {
        int verb = trigger;
        if (g.token(trigger).isNoun() && g.governor(trigger) >= 0 && g.governorRelation(trigger).equals("obj")) {
            verb = g.governor(trigger);
        }
        if (g.lemma(verb).equals("exclude")) {
            return true;
        }
        if (!g.lemma(verb).equals("rule")) {
            return false;
        }
        for (int p : g.children(verb, "compound:prt")) {
            if (g.lemma(p).equals("out")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actor a threat's condition names: the subject of an "unless" or "if" clause on the threat or on its
     * complement ("threatened to hold a strike unless Israel rescinded ...", "warned it would act if Ankara refused");
     * else whom its purpose clause presses ("used threats to win Turkish support").
     */
    private static Optional<SlotHit> conditionTarget(SentenceGraph g, ArgumentExtractor args, int trigger, Set<Integer> exclude,
                                                     Set<String> blocked) {
        List<Integer> clauses = new ArrayList<>(List.of(trigger));
        if (g.token(trigger).isNoun() && args.lightGovernor(trigger) >= 0) {
            clauses.add(args.lightGovernor(trigger)); // "used threats ... to win Ankara's cooperation"
        }
        for (int depth = 0, from = 0; depth < 2; depth++) {
            int to = clauses.size();
            for (int k = from; k < to; k++) {
                clauses.addAll(g.children(clauses.get(k), "xcomp"));
                clauses.addAll(g.children(clauses.get(k), "ccomp"));
            }
            from = to;
        }
        for (int c : clauses) {
            for (String mark : List.of("advcl:unless", "advcl:if")) {
                for (int condition : g.children(c, mark)) {
                    Optional<SlotHit> who = args.first(condition, List.of("nsubj", "obl:agent"), false, exclude, blocked);
                    if (who.isPresent()) {
                        return Optional.of(new SlotHit(mark, g.token(c).text() + " -" + mark + "-> " + who.get().path(), who.get().mentions()));
                    }
                }
            }
        }
        for (int c : clauses) {
            // the purpose of a threat names whom it presses: "to win Turkish support", "to force Iran to stop"
            for (int purpose : g.children(c, "advcl:to")) {
                Optional<SlotHit> whom = args.first(purpose, List.of("obj/amod", "obj/nmod:poss", "obj", "iobj"), false, exclude, blocked);
                if (whom.isPresent()) {
                    return Optional.of(new SlotHit("advcl:to", g.token(c).text() + " -advcl:to-> " + whom.get().path(), whom.get().mentions()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * An explicitly negated act of cooperation is, as written, a refusal: "would not meet the demands",
     * "did not attend the summit" are REJECT (CAMEO 12x), which replaces the negated event. Not when the negation
     * comes from a refusal verb that is itself coded ("refused to attend").
     */
    private Optional<CodedEvent> refusalOf(SentenceGraph g, ArgumentExtractor args, CodedEvent e) {
        int t = e.triggerToken();
        Optional<CodedEvent> denied = permissionDenied(g, args, e);
        if (denied.isPresent()) {
            return denied;
        }
        boolean acceptedNoun = g.token(t).isNoun() && g.governor(t) >= 0 && g.governorRelation(t).equals("obj")
                && ACCEPTING_VERBS.contains(g.lemma(g.governor(t)));
        if (e.modality() != Modality.NEGATED || !REFUSAL_CODES.containsKey(e.type()) || e.source().isEmpty()
                || !(g.token(t).isVerb() || TriggerKind.ADJECTIVE.accepts(g.token(t).pos()) || acceptedNoun)) {
            // a verb or a predicate adjective: "is not ready to accept" refuses as "would not accept" does; a noun only
            // as what is not accepted: "would not accept a ceasefire"
            return Optional.empty();
        }
        for (var d : g.parents(acceptedNoun ? g.governor(t) : t)) {
            if (d.relation().equals("xcomp") && REFUSING_VERBS.contains(g.lemma(d.governor()))) {
                return Optional.empty();
            }
        }
        return Optional.of(reading(e, PloverType.REJECT, ontology.cameo(REFUSAL_CODES.get(e.type())), Modality.ASSERTED, "+refusal"));
    }

    /** Verbs of letting: negated, they refuse the one who is not let ("will not allow Sweden to join NATO"). */
    private static final Set<String> PERMITTING_VERBS = Set.of("allow", "permit", "let", "authorize", "authorise");

    /**
     * "Turkey will not allow Sweden to join NATO": the joining is not Sweden's refusal but Turkey's refusal of Sweden.
     * The refusal's source is who does not allow, its target who is not allowed (or, without one, the act's target).
     */
    private Optional<CodedEvent> permissionDenied(SentenceGraph g, ArgumentExtractor args, CodedEvent e) {
        int t = e.triggerToken();
        if (e.modality() != Modality.NEGATED || !REFUSAL_CODES.containsKey(e.type())) {
            return Optional.empty();
        }
        for (var d : g.parents(t)) {
            int allow = d.governor();
            if (!d.relation().equals("xcomp") || !PERMITTING_VERBS.contains(g.lemma(allow))
                    || g.children(allow, "advmod").stream().map(g::lemma).noneMatch(w -> w.equals("not") || w.equals("n't") || w.equals("never"))) {
                continue;
            }
            List<EventActor> who = new ArrayList<>();
            for (int subj : g.children(allow, "nsubj")) {
                args.mentionsAt(subj, false).forEach(m -> who.add(EventActor.of(m)));
            }
            List<EventActor> whom = new ArrayList<>();
            for (int obj : g.children(allow, "obj")) {
                args.mentionsAt(obj, false).forEach(m -> whom.add(EventActor.of(m)));
            }
            if (who.isEmpty()) {
                return Optional.empty();
            }
            if (whom.isEmpty()) {
                whom.addAll(e.target());
            }
            String path = g.token(allow).text() + " (negated) -xcomp-> " + g.token(t).text() + "; the one not allowed is the target";
            return Optional.of(reading(e, who, whom, path, PloverType.REJECT, ontology.cameo(REFUSAL_CODES.get(e.type())),
                    Modality.ASSERTED, "+refusal"));
        }
        return Optional.empty();
    }

    /**
     * A second reading of {@code e}: the same trigger, actors and evidence under another type and CAMEO code, its rule id
     * that of {@code e} with {@code suffix} ("+concession", "+intent"), so that it can be told apart and filtered.
     */
    private CodedEvent reading(CodedEvent e, PloverType type, CameoCode cameo, Modality modality, String suffix) {
        return reading(e, e.source(), e.target(), e.provenance().dependencyPath(), type, cameo, modality, suffix);
    }

    /** ... with other actors, found along {@code path} ("will not allow Cyprus to join": Turkey refuses Cyprus). */
    private CodedEvent reading(CodedEvent e, List<EventActor> source, List<EventActor> target, String path, PloverType type,
                               CameoCode cameo, Modality modality, String suffix) {
        Provenance p = e.provenance();
        return new CodedEvent(e.sentenceIndex(), e.trigger(), e.triggerText(), e.triggerToken(), source, target, type,
                ontology.ploverModeOf(cameo).orElse(null), e.contexts(), cameo, e.quantities(), modality, e.confidence(),
                new Provenance(p.rule() + suffix, path, p.entries(), p.dictionaries(), p.version()));
    }

    /** {@code e} with targets found after it was built, and the dependency path saying where they came from. */
    private static CodedEvent withTarget(CodedEvent e, List<EventActor> target, String path) {
        Provenance p = e.provenance();
        return new CodedEvent(e.sentenceIndex(), e.trigger(), e.triggerText(), e.triggerToken(), e.source(), target, e.type(),
                e.mode(), e.contexts(), e.cameo(), e.quantities(), e.modality(), e.confidence(),
                new Provenance(p.rule(), path, p.entries(), p.dictionaries(), p.version()));
    }

    /**
     * A noun rule with no required word and no governing verb: the noun alone ("support", "talks",
     * "criticism") names a topic as often as an act, so it needs an actor on both sides.
     */
    static boolean weakNominal(Rule r) {
        return r.kind() == TriggerKind.NOUN && DYADIC_TYPES.contains(r.type()) && r.requires().isEmpty() && r.governors().isEmpty()
                && r.particle() == null;
    }

    /**
     * Whether the mentions are distinct actors: "talks between the Yemeni government and Houthi rebels" are between two
     * sides of one country, while "Pakistani officials and Pakistan" name one side twice.
     */
    private static boolean distinctActors(List<ActorMention> ms) {
        Set<String> c = new HashSet<>();
        for (ActorMention m : ms) {
            c.add(m.code().value());
        }
        return c.size() == ms.size() && !(c.size() == 2 && sameCountryOneBare(ms));
    }

    /** Two mentions of one country, one of them the bare country ("PAK" and "PAKGOV"): the same side named twice. */
    private static boolean sameCountryOneBare(List<ActorMention> ms) {
        ActorMention a = ms.get(0);
        ActorMention b = ms.get(1);
        return a.code().countryPart().equals(b.code().countryPart())
                && (a.code().sectorPart().isEmpty() || b.code().sectorPart().isEmpty());
    }

    private static double basisFactor(List<ActorMention> ms) {
        double f = 0;
        for (ActorMention m : ms) {
            f = Math.max(f, basisFactor(m));
        }
        return ms.isEmpty() ? 0.8 : f;
    }

    static double basisFactor(ActorMention m) {
        double f = switch (m.basis()) {
            case DICTIONARY -> 1.0;
            case AGENT, PERSON_TENURE -> 0.95;
            case COMPOUND, DEMONYM -> 0.9;
            case METONYM -> 0.85;
            case COREFERENCE -> 0.75;
        };
        return m.locative() ? f * 0.85 : f;
    }

    private static double modalityFactor(Modality m) {
        return switch (m) {
            case ASSERTED -> 1.0;
            case REPORTED -> 0.92;
            case HABITUAL -> 0.88;
            default -> 0.8;
        };
    }
}
