package org.chancery.coding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.chancery.ontology.CameoCode;
import org.chancery.ontology.Ontology;
import org.chancery.ontology.PloverType;

/**
 * The loaded, validated coding rules, indexed by trigger lemma, with the version and sha256 hash of
 * the files they came from. Immutable.
 *
 * <p>Rule file format (YAML, one file per PLOVER type):
 * <pre>
 * version: 0.1.0
 * type: ACCUSE                  # default type of the file's rules
 * rules:
 *   - id: accuse.accuse         # stable, unique across files
 *     cameo: "112"              # must exist in the ontology
 *     verbs: [accuse, blame]    # or nouns: [...], or adjectives: [critical] (predicate: "X was critical of Y")
 *     particle: on              # optional: "call on"
 *     object: [embargo]         # optional shorthand for requires: [{rel: obj, lemmas: [...]}]
 *     requires: [{rel: "obl:on", lemmas: [list]}]
 *     governors: [hold]         # noun triggers: required governing lemma
 *     notGovernors: [lift]      # noun triggers: blocking governing lemma
 *     notModifiers: [frozen]    # modifiers (or a verb's object) that block it ("the frozen aid" is not aid)
 *     source: [nsubj, obl:agent]   # slot specs, see ArgumentExtractor (defaults by trigger kind)
 *     target: [obj, nsubj:pass]
 *     sourceOptional: false      # keep events with a target only
 *     targetRequired: false      # drop events without a target
 *     allowSelf: false
 *     targetActors: [REB, INS]   # keep only events with such a target (code or sector)
 *     symmetric: false           # "X and Y signed" / "talks between X and Y": X source, Y target
 *     mode: null
 *     contexts: [diplomatic]
 *     weight: 0.9
 *     examples:
 *       positive: [{text: "...", source: KEN, target: UGA}]
 *       negative: ["..."]
 * </pre>
 */
public final class RuleBook {
    /** Rule files on the classpath, one per PLOVER type plus STATEMENT. */
    public static final List<String> DEFAULT_FILES = List.of(
            "agree", "consult", "support", "concede", "cooperate", "aid", "retreat", "request",
            "accuse", "reject", "threaten", "protest", "sanction", "mobilize", "coerce", "assault", "statement");

    static final List<String> VERB_SOURCE = List.of("nsubj", "obl:agent");
    static final List<String> VERB_TARGET = List.of("obj", "nsubj:pass", "iobj", "obl:to", "obl:with", "obl:against",
            "obl:on", "obl:over", "obl:for", "obl:in");
    static final List<String> NOUN_SOURCE = List.of("nmod:poss", "amod", "compound", "nmod:by", "gov.nsubj", "gov.obl:agent");
    /** Types whose nouns take "from" for where or whom the act moves away: "withdrawal from", "release from", "ban from". */
    private static final Set<PloverType> FROM_IS_NOT_SOURCE = Set.of(PloverType.RETREAT, PloverType.CONCEDE, PloverType.COERCE);

    /**
     * The default source slots of a noun rule: also "from" ("threats from the government", "criticism from Washington",
     * "a visit from the Chinese premier") before the governing verb's subject, which is often the addressee ("cited
     * threats from"), unless the type's "from" is not the doer or the rule takes its target from there.
     */
    static List<String> nounSource(PloverType type, List<String> target) {
        if (FROM_IS_NOT_SOURCE.contains(type) || target.contains("nmod:from") || target.contains("gov.obl:from")) {
            return NOUN_SOURCE;
        }
        List<String> out = new ArrayList<>(NOUN_SOURCE);
        out.add(out.indexOf("nmod:by") + 1, "nmod:from");
        return List.copyOf(out);
    }
    static final List<String> NOUN_TARGET = List.of("nmod:to", "nmod:on", "nmod:against", "nmod:with", "nmod:of",
            "nmod:for", "nmod:over", "nmod:in", "gov.obl:to", "gov.obl:on", "gov.obl:with", "gov.obl:against", "gov.iobj",
            "gov.obl:in");

