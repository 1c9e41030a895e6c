/**
 * The scoring engine behind {@code chancery eval}: scores any {@link org.chancery.evaluation.DocumentProcessor}
 * (usually {@code pipeline::process}) on the three development formats described in the eval README.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * EvalReport r = EvalSuite.dev(Path.of("../shared"), null)          // or new EvalSuite(seedDir, corpusDir, gsrJson, csv, limit)
 *         .run(pipeline::process, LocalDate.now().toString(), commit, pipeline.toString());
 * String table = EvalReportText.render(r);                           // fixed-width text
 * EvalReportJson.write(r, Path.of("eval.json"));                     // everything, with ratios
 * }</pre>
 * Each dataset can also be run alone: {@link org.chancery.evaluation.SeedGoldEvaluator#evaluate},
 * {@link org.chancery.evaluation.PloverGsrEvaluator#evaluate}, {@link org.chancery.evaluation.SyntheticStoryEvaluator#evaluate};
 * {@link org.chancery.evaluation.SeedGoldEvaluator#score} scores an already computed result.
 *
 * <h2>Choices where the README is silent</h2>
 * <ul>
 *   <li>Seed gold: the document id is the text file name without extension; its publication date is
 *       {@code document.reference_date} (METADATA, "gold reference date"), a month or year given as its last day.
 *       Gold code-point offsets are converted to {@code String} indices and every evidence, trigger and surface form
 *       is checked against the text; the text's SHA-256 must equal the gold's.</li>
 *   <li>Matching is any-match, not one-to-one, as the README words it.</li>
 *   <li>Date accuracy counts found gold events that have a gold date; a gold event without a date value is left out.</li>
 *   <li>A non-event is hit when an ASSERTED system event that matches no gold event has its trigger inside the
 *       non-event's evidence span.</li>
 *   <li>Miss reasons: see {@link org.chancery.evaluation.MissReason}; modality never causes a miss under the README
 *       rules, so a contradicting modality is reported for found events ({@link org.chancery.evaluation.ModalityMismatch}).</li>
 *   <li>Mentions: a gold occurrence spans its surface form from its offset; a non-locative system mention overlapping it
 *       counts. Every excluded occurrence (locative capitals, names inside proper names) overlapped by a non-locative
 *       system mention is a false positive.</li>
 *   <li>PLOVER gold: type is right when any system event of the sentence has it ("first" = earliest trigger);
 *       codes compare by their first three letters after the alias table {@code gsr-code-aliases.tsv}
 *       (JAP→JPN..., organisations such as UNO or NATO count as IGO); no gold target accepts any target.</li>
 *   <li>Synthetic stories: the story text only (titles hold template slots), no publication date; a limit takes the
 *       first N stories of each label in file order.</li>
 * </ul>
 */
package org.chancery.evaluation;
