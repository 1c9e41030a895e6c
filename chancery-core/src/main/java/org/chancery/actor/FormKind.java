package org.chancery.actor;

/** The role a surface form plays for its entry; decides the resolution basis and the rules that apply. */
public enum FormKind {
    /** Short, official or alias name ("Pakistan", "the United States", "NATO"). */
    NAME,
    /** Adjective ("Pakistani", "U.S." used attributively). */
    ADJECTIVE,
    /** Demonym for the people ("Pakistanis"). */
    DEMONYM,
    /** Combining form, only before a hyphen ("Sino-", "Indo-"). */
    COMBINING,
    /** Capital city or seat of power. */
    SEAT,
    /** Full name of a person, matched anywhere. */
    PERSON_NAME,
    /** Short form of a person's name, matched only after a full form or a title. */
    SURNAME
}
