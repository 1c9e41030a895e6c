package org.chancery.actor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One actor of the dictionary: a state, seat of power, organisation, region, generic collective,
 * armed group or person.
 *
 * @param id        stable id shown in explanations: {@code country:PAK}, {@code capital:Islamabad},
 *                  {@code seat:Pentagon}, {@code org:SCO}, {@code region:WST}, {@code group:taliban},
 *                  {@code person:khan-imran}
 * @param kind      what it names
 * @param code      base code (for persons: the default code outside every office)
 * @param name      canonical name
 * @param country   home country code (three letters) or null
 * @param periods   dated codes (offices of a person, status changes of a group), ordered by start
 * @param actor     false for places that are never actors (regions marked {@code actor: place-only})
 * @param file      dictionary file the entry comes from
 * @param line      1-based line of the entry in that file
 */
public record ActorEntry(String id, EntryKind kind, ActorCode code, String name, String country,
                         List<CodePeriod> periods, boolean actor, String file, int line) {
    public ActorEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        periods = periods.stream().sorted(Comparator.comparing(CodePeriod::start,
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    /**
     * The code on {@code day}: the period covering it (the latest-starting if several), else the base
     * code. When {@code day} is null, persons take their latest office and groups their base code.
     */
    public ActorCode codeOn(LocalDate day) {
        if (periods.isEmpty()) {
            return code;
        }
        if (day == null) {
            return kind == EntryKind.PERSON ? periods.get(periods.size() - 1).code() : code;
        }
        CodePeriod found = null;
        for (CodePeriod p : periods) {
            if (p.covers(day)) {
                found = p;
            }
        }
        return found == null ? code : found.code();
    }

    /** The period covering {@code day}, or null. */
    public CodePeriod periodOn(LocalDate day) {
        if (day == null) {
            return periods.isEmpty() ? null : periods.get(periods.size() - 1);
        }
        CodePeriod found = null;
        for (CodePeriod p : periods) {
            if (p.covers(day)) {
                found = p;
            }
        }
        return found;
    }
}
