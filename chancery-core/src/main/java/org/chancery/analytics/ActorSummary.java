package org.chancery.analytics;

/**
 * An actor as seen in the store.
 *
 * @param code         actor code
 * @param name         canonical name
 * @param mentions     non-locative mentions
 * @param asSource     events with the actor as source
 * @param asTarget     events with the actor as target
 */
public record ActorSummary(String code, String name, long mentions, long asSource, long asTarget) {}
