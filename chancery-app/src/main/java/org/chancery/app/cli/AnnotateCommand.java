package org.chancery.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.annotate.AnnotationJson;
import org.chancery.app.Assembly;
import org.chancery.ingest.DocumentReader;
import org.chancery.ingest.ReadOutcome;
import org.chancery.ingest.ReaderLimits;
import org.chancery.pipeline.DocumentResult;
import org.chancery.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Print the annotation of a file (sentences, tokens, dependencies, time expressions, actor mentions) as JSON: the fixture format of the coder tests.")
final class AnnotateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a .txt, .md, .html or .jsonl file")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ReadOutcome> read = new DocumentReader(ReaderLimits.defaults()).read(file);
        Pipeline pipeline = Assembly.defaultPipeline();
        int code = ExitCode.OK;
        for (ReadOutcome o : read) {
            if (o instanceof ReadOutcome.Skipped s) {
                spec.commandLine().getErr().println("skipped: " + s.input().message());
                code = ExitCode.PARTIAL;
            } else if (o instanceof ReadOutcome.Read r) {
                DocumentResult result = pipeline.process(Assembly.withTextDate(r.document()));
                out.println(AnnotationJson.write(new AnnotationJson.Fixture(result.annotated(), result.mentions())));
            }
        }
        out.flush();
        return code;
    }
}
