package org.chancery.coding;

import java.util.List;
import java.util.Objects;
import org.chancery.model.Span;
import org.chancery.ontology.CameoCode;
import org.chancery.ontology.PloverType;

/**
 * An event as the coder found it in one sentence, before dating.
 *
 * @param sentenceIndex sentence the event is in
 * @param trigger       character span of the trigger (verb, noun, or multi-word expression)
 * @param triggerText   the trigger text
 * @param triggerToken  index of the trigger's head token in the sentence (the temporal resolver walks from it)
 * @param source        acting actors (may be empty only for types that allow it)
 * @param target        acted-upon actors (may be empty)
 * @param type          PLOVER type
 * @param mode          PLOVER mode, or null
 * @param contexts      PLOVER contexts
 * @param cameo         CAMEO code (Goldstein and QuadClass included)
 * @param quantities    amounts attached to the event
 * @param modality      factuality
 * @param confidence    0..1 from the rule and the actor resolution
 * @param provenance    rule, path, entries, hashes
 */
public record CodedEvent(int sentenceIndex, Span trigger, String triggerText, int triggerToken,
                         List<EventActor> source, List<EventActor> target,
                         PloverType type, String mode, List<String> contexts, CameoCode cameo,
                         List<Quantity> quantities, Modality modality, double confidence,
                         Provenance provenance) {
    public CodedEvent {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(triggerText, "triggerText");
        source = List.copyOf(source);
        target = List.copyOf(target);
        Objects.requireNonNull(type, "type");
        contexts = List.copyOf(contexts);
        Objects.requireNonNull(cameo, "cameo");
        quantities = List.copyOf(quantities);
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(provenance, "provenance");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in 0..1, got " + confidence + " (rule " + provenance.rule() + ")");
        }
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("event of rule " + provenance.rule() + " at '" + triggerText + "' has no actor at all");
        }
    }
}
