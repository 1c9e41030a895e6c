package org.chancery.store;

/**
 * A pair of countries (or organisations) and how much happened between them, either direction.
 *
 * @param a            one side (the lexicographically smaller code)
 * @param aName        its name
 * @param b            the other side
 * @param bName        its name
 * @param events       events between them
 * @param cooperation  of which QuadClass 1 or 2
 * @param conflict     of which QuadClass 3 or 4
 * @param goldsteinSum sum of Goldstein values
 */
public record DyadSummary(String a, String aName, String b, String bName, long events, long cooperation, long conflict,
                          double goldsteinSum) {}
