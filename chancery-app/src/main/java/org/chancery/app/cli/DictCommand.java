package org.chancery.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.chancery.actor.ActorDictionaryLinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "dict", mixinStandardHelpOptions = true, description = "Work with the actor dictionaries.",
        subcommands = DictCommand.Lint.class)
final class DictCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = {"Validate actor dictionary files: schema, unknown codes, an alias claimed by two actors without a rule,",
                    "overlapping tenures of one office, malformed dates. Each problem as FILE:LINE: message. Exit 1 when any."})
    static final class Lint implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "DIR", description = "dictionary folder (default: the built-in dictionaries)")
        Path dir;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            int status = ActorDictionaryLinter.run(dir, out);
            out.flush();
            return status == ActorDictionaryLinter.CLEAN ? ExitCode.OK : ExitCode.FAILURE;
        }
    }
}
