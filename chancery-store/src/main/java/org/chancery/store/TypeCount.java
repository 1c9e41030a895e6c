package org.chancery.store;

/** Number of events of one PLOVER type. */
public record TypeCount(String type, long events) {}
