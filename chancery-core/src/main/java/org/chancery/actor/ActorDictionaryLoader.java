package org.chancery.actor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and validates the actor dictionary files and builds an {@link ActorDictionary}.
 *
 * <p>Layout of a dictionary directory: {@code countries.yaml}, {@code organizations.yaml},
 * {@code groups.yaml}, {@code agents.yaml} and any number of {@code persons/*.yaml}. Every file
 * starts with {@code version:}. Faults are collected (not just the first) and reported as
 * {@code file:line: message}; {@link #load} throws when there is any, {@link #validate} returns them.
 */
public final class ActorDictionaryLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ActorDictionaryLoader.class);

    /** Classpath folder of the default dictionaries. */
    public static final String CLASSPATH_ROOT = "org/chancery/actor/";
    static final List<String> ROOT_FILES = List.of("agents.yaml", "countries.yaml", "organizations.yaml", "groups.yaml");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern PERSON_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ActorDictionaryLoader() {
    }

    /** Builds the dictionary from file contents keyed by relative name ("countries.yaml", "persons/pak.yaml"). */
    public static ActorDictionary load(Map<String, String> files) {
        Compilation c = new Compilation();
        ActorDictionary d = c.compile(files);
        if (!c.problems.isEmpty()) {
            throw new DictionaryException(new ArrayList<>(c.problems));
        }
        LOG.debug("actor dictionary loaded: {} entries, {} forms, {}", d.entries().size(), d.formCount(), d.hash());
        return d;
    }

    /** Every problem in the files, in file and line order; empty when they load. */
    public static List<DictionaryProblem> validate(Map<String, String> files) {
        Compilation c = new Compilation();
        c.compile(files);
        List<DictionaryProblem> out = new ArrayList<>(c.problems);
        out.sort(Comparator.comparing(DictionaryProblem::file).thenComparingInt(DictionaryProblem::line));
        return out;
    }

    public static ActorDictionary fromDirectory(Path dir) {
        return load(readDirectory(dir));
    }

    public static ActorDictionary fromClasspath() {
        return load(readClasspath());
    }

    /** Reads the dictionary files of a directory (root files and {@code persons/*.yaml}), by relative name. */
    public static Map<String, String> readDirectory(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new DictionaryException(List.of(new DictionaryProblem(dir.toString(), 0, "not a directory", "")));
        }
        Map<String, String> files = new TreeMap<>();
        List<DictionaryProblem> problems = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"))) {
                    readInto(files, problems, n, p);
                }
            }
        } catch (IOException e) {
            throw new DictionaryException(List.of(new DictionaryProblem(dir.toString(), 0, "cannot list: " + e.getMessage(), "")), e);
        }
        Path persons = dir.resolve("persons");
        if (Files.isDirectory(persons)) {
            try (Stream<Path> s = Files.list(persons)) {
                for (Path p : s.sorted().toList()) {
                    String n = p.getFileName().toString();
                    if (Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"))) {
                        readInto(files, problems, "persons/" + n, p);
                    }
                }
            } catch (IOException e) {
                throw new DictionaryException(List.of(new DictionaryProblem(persons.toString(), 0, "cannot list: " + e.getMessage(), "")), e);
            }
        }
        if (!problems.isEmpty()) {
            throw new DictionaryException(problems);
        }
        return files;
    }

    private static void readInto(Map<String, String> files, List<DictionaryProblem> problems, String name, Path p) {
        try {
            byte[] bytes = Files.readAllBytes(p);
            files.put(name, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            problems.add(new DictionaryProblem(name, 0, "not valid UTF-8", ""));
        } catch (IOException e) {
            problems.add(new DictionaryProblem(name, 0, "cannot read: " + e.getMessage(), ""));
        }
    }

    /** Reads the default dictionaries from the classpath, including every file of {@code persons/}. */
    public static Map<String, String> readClasspath() {
        ClassLoader cl = ActorDictionaryLoader.class.getClassLoader();
        Map<String, String> files = new TreeMap<>();
        for (String n : ROOT_FILES) {
            files.put(n, readResource(cl, CLASSPATH_ROOT + n));
        }
        URL personsUrl = cl.getResource(CLASSPATH_ROOT + "persons");
        if (personsUrl != null) {
            try {
                URI uri = personsUrl.toURI();
                if ("jar".equals(uri.getScheme())) {
                    try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                        listPersons(fs.getPath("/" + CLASSPATH_ROOT + "persons"), files);
                    }
                } else {
                    listPersons(Path.of(uri), files);
                }
            } catch (IOException | URISyntaxException e) {
                throw new DictionaryException(List.of(new DictionaryProblem(CLASSPATH_ROOT + "persons", 0,
                        "cannot list person files: " + e.getMessage(), "")), e);
            }
        }
        return files;
    }

    private static void listPersons(Path dir, Map<String, String> files) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted(Comparator.comparing(Path::toString)).toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".yaml") || n.endsWith(".yml")) {
                    files.put("persons/" + n, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static String readResource(ClassLoader cl, String name) {
        try (InputStream in = cl.getResourceAsStream(name)) {
            if (in == null) {
                throw new DictionaryException(List.of(new DictionaryProblem(name, 0, "missing from the classpath", "")));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DictionaryException(List.of(new DictionaryProblem(name, 0, "cannot read: " + e.getMessage(), "")), e);
        }
    }

    static String hash(Map<String, String> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** One pass over all files, collecting problems and building the indexes. */
    private static final class Compilation {
        /** In insertion order; a fault seen by two checks is reported once. */
        final Set<DictionaryProblem> problems = new LinkedHashSet<>();
        final Map<String, ActorEntry> entries = new LinkedHashMap<>();
        final List<SurfaceForm> forms = new ArrayList<>();
        final List<AgentNoun> agents = new ArrayList<>();
        final Set<String> sectors = new LinkedHashSet<>();
        final Set<String> countryCodes = new HashSet<>();
        final Set<String> baseCodes = new HashSet<>();
        final Map<String, String> versions = new TreeMap<>();
        final Map<String, Set<String>> lexicon = new HashMap<>();
        final Map<String, Set<String>> preferred = new HashMap<>();

        ActorDictionary compile(Map<String, String> files) {
            Map<String, YamlSource> sources = new TreeMap<>();
            for (Map.Entry<String, String> f : files.entrySet()) {
                String name = f.getKey();
                boolean known = ROOT_FILES.contains(name) || (name.startsWith("persons/") && (name.endsWith(".yaml") || name.endsWith(".yml")));
                if (!known) {
                    problems.add(new DictionaryProblem(name, 0, "unknown dictionary file; expected one of " + ROOT_FILES + " or persons/*.yaml", ""));
                    continue;
                }
                try {
                    YamlSource src = YamlSource.parse(name, f.getValue());
                    if (src.root() instanceof YamlNode.Mapping m) {
                        sources.put(name, src);
                        checkVersion(src, m);
                    } else {
                        problems.add(src.problem(src.root().line(), "top level must be a mapping with 'version:'"));
                    }
                } catch (DictionaryException e) {
                    problems.addAll(e.problems());
                }
            }
            for (String n : ROOT_FILES) {
                if (!files.containsKey(n)) {
                    problems.add(new DictionaryProblem(n, 0, "required dictionary file is missing", ""));
                }
            }
            // order matters: sectors before codes are checked, states before everything that refers to them
            run(sources.get("agents.yaml"), this::agentsFile);
            run(sources.get("countries.yaml"), this::countriesFile);
            run(sources.get("organizations.yaml"), this::organizationsFile);
            run(sources.get("groups.yaml"), this::groupsFile);
            sources.forEach((n, s) -> {
                if (n.startsWith("persons/")) {
                    run(s, this::personsFile);
                }
            });
            checkAmbiguity();
            return new ActorDictionary(entries, index(forms), indexAgents(agents), sectors, countryCodes,
                    new ActorDictionary.Lexicon(lex("locative-prepositions"), lex("motion"), lex("governing"),
                            lex("honorifics"), lex("name-heads"), lex("former")),
                    versions, hash(files));
        }

        private Set<String> lex(String key) {
            return lexicon.getOrDefault(key, Set.of());
        }

        private interface FileReader {
            void read(YamlSource src, YamlNode.Mapping root);
        }

        private void run(YamlSource src, FileReader r) {
            if (src != null && src.root() instanceof YamlNode.Mapping m) {
                r.read(src, m);
            }
        }

        private void checkVersion(YamlSource src, YamlNode.Mapping m) {
            YamlNode v = m.get("version");
            if (v == null) {
                problems.add(src.problem(1, "missing 'version:'"));
            } else if (!(v instanceof YamlNode.Scalar s) || s.value() == null || s.value().isBlank()) {
                problems.add(src.problem(v.line(), "'version' must be a non-empty scalar"));
            } else {
                versions.put(src.file(), s.value());
            }
        }

        // ---- agents.yaml -------------------------------------------------------------------

        private static final Set<String> AGENT_FILE_KEYS = Set.of("version", "sectors", "agents", "locative-prepositions",
                "motion", "governing", "honorifics", "name-heads", "former");
        private static final Set<String> AGENT_KEYS = Set.of("sector", "nouns", "titles", "bare", "presence");

        private void agentsFile(YamlSource src, YamlNode.Mapping root) {
            unknownKeys(src, root, AGENT_FILE_KEYS);
            for (String s : strings(src, root, "sectors", true)) {
                if (!s.matches("[A-Z]{3}")) {
                    problems.add(src.problem(root.lineOf("sectors"), "sector '" + s + "' must be three capital letters"));
                }
                sectors.add(s);
            }
            for (String key : List.of("locative-prepositions", "motion", "governing", "honorifics", "name-heads", "former")) {
                Set<String> words = new HashSet<>();
                for (String w : strings(src, root, key, false)) {
                    words.add(Surface.key(w));
                }
                lexicon.put(key, words);
            }
            Map<String, Integer> firstLine = new HashMap<>();
            for (YamlNode.Mapping a : mappings(src, root, "agents")) {
                unknownKeys(src, a, AGENT_KEYS);
                String sector = string(src, a, "sector", true);
                if (sector != null && !sectors.contains(sector)) {
                    problems.add(src.problem(a.lineOf("sector"), "unknown sector '" + sector + "'; declare it under 'sectors:'"));
                }
                // keyed as the nouns are, piece by piece ("governor's office" is governor + 's + office)
                Set<String> bare = keysOf(strings(src, a, "bare", false));
                Set<String> presence = keysOf(strings(src, a, "presence", false));
                for (String field : List.of("nouns", "titles")) {
                    boolean title = field.equals("titles");
                    YamlNode list = a.get(field);
                    for (YamlNode item : list instanceof YamlNode.Sequence s ? s.items() : List.<YamlNode>of()) {
                        String noun = scalarText(src, item);
                        if (noun == null || sector == null) {
                            continue;
                        }
                        List<String> keys = Surface.keys(Surface.pieces(noun));
                        String joined = String.join(" ", keys);
                        if (keys.isEmpty()) {
                            problems.add(src.problem(item.line(), "empty agent noun"));
                            continue;
                        }
                        Integer prev = firstLine.putIfAbsent(joined, item.line());
                        if (prev != null) {
                            problems.add(src.problem(item.line(), "agent noun '" + noun + "' is listed twice (first on line " + prev + ")"));
                            continue;
                        }
                        agents.add(new AgentNoun(noun, keys, sector, title, bare.contains(joined), presence.contains(joined),
                                src.file(), item.line()));
                    }
                }
                for (String b : bare) {
                    if (!firstLine.containsKey(b)) {
                        problems.add(src.problem(a.lineOf("bare"), "'bare' names '" + b + "', which is not a noun of this sector"));
                    }
                }
                for (String b : presence) {
                    if (!firstLine.containsKey(b)) {
                        problems.add(src.problem(a.lineOf("presence"), "'presence' names '" + b + "', which is not a noun of this sector"));
                    }
                }
            }
        }

        // ---- countries.yaml ----------------------------------------------------------------

        private static final Set<String> COUNTRY_KEYS = Set.of("code", "name", "official", "aliases", "adjectives",
                "demonyms", "combining", "capitals", "cities", "seats", "from", "to", "prefer", "note");

        private void countriesFile(YamlSource src, YamlNode.Mapping root) {
            unknownKeys(src, root, Set.of("version", "countries"));
            List<YamlNode.Mapping> list = mappings(src, root, "countries");
            for (YamlNode.Mapping c : list) {
                String code = string(src, c, "code", true);
                if (code == null) {
                    continue;
                }
                if (!COUNTRY_CODE.matcher(code).matches()) {
                    problems.add(src.problem(c.lineOf("code"), "country code '" + code + "' must be three capital letters"));
                    continue;
                }
                if (!countryCodes.add(code)) {
                    problems.add(src.problem(c.lineOf("code"), "country code '" + code + "' is defined twice"));
                    continue;
                }
                baseCodes.add(code);
            }
            for (YamlNode.Mapping c : list) {
                unknownKeys(src, c, COUNTRY_KEYS);
                String code = string(src, c, "code", true);
                String name = string(src, c, "name", true);
                if (code == null || name == null || !COUNTRY_CODE.matcher(code).matches()) {
                    continue;
                }
                LocalDate from = date(src, c, "from");
                LocalDate to = date(src, c, "to");
                if (from != null && to != null && to.isBefore(from)) {
                    problems.add(src.problem(c.lineOf("to"), "'to' " + to + " is before 'from' " + from));
                }
                ActorEntry e = add(src, c, new ActorEntry("country:" + code, EntryKind.COUNTRY, ActorCode.of(code), name, code,
                        List.of(), true, src.file(), c.line()));
                if (e == null) {
                    continue;
                }
                Set<String> prefer = keysOf(strings(src, c, "prefer", false));
                addForm(src, name, FormKind.NAME, e, prefer, c.lineOf("name"));
                String official = string(src, c, "official", false);
                if (official != null) {
                    addForm(src, official, FormKind.NAME, e, prefer, c.lineOf("official"));
                }
                formsOf(src, c, "aliases", FormKind.NAME, e, prefer);
                formsOf(src, c, "adjectives", FormKind.ADJECTIVE, e, prefer);
                formsOf(src, c, "demonyms", FormKind.DEMONYM, e, prefer);
                formsOf(src, c, "combining", FormKind.COMBINING, e, prefer);
                // a capital stands for the government ("Islamabad rejected"); other cities only ever name a place in the
                // country ("killed two people in Lahore"), never an actor
                placeNames(src, c, "capitals", "capital:", EntryKind.SEAT, ActorCode.of(code + "GOV"), code, FormKind.SEAT, true, prefer);
                placeNames(src, c, "cities", "city:", EntryKind.REGION, ActorCode.of(code), code, FormKind.NAME, false, prefer);
                for (YamlNode.Mapping seat : mappings(src, c, "seats")) {
                    unknownKeys(src, seat, Set.of("name", "code", "aliases"));
                    String sn = string(src, seat, "name", true);
                    ActorCode sc = code(src, seat, "code", true);
                    if (sn == null || sc == null) {
                        continue;
                    }
                    if (!sc.countryPart().equals(code)) {
                        problems.add(src.problem(seat.lineOf("code"), "seat '" + sn + "' has code " + sc + " of another country than " + code));
                    }
                    ActorEntry se = add(src, seat, new ActorEntry("seat:" + sn, EntryKind.SEAT, sc, sn, code, List.of(), true,
                            src.file(), seat.line()));
                    if (se != null) {
                        addForm(src, sn, FormKind.SEAT, se, prefer, seat.lineOf("name"));
                        formsOf(src, seat, "aliases", FormKind.SEAT, se, prefer);
                    }
                }
            }
        }

        // ---- organizations.yaml ------------------------------------------------------------

        private static final Set<String> ORG_KEYS = Set.of("code", "name", "aliases", "adjectives", "country", "id", "prefer", "note", "actor");

        private void organizationsFile(YamlSource src, YamlNode.Mapping root) {
            unknownKeys(src, root, Set.of("version", "organizations", "regions", "generics"));
            for (String g : List.of("generics", "organizations", "regions")) {
                for (YamlNode.Mapping o : mappings(src, root, g)) {
                    String code = string(src, o, "code", true);
                    if (code != null && !code.matches("[A-Z]{2,12}")) {
                        problems.add(src.problem(o.lineOf("code"), "code '" + code + "' must be 2-12 capital letters"));
                    } else if (code != null && o.get("country") == null) {
                        baseCodes.add(code);
                    }
                }
            }
            for (String g : List.of("generics", "organizations", "regions")) {
                EntryKind kind = switch (g) {
                    case "generics" -> EntryKind.GENERIC;
                    case "regions" -> EntryKind.REGION;
                    default -> EntryKind.ORGANIZATION;
                };
                for (YamlNode.Mapping o : mappings(src, root, g)) {
                    unknownKeys(src, o, ORG_KEYS);
                    String codeText = string(src, o, "code", true);
                    String name = string(src, o, "name", true);
                    if (codeText == null || name == null || !codeText.matches("[A-Z]{2,12}")) {
                        continue;
                    }
                    String country = string(src, o, "country", false);
                    if (country != null && !countryCodes.contains(country)) {
                        problems.add(src.problem(o.lineOf("country"), "unknown country '" + country + "'"));
                    }
                    ActorCode code = ActorCode.of(codeText);
                    if (country != null) {
                        checkKnown(src, o.lineOf("code"), code);
                    }
                    String actor = string(src, o, "actor", false);
                    if (actor != null && !actor.equals("place-only") && !actor.equals("yes")) {
                        problems.add(src.problem(o.lineOf("actor"), "'actor' must be 'yes' or 'place-only', got '" + actor + "'"));
                    }
                    String id = string(src, o, "id", false);
                    String prefix = kind == EntryKind.REGION ? "region:" : kind == EntryKind.GENERIC ? "generic:" : "org:";
                    ActorEntry e = add(src, o, new ActorEntry(prefix + (id != null ? id : codeText), kind, code, name, country,
                            List.of(), !"place-only".equals(actor), src.file(), o.line()));
                    if (e == null) {
                        continue;
                    }
                    Set<String> prefer = keysOf(strings(src, o, "prefer", false));
                    addForm(src, name, FormKind.NAME, e, prefer, o.lineOf("name"));
                    formsOf(src, o, "aliases", FormKind.NAME, e, prefer);
                    formsOf(src, o, "adjectives", FormKind.ADJECTIVE, e, prefer);
                }
            }
        }

        // ---- groups.yaml -------------------------------------------------------------------

        private static final Set<String> GROUP_KEYS = Set.of("id", "name", "country", "code", "aliases", "periods", "prefer", "note");

        private void groupsFile(YamlSource src, YamlNode.Mapping root) {
            unknownKeys(src, root, Set.of("version", "groups"));
            for (YamlNode.Mapping g : mappings(src, root, "groups")) {
                unknownKeys(src, g, GROUP_KEYS);
                String id = string(src, g, "id", true);
                String name = string(src, g, "name", true);
                ActorCode code = code(src, g, "code", true);
                String country = string(src, g, "country", false);
                if (country != null && !countryCodes.contains(country)) {
                    problems.add(src.problem(g.lineOf("country"), "unknown country '" + country + "'"));
                }
                if (id != null && !PERSON_ID.matcher(id).matches()) {
                    problems.add(src.problem(g.lineOf("id"), "group id '" + id + "' must be lower-case words joined by hyphens"));
                }
                List<CodePeriod> periods = periods(src, g, "periods", "status", false);
                if (id == null || name == null || code == null) {
                    continue;
                }
                ActorEntry e = add(src, g, new ActorEntry("group:" + id, EntryKind.GROUP, code, name, country, periods, true,
                        src.file(), g.line()));
                if (e != null) {
                    Set<String> prefer = keysOf(strings(src, g, "prefer", false));
                    addForm(src, name, FormKind.NAME, e, prefer, g.lineOf("name"));
                    formsOf(src, g, "aliases", FormKind.NAME, e, prefer);
                }
            }
        }

        // ---- persons/*.yaml ----------------------------------------------------------------

        private static final Set<String> PERSON_KEYS = Set.of("id", "name", "country", "aliases", "surnames", "offices", "default", "note", "prefer");

        private void personsFile(YamlSource src, YamlNode.Mapping root) {
            unknownKeys(src, root, Set.of("version", "persons"));
            for (YamlNode.Mapping p : mappings(src, root, "persons")) {
                unknownKeys(src, p, PERSON_KEYS);
                String id = string(src, p, "id", true);
                String name = string(src, p, "name", true);
                String country = string(src, p, "country", true);
                if (id != null && !PERSON_ID.matcher(id).matches()) {
                    problems.add(src.problem(p.lineOf("id"), "person id '" + id + "' must be lower-case words joined by hyphens"));
                }
                if (country != null && !countryCodes.contains(country) && !baseCodes.contains(country)) {
                    problems.add(src.problem(p.lineOf("country"), "unknown country '" + country + "'"));
                    country = null;
                }
                List<CodePeriod> offices = periods(src, p, "offices", "role", true);
                ActorCode def = code(src, p, "default", false);
                if (id == null || name == null || country == null) {
                    continue;
                }
                if (def == null) {
                    def = country.length() == 3 && countryCodes.contains(country) ? ActorCode.of(country + "ELI") : ActorCode.of(country);
                }
                ActorEntry e = add(src, p, new ActorEntry("person:" + id, EntryKind.PERSON, def, name, country, offices, true,
                        src.file(), p.line()));
                if (e == null) {
                    continue;
                }
                Set<String> prefer = keysOf(strings(src, p, "prefer", false));
                addForm(src, name, FormKind.PERSON_NAME, e, prefer, p.lineOf("name"));
                formsOf(src, p, "aliases", FormKind.PERSON_NAME, e, prefer);
                formsOf(src, p, "surnames", FormKind.SURNAME, e, prefer);
            }
        }

        private List<CodePeriod> periods(YamlSource src, YamlNode.Mapping owner, String key, String roleKey, boolean requireRole) {
            List<CodePeriod> out = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (YamlNode.Mapping o : mappings(src, owner, key)) {
                unknownKeys(src, o, Set.of(roleKey, "code", "start", "end", "note"));
                String role = string(src, o, roleKey, requireRole);
                ActorCode code = code(src, o, "code", true);
                LocalDate start = date(src, o, "start");
                LocalDate end = date(src, o, "end");
                if (!o.entries().containsKey("start")) {
                    problems.add(src.problem(o.line(), "period needs 'start' (a date, or null when unknown)"));
                }
                if (!o.entries().containsKey("end")) {
                    problems.add(src.problem(o.line(), "period needs 'end' (a date, or null while it lasts)"));
                }
                if (start != null && end != null && end.isBefore(start)) {
                    problems.add(src.problem(o.lineOf("end"), "end " + end + " is before start " + start));
                    continue;
                }
                if (code == null) {
                    continue;
                }
                CodePeriod cp = new CodePeriod(role == null ? "" : role, code, start, end);
                for (int i = 0; i < out.size(); i++) {
                    CodePeriod prev = out.get(i);
                    if (prev.role().equalsIgnoreCase(cp.role()) && prev.overlaps(cp)) {
                        problems.add(src.problem(o.line(), "tenure as '" + cp.role() + "' " + span(cp) + " overlaps the one on line "
                                + lines.get(i) + " " + span(prev)));
                    }
                }
                out.add(cp);
                lines.add(o.line());
            }
            return out;
        }

        private static String span(CodePeriod p) {
            return "(" + (p.start() == null ? "?" : p.start()) + " to " + (p.end() == null ? "now" : p.end()) + ")";
        }

        // ---- shared checks -----------------------------------------------------------------

        private ActorEntry add(YamlSource src, YamlNode at, ActorEntry e) {
            ActorEntry prev = entries.putIfAbsent(e.id(), e);
            if (prev != null) {
                problems.add(src.problem(at.line(), "entry '" + e.id() + "' is defined twice (first in " + prev.file() + ":" + prev.line() + ")"));
                return null;
            }
            if (e.kind() == EntryKind.SEAT) {
                checkKnown(src, at.line(), e.code()); // capitals get COUNTRY+GOV; GOV must be a declared sector
            }
            return e;
        }

        private void checkKnown(YamlSource src, int line, ActorCode code) {
            String v = code.value();
            boolean known = baseCodes.contains(v)
                    || (v.length() > 3 && countryCodes.contains(v.substring(0, 3)) && sectors.contains(v.substring(3)));
            if (!known) {
                problems.add(src.problem(line, "unknown code '" + v + "': not a country, organisation, region or generic, nor a country plus a declared sector"));
            }
        }

        /** Each name listed under {@code key} of a country becomes its own entry ("capital:Islamabad", "city:Lahore") with one form. */
        private void placeNames(YamlSource src, YamlNode.Mapping country, String key, String idPrefix, EntryKind kind, ActorCode code,
                                String countryCode, FormKind form, boolean actor, Set<String> prefer) {
            YamlNode n = country.get(key);
            if (n == null) {
                return;
            }
            if (!(n instanceof YamlNode.Sequence s)) {
                problems.add(src.problem(n.line(), "'" + key + "' must be a list"));
                return;
            }
            for (YamlNode item : s.items()) {
                String name = scalarText(src, item);
                if (name != null) {
                    ActorEntry e = add(src, item, new ActorEntry(idPrefix + name, kind, code, name, countryCode, List.of(), actor,
                            src.file(), item.line()));
                    if (e != null) {
                        addForm(src, name, form, e, prefer, item.line());
                    }
                }
            }
        }

        private void formsOf(YamlSource src, YamlNode.Mapping m, String key, FormKind kind, ActorEntry e, Set<String> prefer) {
            YamlNode n = m.get(key);
            if (n == null) {
                return;
            }
            if (!(n instanceof YamlNode.Sequence s)) {
                problems.add(src.problem(n.line(), "'" + key + "' must be a list"));
                return;
            }
            for (YamlNode item : s.items()) {
                String text = scalarText(src, item);
                if (text != null) {
                    addForm(src, text, kind, e, prefer, item.line());
                }
            }
        }

        private void addForm(YamlSource src, String text, FormKind kind, ActorEntry e, Set<String> prefer, int line) {
            List<String> pieces = Surface.pieces(text);
            if (pieces.isEmpty()) {
                problems.add(src.problem(line, "empty form for " + e.id()));
                return;
            }
            List<String> keys = Surface.keys(pieces);
            boolean pref = prefer.contains(String.join(" ", keys));
            forms.add(new SurfaceForm(text, pieces, keys, kind, e, pref, src.file(), line));
            if (pref) {
                preferred.computeIfAbsent(String.join(" ", keys), k -> new HashSet<>()).add(e.id());
            }
        }

        /** One form naming two actors with different codes needs exactly one entry to declare {@code prefer}. */
        private void checkAmbiguity() {
            Map<String, List<SurfaceForm>> byKey = new LinkedHashMap<>();
            for (SurfaceForm f : forms) {
                if (f.kind() == FormKind.SURNAME) {
                    continue;
                }
                byKey.computeIfAbsent(f.joinedKey() + (f.kind() == FormKind.COMBINING ? "-" : ""), k -> new ArrayList<>()).add(f);
            }
            for (List<SurfaceForm> list : byKey.values()) {
                Map<String, SurfaceForm> byEntry = new LinkedHashMap<>();
                for (SurfaceForm f : list) {
                    byEntry.putIfAbsent(f.entry().id(), f);
                }
                Set<String> codes = new HashSet<>();
                byEntry.values().forEach(f -> codes.add(f.entry().code().value()));
                if (byEntry.size() < 2 || codes.size() < 2) {
                    continue;
                }
                long preferring = byEntry.values().stream().filter(SurfaceForm::preferred).count();
                if (preferring != 1) {
                    List<SurfaceForm> fs = new ArrayList<>(byEntry.values());
                    SurfaceForm a = fs.get(0);
                    SurfaceForm b = fs.get(1);
                    String msg = preferring == 0
                            ? "'" + b.surface() + "' names both " + a.entry().id() + " (" + a.file() + ":" + a.line() + ") and "
                              + b.entry().id() + "; add 'prefer: [" + b.surface() + "]' to the entry that should win"
                            : "'" + b.surface() + "' is preferred by more than one entry";
                    problems.add(new DictionaryProblem(b.file(), b.line(), msg, ""));
                }
            }
        }

        private static Set<String> keysOf(List<String> forms) {
            Set<String> out = new HashSet<>();
            for (String f : forms) {
                out.add(String.join(" ", Surface.keys(Surface.pieces(f))));
            }
            return out;
        }

        private void unknownKeys(YamlSource src, YamlNode.Mapping m, Set<String> allowed) {
            for (String k : m.entries().keySet()) {
                if (!allowed.contains(k)) {
                    problems.add(src.problem(m.lineOf(k), "unknown field '" + k + "'; allowed: " + new java.util.TreeSet<>(allowed)));
                }
            }
        }

        private String string(YamlSource src, YamlNode.Mapping m, String key, boolean required) {
            YamlNode n = m.get(key);
            if (n == null) {
                if (required) {
                    problems.add(src.problem(m.line(), "missing required field '" + key + "'"));
                }
                return null;
            }
            if (n instanceof YamlNode.Scalar s) {
                if (s.value() == null || s.value().isBlank()) {
                    if (required) {
                        problems.add(src.problem(n.line(), "field '" + key + "' must not be empty"));
                    }
                    return null;
                }
                return s.value().strip();
            }
            problems.add(src.problem(n.line(), "field '" + key + "' must be a single value"));
            return null;
        }

        private ActorCode code(YamlSource src, YamlNode.Mapping m, String key, boolean required) {
            String s = string(src, m, key, required);
            if (s == null) {
                return null;
            }
            if (!s.matches("[A-Z]{2,12}")) {
                problems.add(src.problem(m.lineOf(key), "code '" + s + "' must be 2-12 capital letters"));
                return null;
            }
            ActorCode c = ActorCode.of(s);
            checkKnown(src, m.lineOf(key), c);
            return c;
        }

        private LocalDate date(YamlSource src, YamlNode.Mapping m, String key) {
            YamlNode n = m.get(key);
            if (n == null || (n instanceof YamlNode.Scalar s && s.value() == null)) {
                return null;
            }
            String text = n instanceof YamlNode.Scalar s ? s.value().strip() : null;
            if (text == null || !DATE.matcher(text).matches()) {
                problems.add(src.problem(n.line(), "malformed date in '" + key + "': expected YYYY-MM-DD or null, got '" + (text == null ? "a list or map" : text) + "'"));
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(src.problem(n.line(), "malformed date in '" + key + "': '" + text + "' is not a calendar day"));
                return null;
            }
        }

        private String scalarText(YamlSource src, YamlNode n) {
            if (n instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank()) {
                return s.value().strip();
            }
            problems.add(src.problem(n.line(), "expected a non-empty text value"));
            return null;
        }

        private List<String> strings(YamlSource src, YamlNode.Mapping m, String key, boolean required) {
            YamlNode n = m.get(key);
            if (n == null) {
                if (required) {
                    problems.add(src.problem(m.line(), "missing required list '" + key + "'"));
                }
                return List.of();
            }
            if (!(n instanceof YamlNode.Sequence s)) {
                problems.add(src.problem(n.line(), "'" + key + "' must be a list"));
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (YamlNode item : s.items()) {
                String t = scalarText(src, item);
                if (t != null) {
                    out.add(t);
                }
            }
            return out;
        }

        private List<YamlNode.Mapping> mappings(YamlSource src, YamlNode.Mapping m, String key) {
            YamlNode n = m.get(key);
            if (n == null || (n instanceof YamlNode.Scalar s && s.value() == null)) {
                return List.of();
            }
            if (!(n instanceof YamlNode.Sequence s)) {
                problems.add(src.problem(n.line(), "'" + key + "' must be a list of entries"));
                return List.of();
            }
            List<YamlNode.Mapping> out = new ArrayList<>();
            for (YamlNode item : s.items()) {
                if (item instanceof YamlNode.Mapping mm) {
                    out.add(mm);
                } else {
                    problems.add(src.problem(item.line(), "each item of '" + key + "' must be a mapping"));
                }
            }
            return out;
        }

        private static Map<String, List<SurfaceForm>> index(List<SurfaceForm> forms) {
            Map<String, List<SurfaceForm>> m = new HashMap<>();
            for (SurfaceForm f : forms) {
                m.computeIfAbsent(f.keys().get(0), k -> new ArrayList<>()).add(f);
            }
            m.replaceAll((k, v) -> v.stream().sorted(Comparator.comparingInt((SurfaceForm f) -> -f.keys().size())).toList());
            return m;
        }

        private static Map<String, List<AgentNoun>> indexAgents(List<AgentNoun> agents) {
            Map<String, List<AgentNoun>> m = new HashMap<>();
            for (AgentNoun a : agents) {
                m.computeIfAbsent(a.keys().get(0), k -> new ArrayList<>()).add(a);
            }
            m.replaceAll((k, v) -> v.stream().sorted(Comparator.comparingInt((AgentNoun a) -> -a.keys().size())).toList());
            return m;
        }
    }
}
