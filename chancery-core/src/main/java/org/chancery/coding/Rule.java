package org.chancery.coding;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.chancery.ontology.CameoCode;
import org.chancery.ontology.PloverType;

/**
 * One coding rule as loaded from a rule file.
 *
 * @param id             stable id ({@code retreat.lift-embargo})
 * @param file           rule file name, for messages
 * @param line           1-based line of the rule in its file
 * @param kind           verb or noun trigger
 * @param lemmas         trigger lemmas (lower case)
 * @param particle       required particle or preposition ("on" of "call on"), or null
 * @param requires       words the trigger needs beside it (light verb + noun, verb + object)
 * @param governors      for noun triggers: lemmas one of which must govern the noun (empty: any)
 * @param notGovernors   for noun triggers: governing lemmas that block the rule
 * @param notModifiers   lemmas of the trigger's modifiers (amod, advmod, compound) or, for a verb, of its object that
 *                       block the rule ("the frozen aid", "captured the view")
 * @param notRelations   relations the trigger must not govern: "demonstrated that it was ready" ({@code ccomp}) shows,
 *                       it does not protest
 * @param source         slot specs for the source, tried in order (see {@link ArgumentExtractor})
 * @param target         slot specs for the target, tried in order
 * @param sourceOptional whether an event without source is kept (target only)
 * @param targetRequired whether an event without target is dropped
 * @param allowSelf      whether source and target may be the same country (domestic repression)
 * @param symmetric      coordinated parties without a counterpart become source and target ("talks between X and Y")
 * @param targetActors   when not empty, an event is kept only if one target's code or sector is listed
 *                       ({@code REB}, {@code INS}, {@code IMG}: support to armed groups is material aid)
 * @param type           PLOVER type
 * @param cameo          CAMEO code, validated against the ontology
 * @param mode           PLOVER mode or null
 * @param contexts       PLOVER contexts
 * @param weight         rule confidence 0..1
 * @param examples       positive and negative examples
 */
public record Rule(String id, String file, int line, TriggerKind kind, Set<String> lemmas, String particle,
                   List<ArgumentRequirement> requires, Set<String> governors, Set<String> notGovernors, Set<String> notModifiers,
                   Set<String> notRelations, List<String> source, List<String> target, boolean sourceOptional, boolean targetRequired, boolean allowSelf, boolean symmetric, Set<String> targetActors,
                   PloverType type, CameoCode cameo, String mode, List<String> contexts, double weight,
                   List<RuleExample> examples) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        lemmas = Set.copyOf(lemmas);
        requires = List.copyOf(requires);
        governors = Set.copyOf(governors);
        notGovernors = Set.copyOf(notGovernors);
        notModifiers = Set.copyOf(notModifiers);
        notRelations = Set.copyOf(notRelations);
        targetActors = Set.copyOf(targetActors);
        source = List.copyOf(source);
        target = List.copyOf(target);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cameo, "cameo");
        contexts = List.copyOf(contexts);
        examples = List.copyOf(examples);
        if (lemmas.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " (" + file + ":" + line + ") has no trigger lemma");
        }
        if (weight <= 0 || weight > 1) {
            throw new IllegalArgumentException("rule " + id + " (" + file + ":" + line + "): weight must be in (0,1], got " + weight);
        }
    }

    /** Higher is more specific: required words, a particle and governor constraints count. */
    public int specificity() {
        return requires.size() * 4 + (particle == null ? 0 : 3) + (targetActors.isEmpty() ? 0 : 2) + (governors.isEmpty() ? 0 : 2) + (notGovernors.isEmpty() ? 0 : 1);
    }

    /** Where the rule was written, for messages. */
    public String location() {
        return file + ":" + line;
    }
}
