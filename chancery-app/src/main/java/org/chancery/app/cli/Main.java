package org.chancery.app.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code chancery} command. Only the CLI prints to stdout or exits: every subcommand is a few
 * lines that delegate to core, store or server classes. Errors map in one place
 * ({@link #errorHandler}) to one line on stderr and an {@link ExitCode}.
 */
@Command(name = "chancery", mixinStandardHelpOptions = true, version = "chancery " + Main.VERSION,
        description = "Evidence-linked event data from foreign-affairs writing.",
        subcommands = {IngestCommand.class, EventsCommand.class, ActorsCommand.class, DyadCommand.class,
                ExplainCommand.class, ExportCommand.class, EvalCommand.class, BenchCommand.class, DemoCommand.class,
                ServeCommand.class, DictCommand.class, AnnotateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final String VERSION = "0.1.0";
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with chancery's error mapping; tests call this with their own writers. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(Main::errorHandler);
        cl.registerConverter(java.time.LocalDate.class, value -> {
            try {
                return java.time.LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD");
            }
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("chancery: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            c.getErr().flush();
            return ExitCode.USAGE;
        });
        return cl;
    }

    private static int errorHandler(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (ex instanceof UserException u) {
            err.println("chancery: " + u.getMessage());
            err.flush();
            return u.exitCode();
        }
        if (ex instanceof IllegalArgumentException) {
            err.println("chancery: " + ex.getMessage());
            err.flush();
            return ExitCode.USAGE;
        }
        LOG.debug("command failed", ex);
        err.println("chancery: error: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
        err.println("chancery: run with -Dorg.slf4j.simpleLogger.defaultLogLevel=debug for the stack trace");
        err.flush();
        return ExitCode.FAILURE;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
