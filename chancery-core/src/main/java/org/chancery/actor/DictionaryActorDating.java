package org.chancery.actor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * {@link ActorDating} from the actor dictionary's dated periods. Only entries with periods (persons'
 * offices, groups' status changes) are re-coded, and only when the resolver used the entry's own
 * code (a sector composed from an agent noun is left alone). Immutable and thread-safe.
 */
public final class DictionaryActorDating implements ActorDating {
    private final ActorDictionary dictionary;

    public DictionaryActorDating(ActorDictionary dictionary) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    }

    @Override
    public ActorCode codeOn(String entry, ActorCode resolved, LocalDate day) {
        ActorEntry e = dictionary.entries().get(entry);
        if (e == null || e.periods().isEmpty()) {
            return resolved;
        }
        boolean ownCode = resolved.equals(e.code()) || e.periods().stream().anyMatch(p -> p.code().equals(resolved));
        boolean former = resolved.sectorPart().equals("ELI") && e.kind() == EntryKind.PERSON;
        return ownCode || former ? e.codeOn(day) : resolved;
    }
}
