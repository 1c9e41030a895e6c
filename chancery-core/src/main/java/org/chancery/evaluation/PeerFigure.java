package org.chancery.evaluation;

import java.util.List;
import java.util.Objects;

/** A published figure of another system on the same kind of data, shown next to ours. */
public record PeerFigure(String system, String dataset, String metric, double value) {
    /** The classic PETRARCH2 pipeline's figures given in the project brief (issue 4). */
    public static final List<PeerFigure> PETRARCH2 = List.of(
            new PeerFigure("PETRARCH2 (classic pipeline)", "seed gold", "core recall (country level)", 0.08),
            new PeerFigure("PETRARCH2 (classic pipeline)", "seed gold", "precision (country level)", 0.27),
            new PeerFigure("PETRARCH2 (classic pipeline)", "PLOVER gold sentences", "type + source + target (country level)", 0.22));

    public PeerFigure {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(metric, "metric");
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException(system + " " + metric + ": value " + value + " is not a ratio");
        }
    }
}
