package org.chancery.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which datasets one {@code chancery eval} run scores; a null path skips that dataset.
 *
 * @param seedGold       seed-gold directory (or one file)
 * @param corpusDir      root that the seed gold's {@code document.path} values are relative to
 * @param ploverGsr      the PLOVER gold JSON file
 * @param synthetic      the synthetic stories CSV
 * @param syntheticLimit score only the first N stories per label, or null for all
 */
public record EvalSuite(Path seedGold, Path corpusDir, Path ploverGsr, Path synthetic, Integer syntheticLimit) {
    public EvalSuite {
        if (seedGold != null && corpusDir == null) {
            throw new IllegalArgumentException("seed gold " + seedGold + " needs the corpus directory its document paths are relative to");
        }
        if (syntheticLimit != null && syntheticLimit < 1) {
            throw new IllegalArgumentException("synthetic limit per label must be >= 1, got " + syntheticLimit);
        }
    }

    /**
     * The development layout under a shared folder ({@code eval/dev/seed-gold}, {@code corpus},
     * {@code eval/dev/plover-gsr/PLOVER_GSR_dev.json}, {@code eval/dev/ngec-synthetic/ngec_synthetic_dev.csv});
     * datasets whose files are absent are skipped.
     */
    public static EvalSuite dev(Path shared, Integer syntheticLimit) {
        Path dev = shared.resolve("eval/dev");
        Path seed = dev.resolve("seed-gold");
        Path gsr = dev.resolve("plover-gsr/PLOVER_GSR_dev.json");
        Path csv = dev.resolve("ngec-synthetic/ngec_synthetic_dev.csv");
        return new EvalSuite(Files.isDirectory(seed) ? seed : null, shared.resolve("corpus"),
                Files.isRegularFile(gsr) ? gsr : null, Files.isRegularFile(csv) ? csv : null, syntheticLimit);
    }

    /**
     * Scores every dataset of this suite with one processor.
     *
     * @param date     when (as the caller wants it printed)
     * @param commit   the git commit scored, or null
     * @param pipeline the pipeline's description, or null
     */
    public EvalReport run(DocumentProcessor processor, String date, String commit, String pipeline) throws IOException {
        SeedGoldReport seed = seedGold == null ? null : new SeedGoldEvaluator(corpusDir).evaluate(seedGold, processor);
        GsrReport gsr = ploverGsr == null ? null : PloverGsrEvaluator.withDefaultAliases().evaluate(ploverGsr, processor);
        SyntheticReport stories = synthetic == null ? null : SyntheticStoryEvaluator.evaluate(synthetic, syntheticLimit, processor);
        return EvalReport.of(date, commit, pipeline, seed, gsr, stories);
    }
}
