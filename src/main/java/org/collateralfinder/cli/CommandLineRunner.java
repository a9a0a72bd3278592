package org.collateralfinder.cli;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.RefusedInputException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

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
        return forArguments(args).execute(args);
    }

    /**
     * The command line that runs {@code args}: when they name a command (after the top-level {@code --data-dir}, if
     * given), only that command is built, its groups' subcommands included; otherwise (help, a mistake) all of them.
     */
    public static CommandLine forArguments(String... args) {
        int i = 0;
        while (i < args.length && (args[i].equals(DATA_DIR) || args[i].startsWith(DATA_DIR + "="))) {
            i += args[i].equals(DATA_DIR) ? 2 : 1;
        }
        if (i < args.length) {
            for (Class<?> command : RootCommand.COMMANDS) {
                if (command.getAnnotation(CommandLine.Command.class).name().equals(args[i])) {
                    return build(List.of(command));
                }
            }
        }
        return create();
    }

    /** What a command line asks for: the window (on a data folder, or the default one), or a command. */
    private static final String DATA_DIR = "--data-dir";

    public sealed interface Launch {
        /** @param dataDir the folder given with --data-dir, or null for the default */
        record Window(Path dataDir) implements Launch {
        }

        record Command() implements Launch {
        }

        /** Neither: the sentence saying why (a command name given as the data folder). */
        record Refused(String sentence) implements Launch {
        }
    }

    /**
     * Whether the arguments open the window: none at all, or only options of the top-level command that
     * run nothing by themselves ({@code --data-dir D}). Anything else, a mistake included, is a command
     * (which then explains the mistake).
     */
    public static Launch decide(String... args) {
        try {
            if (args.length == 0) {
                return new Launch.Window(null);
            }
            // the top-level command's only option that runs nothing by itself (cheap: no command model is built)
            if (args.length == 2 && args[0].equals(DATA_DIR) && COMMANDS.contains(args[1])) {
                // "--data-dir status": the folder was forgotten, not a folder named status meant
                return new Launch.Refused(DATA_DIR + " needs a folder before '" + args[1] + "' (collateral-finder "
                        + DATA_DIR + " DIR " + args[1] + "); to open the window on a folder named " + args[1]
                        + ", write ./" + args[1] + ".");
            }
            if (args.length == 2 && args[0].equals(DATA_DIR) && PathArgument.usable(args[1])) {
                return new Launch.Window(Path.of(args[1]));
            }
            if (args.length == 1 && args[0].startsWith(DATA_DIR + "=")
                    && PathArgument.usable(args[0].substring(DATA_DIR.length() + 1))) {
                return new Launch.Window(Path.of(args[0].substring(DATA_DIR.length() + 1)));
            }
        } catch (InvalidPathException e) {
            // not a folder: the command line explains it
        }
        return new Launch.Command();
    }

    /** The commands' names, read from their annotations (cheap: no command model is built). */
    private static final Set<String> COMMANDS = RootCommand.COMMANDS.stream()
            .map(c -> c.getAnnotation(CommandLine.Command.class).name()).collect(Collectors.toSet());

    /**
     * Why the window cannot open here, before anything is created for it: on Linux without a display
     * (no DISPLAY or WAYLAND_DISPLAY, and not the headless Monocle toolkit). Empty when it can.
     *
     * @param glassPlatform the {@code glass.platform} system property (Monocle in headless tests), or null
     */
    public static Optional<String> windowRefusal(String osName, Map<String, String> environment, String glassPlatform) {
        boolean linux = osName.toLowerCase(Locale.ROOT).contains("linux");
        boolean display = !environment.getOrDefault("DISPLAY", "").isBlank()
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        if (!linux || display || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return Optional.empty();
        }
        return Optional.of("There is no display to open the window on; use the command line instead "
                + "(collateral-finder --help lists its commands).");
    }

    /** Where the log of a run with this data folder goes: its logs/ (set before anything logs). */
    public static void pointLogsAt(Path dataDir) {
        if (System.getProperty("collateralfinder.logdir") == null) {
            System.setProperty("collateralfinder.logdir",
                    DataDirectory.resolve(dataDir, System.getenv()).toAbsolutePath().normalize().resolve("logs").toString());
        }
    }

    /** The whole command line: every command, and {@code extraSubcommands} after them. */
    public static CommandLine create(Object... extraSubcommands) {
        List<Object> commands = new ArrayList<>(RootCommand.COMMANDS);
        commands.addAll(Arrays.asList(extraSubcommands));
        return build(commands);
    }

    private static CommandLine build(List<?> commands) {
        CommandLine cli = new CommandLine(new RootCommand());
        for (Object command : commands) {
            cli.addSubcommand(command);
        }
        // after the commands are added: converters and settings reach the subcommands there are then
        cli.setExpandAtFiles(false); // a comment or query starting with @ is text, not a file to read
        cli.registerConverter(Path.class, new PathArgument()); // every typed path: an empty one is refused
        cli.registerConverter(BigInteger.class, new WholeNumberArgument()); // --limit abc: a sentence, no Java names
        // a query or typed text may have words starting with a dash ("pricing -acme"): what is not an
        // option is a word (and these commands have no short options a word could be taken for)
        for (String words : new String[] {"search", "suggest"}) {
            CommandLine command = cli.getSubcommands().get(words);
            if (command != null) {
                command.setUnmatchedOptionsArePositionalParams(true);
            }
        }
        cli.setExecutionStrategy(parseResult -> {
            // every command logs into its data folder, whichever it is and whether or not it opens it
            pointLogsAt(DataDirOption.chosen(parseResult.commandSpec()));
            refuseMisplacedJson(parseResult);
            for (CommandLine each : parseResult.asCommandLineList()) { // no file name read backwards on a terminal
                each.setOut(DirectionSafeWriter.around(each.getOut()));
                each.setErr(DirectionSafeWriter.around(each.getErr()));
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof RefusedInputException refused) { // what was typed: exit 2 everywhere, as picocli's own
                err.println(refused.userMessage());
                err.flush();
                return 2;
            }
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
            PrintWriter err = DirectionSafeWriter.around(e.getCommandLine().getErr()); // a mistyped name read backwards too
            boolean notWhole = e.getCause() instanceof WholeNumberArgument.NotAWholeNumber;
            err.println(notWhole && e.getArgSpec() instanceof OptionSpec option
                    ? WholeNumberArgument.sentence(option.longestName(), e.getValue()) : e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return 2;
        });
        return cli;
    }

    /** --json on a group is for its subcommands that print JSON; for the others it is a mistake, said as one. */
    private static void refuseMisplacedJson(CommandLine.ParseResult parsed) {
        boolean onGroup = false;
        CommandLine.ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            onGroup |= leaf.hasMatchedOption("--json");
            leaf = leaf.subcommand();
        }
        if (onGroup && leaf.commandSpec().findOption("--json") == null) {
            String name = leaf.commandSpec().qualifiedName().substring(parsed.commandSpec().name().length()).strip();
            throw new CommandLine.ParameterException(leaf.commandSpec().commandLine(),
                    "--json does not apply to '" + name + "'.");
        }
    }

    private static String sentence(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "an internal error occurred";
        }
        return m.replaceAll("\\b[\\w.$]*(Exception|Error)\\b:?\\s*", "").replaceAll("[\\r\\n]+", " ").strip();
    }
}