    /** Types whose events between coordinated parties read as one party acting toward the other. */
    static final Set<PloverType> SYMMETRIC_TYPES = Set.of(PloverType.AGREE, PloverType.CONSULT, PloverType.COOPERATE);

    private static final Set<String> KNOWN_KEYS = Set.of("id", "cameo", "type", "verbs", "nouns", "adjectives", "particle", "object",
            "requires", "governors", "notGovernors", "notModifiers", "notRelations", "source", "target", "sourceOptional", "targetRequired", "allowSelf", "symmetric", "targetActors", "mode",
            "contexts", "weight", "examples");

    private final List<Rule> rules;
    private final Map<String, List<Rule>> byLemma;
    private final String version;
    private final String hash;

    private RuleBook(List<Rule> rules, String version, String hash) {
        this.rules = List.copyOf(rules);
        Map<String, List<Rule>> index = new HashMap<>();
        for (Rule r : rules) {
            for (String lemma : r.lemmas()) {
                index.computeIfAbsent(lemma, k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, List<Rule>> frozen = new HashMap<>();
        index.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byLemma = Collections.unmodifiableMap(frozen);
        this.version = version;
        this.hash = hash;
    }

    /** Loads the default rule files from the classpath and validates them against the ontology. */
    public static RuleBook fromClasspath(Ontology ontology) {
        Map<String, String> texts = new TreeMap<>();
        for (String name : DEFAULT_FILES) {
            String resource = "rules/" + name + ".yaml";
            try (InputStream in = RuleBook.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new RuleBookException("rule file " + resource + " is missing from the classpath (package org.chancery.coding)");
                }
                texts.put(name + ".yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new RuleBookException("cannot read rule file " + resource + ": " + e.getMessage(), e);
            }
        }
        return fromTexts(texts, ontology);
    }

    /** Parses and validates rule files given as file name → YAML text. */
    public static RuleBook fromTexts(Map<String, String> files, Ontology ontology) {
        Objects.requireNonNull(ontology, "ontology");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Rule> all = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> versions = new LinkedHashSet<>();
        MessageDigest digest = sha256();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            String name = file.getKey();
            String text = file.getValue();
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            JsonNode root;
            try {
                root = yaml.readTree(text);
            } catch (IOException e) {
                throw new RuleBookException(name + ": not valid YAML: " + e.getMessage(), e);
            }
            if (root == null || !root.isObject()) {
                throw new RuleBookException(name + ":1: a rule file must be a mapping with version, type and rules");
            }
            String version = root.path("version").asText("");
            if (version.isBlank()) {
                throw new RuleBookException(name + ":1: missing 'version'");
            }
            versions.add(version);
            PloverType fileType = root.hasNonNull("type") ? parseType(root.get("type").asText(), name, 1) : null;
            JsonNode rules = root.path("rules");
            if (!rules.isArray()) {
                throw new RuleBookException(name + ":1: missing 'rules' list");
            }
            String[] lines = text.split("\n", -1);
            for (JsonNode node : rules) {
                Rule rule = parseRule(node, name, lines, fileType, ontology);
                if (!ids.add(rule.id())) {
                    throw new RuleBookException(rule.location() + ": duplicate rule id '" + rule.id() + "'");
                }
                all.add(rule);
            }
        }
        String hash = "sha256:" + java.util.HexFormat.of().formatHex(digest.digest());
        return new RuleBook(all, String.join("+", versions), hash);
    }

    private static Rule parseRule(JsonNode node, String file, String[] lines, PloverType fileType, Ontology ontology) {
        String id = node.path("id").asText("");
        int line = lineOf(lines, id);
        String where = file + ":" + line;
        if (id.isBlank()) {
            throw new RuleBookException(where + ": rule without 'id': " + preview(node));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KNOWN_KEYS.contains(key)) {
                throw new RuleBookException(where + ": rule " + id + " has unknown key '" + key + "'; known: " + new java.util.TreeSet<>(KNOWN_KEYS));
            }
        }
        String flag = booleanInList(node);
        if (flag != null) {
            // YAML reads a bare on/off/yes/no as a boolean: "lemmas: [on]" would silently require the word "true"
            throw new RuleBookException(where + ": rule " + id + " lists " + flag + ", which YAML read as a boolean; quote it (\"on\")");
        }
        Set<String> verbs = lowerSet(node.path("verbs"));
        Set<String> nouns = lowerSet(node.path("nouns"));
        Set<String> adjectives = lowerSet(node.path("adjectives"));
        if ((verbs.isEmpty() ? 0 : 1) + (nouns.isEmpty() ? 0 : 1) + (adjectives.isEmpty() ? 0 : 1) != 1) {
            throw new RuleBookException(where + ": rule " + id + " must have exactly one of 'verbs', 'nouns' or 'adjectives'");
        }
        TriggerKind kind = !verbs.isEmpty() ? TriggerKind.VERB : !nouns.isEmpty() ? TriggerKind.NOUN : TriggerKind.ADJECTIVE;
        if (kind != TriggerKind.NOUN && (node.has("governors") || node.has("notGovernors"))) {
            // only noun triggers are checked against their governing word; on a verb the key would silently do nothing
            throw new RuleBookException(where + ": rule " + id + " has 'governors'/'notGovernors', which apply to noun triggers only;"
                    + " use 'notModifiers' or 'requires' for a verb or adjective");
        }
        PloverType type = node.hasNonNull("type") ? parseType(node.get("type").asText(), file, line) : fileType;
        if (type == null) {
            throw new RuleBookException(where + ": rule " + id + " has no type and the file declares none");
        }
        String cameoText = node.path("cameo").asText("");
        CameoCode cameo = ontology.findCameo(cameoText).orElseThrow(() -> new RuleBookException(
                where + ": rule " + id + " names unknown CAMEO code '" + cameoText + "'"));
        List<ArgumentRequirement> requires = new ArrayList<>();
        if (node.has("object")) {
            requires.add(new ArgumentRequirement("obj", lowerSet(node.get("object"))));
        }
        for (JsonNode req : node.path("requires")) {
            String rel = req.path("rel").asText("");
            Set<String> lemmas = lowerSet(req.path("lemmas"));
            if (rel.isBlank() || lemmas.isEmpty()) {
                throw new RuleBookException(where + ": rule " + id + " has a requirement without rel or lemmas: " + preview(req));
            }
            requires.add(new ArgumentRequirement(rel, lemmas));
        }
        List<String> target = node.has("target") ? list(node.get("target")) : (kind.predicate() ? VERB_TARGET : NOUN_TARGET);
        List<String> source = node.has("source") ? list(node.get("source"))
                : kind.predicate() ? VERB_SOURCE : nounSource(type, target);
        target = derivedTargets(kind, target, node.has("object") || !node.path("requires").isEmpty());
        for (String spec : concat(source, target)) {
            ArgumentExtractor.checkSpec(spec, where + ": rule " + id);
        }
        List<String> contexts = list(node.path("contexts"));
        Set<String> known = ontology.contexts();
        for (String c : contexts) {
            if (!known.isEmpty() && !known.contains(c)) {
                throw new RuleBookException(where + ": rule " + id + " names unknown PLOVER context '" + c + "'");
            }
        }
        String mode = node.hasNonNull("mode") ? node.get("mode").asText() : null;
        double weight = node.path("weight").asDouble(0.9);
        List<RuleExample> examples = new ArrayList<>();
        JsonNode ex = node.path("examples");
        for (JsonNode p : ex.path("positive")) {
            if (p.isTextual()) {
                examples.add(new RuleExample(p.asText(), true, List.of(), List.of()));
            } else {
                examples.add(new RuleExample(p.path("text").asText(""), true, list(p.path("source")), list(p.path("target"))));
            }
        }
        for (JsonNode n : ex.path("negative")) {
            examples.add(new RuleExample(n.isTextual() ? n.asText() : n.path("text").asText(""), false, List.of(), List.of()));
        }
        if (node.hasNonNull("particle") && !node.get("particle").isTextual()) {
            // YAML reads a bare on/off/yes/no as a boolean: "particle: off" would silently require the word "false"
            throw new RuleBookException(where + ": rule " + id + " has particle " + node.get("particle")
                    + ", which YAML read as a " + node.get("particle").getNodeType().name().toLowerCase(Locale.ROOT)
                    + "; quote it (particle: \"off\")");
        }
        try {
            return new Rule(id, file, line, kind, kind == TriggerKind.VERB ? verbs : kind == TriggerKind.NOUN ? nouns : adjectives,
                    node.hasNonNull("particle") ? node.get("particle").asText().toLowerCase(Locale.ROOT) : null,
                    requires, lowerSet(node.path("governors")), lowerSet(node.path("notGovernors")), lowerSet(node.path("notModifiers")),
                    lowerSet(node.path("notRelations")),
                    source, target,
                    node.path("sourceOptional").asBoolean(false), node.path("targetRequired").asBoolean(false),
                    node.path("allowSelf").asBoolean(false),
                    node.path("symmetric").asBoolean(SYMMETRIC_TYPES.contains(type)),
                    new java.util.LinkedHashSet<>(list(node.path("targetActors"))),
                    type, cameo, mode, contexts, weight, examples);
        } catch (IllegalArgumentException e) {
            throw new RuleBookException(where + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds the attachments the parser confuses: a noun trigger's {@code gov.obl:X} is also tried as
     * {@code nmod:X} on the noun and the other way round ("raised concerns with Nepal" attaches "with"
     * to either); a verb with a required object also tries {@code obj/nmod:X} for each {@code obl:X}.
     */
    static List<String> derivedTargets(TriggerKind kind, List<String> target, boolean hasRequirement) {
        List<String> out = new ArrayList<>(target);
        for (String spec : target) {
            String extra = null;
            if (kind == TriggerKind.NOUN && spec.startsWith("gov.obl:") && !spec.substring(8).contains("/")) {
                extra = "nmod:" + spec.substring(8);
            } else if (kind == TriggerKind.NOUN && spec.startsWith("nmod:") && !spec.contains("/") && !spec.equals("nmod:poss")
                    && !spec.equals("nmod:of")) {
                extra = "gov.obl:" + spec.substring(5);
            } else if (kind.predicate() && hasRequirement && spec.startsWith("obl:") && !spec.contains("/")) {
                extra = "obj/nmod:" + spec.substring(4);
            }
            if (extra != null && !out.contains(extra)) {
                out.add(extra);
            }
        }
        return out;
    }

    private static PloverType parseType(String text, String file, int line) {
        try {
            return PloverType.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RuleBookException(file + ":" + line + ": " + e.getMessage(), e);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static int lineOf(String[] lines, String id) {
        if (!id.isBlank()) {
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].trim();
                if ((l.startsWith("- id:") || l.startsWith("id:")) && l.endsWith(id)
                        && l.substring(l.indexOf(':') + 1).trim().replace("\"", "").equals(id)) {
                    return i + 1;
                }
            }
        }
        return 1;
    }

    /** The first boolean inside a list anywhere in the rule ("lemmas: [on]"), as written, or null. */
    private static String booleanInList(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode n : node) {
                if (n.isBoolean()) {
                    return n.asText();
                }
            }
        }
        for (JsonNode n : node) {
            String inner = n.isContainerNode() ? booleanInList(n) : null;
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

        private static String preview(JsonNode node) {
        String s = node.toString();
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    private static List<String> list(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                out.add(n.asText());
            }
        } else {
            out.add(node.asText());
        }
        return out;
    }

    private static Set<String> lowerSet(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : list(node)) {
            out.add(s.toLowerCase(Locale.ROOT).trim());
        }
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Rules whose trigger lemma is {@code lemma} (lower case), or an empty list. */
    public List<Rule> rulesFor(String lemma) {
        return byLemma.getOrDefault(lemma, List.of());
    }

    public Set<String> triggerLemmas() {
        return byLemma.keySet();
    }

    public String version() {
        return version;
    }

    /** {@code sha256:…} over the file names and contents. */
    public String hash() {
        return hash;
    }

    public int size() {
        return rules.size();
    }
}
