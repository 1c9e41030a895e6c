package org.chancery.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.chancery.app.Assembly;
import org.chancery.evaluation.EvalReport;
import org.chancery.evaluation.EvalReportJson;
import org.chancery.evaluation.EvalReportText;
import org.chancery.evaluation.EvalSuite;
import org.chancery.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score chancery on the development data (../shared/eval/dev by default): seed gold (events, dates,",
                "non-events, actor mentions), PLOVER gold sentences, synthetic stories. Prints a table; --json writes everything."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared", description = "the shared folder (default: ${DEFAULT-VALUE})")
    Path shared;

    @Option(names = "--gold", paramLabel = "DIR", description = "seed gold folder or file (default: SHARED/eval/dev/seed-gold)")
    Path gold;

    @Option(names = "--corpus", paramLabel = "DIR", description = "folder the gold's document paths are relative to (default: SHARED/corpus)")
    Path corpus;

    @Option(names = "--gsr", paramLabel = "FILE", description = "PLOVER gold sentences (default: SHARED/eval/dev/plover-gsr/PLOVER_GSR_dev.json)")
    Path gsr;

    @Option(names = "--synthetic", paramLabel = "FILE", description = "synthetic stories CSV (default: SHARED/eval/dev/ngec-synthetic/ngec_synthetic_dev.csv)")
    Path synthetic;

    @Option(names = "--only", paramLabel = "seed|gsr|synthetic", description = "score one dataset only")
    String only;

    @Option(names = "--per-type", paramLabel = "N", description = "synthetic stories: only the first N of each type (quick runs)")
    Integer perType;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the full report as JSON")
    Path json;

    @Option(names = "--markdown", paramLabel = "FILE", description = "also write the README quality table (Markdown)")
    Path markdown;

    @Option(names = "--commit", paramLabel = "SHA", description = "commit to print in the report (default: read from .git)")
    String commit;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(shared) && !shared.isAbsolute()) {
            Path besideCheckout = Assembly.home().resolve(shared).normalize();
            if (Files.isDirectory(besideCheckout)) {
                shared = besideCheckout; // run from another directory: the shared folder beside the checkout
            }
        }
        EvalSuite dev = EvalSuite.dev(shared, perType);
        Path g = gold != null ? gold : dev.seedGold();
        Path c = corpus != null ? corpus : dev.corpusDir();
        Path p = gsr != null ? gsr : dev.ploverGsr();
        Path s = synthetic != null ? synthetic : dev.synthetic();
        if (only != null) {
            switch (only) {
                case "seed" -> { p = null; s = null; }
                case "gsr" -> { g = null; s = null; }
                case "synthetic" -> { g = null; p = null; }
                default -> throw new IllegalArgumentException("--only must be seed, gsr or synthetic, got '" + only + "'");
            }
        }
        if (gold != null && gsr == null && synthetic == null && only == null) {
            p = null;
            s = null;
        }
        for (Path required : new Path[] {g, p, s}) {
            if (required != null && !Files.exists(required)) {
                throw new UserException("evaluation data not found: " + required + "; give --shared DIR or the dataset's option");
            }
        }
        if (g == null && p == null && s == null) {
            // the dev suite leaves out what is missing; with nothing left there is nothing to score
            String wanted = only == null ? "dataset" : only + " dataset";
            throw new UserException("evaluation data not found: no " + wanted + " under " + shared.toAbsolutePath().normalize().resolve("eval/dev")
                    + "; give --shared DIR (the folder holding eval/dev and corpus) or the dataset's option");
        }
        EvalSuite suite = new EvalSuite(g, c, p, s, perType);
        Pipeline pipeline = Assembly.defaultPipeline();
        EvalReport report = suite.run(pipeline::process, LocalDate.now().toString(), commit != null ? commit : Assembly.gitCommit(),
                pipeline.toString());
        PrintWriter out = spec.commandLine().getOut();
        out.print(EvalReportText.render(report));
        out.flush();
        if (json != null) {
            EvalReportJson.write(report, json);
            spec.commandLine().getErr().println("wrote " + json);
        }
        if (markdown != null) {
            Files.writeString(markdown, EvalReportText.markdown(report));
            spec.commandLine().getErr().println("wrote " + markdown);
        }
        return ExitCode.OK;
    }
}
