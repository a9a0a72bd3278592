package org.collateralfinder.cli;

import java.io.PrintWriter;
import org.collateralfinder.model.CollateralException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Builds the command line and runs it: errors become one sentence on standard error and a non-zero
 * exit code (1 for a failure, 2 for a usage mistake); stack traces go to the log file only.
 */
public final class CommandLineRunner {

    private CommandLineRunner() {
    }

    /**
     * Runs a command line and returns its exit code. {@code --version} alone is answered without
     * building the command model: picocli's classes are too old for the packaged app's class-data
     * cache, and the version should print at once.
     */
    public static int run(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            PrintWriter out = new PrintWriter(System.out, true);
            for (String line : new RootCommand.Version().getVersion()) {
                out.println(line);
            }
            return 0;
        }
        return create().execute(args);
    }

    public static CommandLine create(Object... extraSubcommands) {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setExpandAtFiles(false); // a comment or query starting with @ is text, not a file to read
        for (Object sub : extraSubcommands) {
            cli.addSubcommand(sub);
        }
        // a query or typed text may have words starting with a dash ("pricing -acme"): what is not an
        // option is a word (and these commands have no short options a word could be taken for)
        for (String words : new String[] {"search", "suggest"}) {
            cli.getSubcommands().get(words).setUnmatchedOptionsArePositionalParams(true);
        }
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof CollateralException ce) {
                if (ce.getCause() != null) {
                    LoggerFactory.getLogger(CommandLineRunner.class).warn(ce.userMessage(), ce.getCause());
                }
                err.println(ce.userMessage());
            } else {
                LoggerFactory.getLogger(CommandLineRunner.class).error("Unexpected failure", e);
                err.println("Something went wrong: " + sentence(e) + ". The log file in the data folder has the details.");
            }
            err.flush();
            return 1;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println(e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return 2;
        });
        return cli;
    }

    private static String sentence(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "an internal error occurred";
        }
        return m.replaceAll("\\b[\\w.$]*(Exception|Error)\\b:?\\s*", "").replaceAll("[\\r\\n]+", " ").strip();
    }
}
