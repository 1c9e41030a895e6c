package org.chancery.actor;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The immutable actor knowledge: entries, their surface forms indexed by first piece, agent nouns,
 * and the small word lists that drive metonymy and titles. Built by {@link ActorDictionaryLoader},
 * which validates everything first.
 */
public final class ActorDictionary {
    private final Map<String, ActorEntry> entries;
    private final Map<String, List<SurfaceForm>> formsByFirstKey;
    private final Map<String, List<AgentNoun>> agentsByFirstKey;
    private final Set<String> sectors;
    private final Set<String> countryCodes;
    private final Lexicon lexicon;
    private final Map<String, String> versions;
    private final String hash;

    /**
     * Word lists of {@code agents.yaml} that are not sector nouns.
     *
     * @param locativePrepositions prepositions after which a capital is a place ("in", "at")
     * @param motion               nouns and verbs after which "to/from CAPITAL" is a place ("visit", "flew")
     * @param governing            words after which "in CAPITAL" still means its government ("thinking", "many")
     * @param honorifics           words after which a bare surname may be resolved ("Mr", "Gen")
     * @param nameHeads            last words of proper names that swallow the country inside them ("Corridor")
     * @param former               words marking a former office holder ("former", "ex")
     */
    public record Lexicon(Set<String> locativePrepositions, Set<String> motion, Set<String> governing,
                          Set<String> honorifics, Set<String> nameHeads, Set<String> former) {
        public Lexicon {
            locativePrepositions = Set.copyOf(locativePrepositions);
            motion = Set.copyOf(motion);
            governing = Set.copyOf(governing);
            honorifics = Set.copyOf(honorifics);
            nameHeads = Set.copyOf(nameHeads);
            former = Set.copyOf(former);
        }
    }

    ActorDictionary(Map<String, ActorEntry> entries, Map<String, List<SurfaceForm>> formsByFirstKey,
                    Map<String, List<AgentNoun>> agentsByFirstKey, Set<String> sectors, Set<String> countryCodes,
                    Lexicon lexicon, Map<String, String> versions, String hash) {
        this.entries = Collections.unmodifiableMap(entries);
        this.formsByFirstKey = Collections.unmodifiableMap(formsByFirstKey);
        this.agentsByFirstKey = Collections.unmodifiableMap(agentsByFirstKey);
        this.sectors = Set.copyOf(sectors);
        this.countryCodes = Set.copyOf(countryCodes);
        this.lexicon = lexicon;
        this.versions = Collections.unmodifiableMap(versions);
        this.hash = hash;
    }

    public ActorEntry entry(String id) {
        return entries.get(id);
    }

    public Map<String, ActorEntry> entries() {
        return entries;
    }

    /** Forms whose first normalised piece is {@code key}, longest first. */
    public List<SurfaceForm> formsStartingWith(String key) {
        return formsByFirstKey.getOrDefault(key, List.of());
    }

    /** Agent nouns whose first normalised piece is {@code key}, longest first. */
    public List<AgentNoun> agentsStartingWith(String key) {
        return agentsByFirstKey.getOrDefault(key, List.of());
    }

    public boolean isFormStart(String key) {
        return formsByFirstKey.containsKey(key);
    }

    public Set<String> sectors() {
        return sectors;
    }

    public boolean isCountry(String code) {
        return countryCodes.contains(code);
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** The {@code version:} of each file, by file name. */
    public Map<String, String> versions() {
        return versions;
    }

    /** {@code sha256:<hex>} over every file name and content, in name order. */
    public String hash() {
        return hash;
    }

    public int formCount() {
        return formsByFirstKey.values().stream().mapToInt(List::size).sum();
    }
}
