package org.chancery.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * Everything {@code chancery eval} measured in one run. A dataset that was not run is null.
 *
 * @param date     when the run happened (ISO date or date-time, as the caller formats it)
 * @param commit   the git commit of the code scored (passed in by the caller), or null
 * @param pipeline the pipeline's {@code toString()}, naming every stage
 */
public record EvalReport(String date, String commit, String pipeline, SeedGoldReport seedGold, GsrReport ploverGsr,
                         SyntheticReport synthetic, List<PeerFigure> peers) {
    public EvalReport {
        Objects.requireNonNull(date, "date");
        peers = List.copyOf(peers);
    }

    /** A report with the PETRARCH2 peer figures. */
    public static EvalReport of(String date, String commit, String pipeline, SeedGoldReport seedGold, GsrReport ploverGsr,
                                SyntheticReport synthetic) {
        return new EvalReport(date, commit, pipeline, seedGold, ploverGsr, synthetic, PeerFigure.PETRARCH2);
    }
}
