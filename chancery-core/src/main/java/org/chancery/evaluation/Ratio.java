package org.chancery.evaluation;

/** Ratios for reports: null when the denominator is zero, so "undefined" never reads as 0. */
final class Ratio {
    private Ratio() {
    }

    static Double of(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    static String format(Double r) {
        return r == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f", r);
    }
}
