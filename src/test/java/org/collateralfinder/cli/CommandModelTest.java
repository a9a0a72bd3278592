package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A command line that names a command builds that command's model only ({@code CommandLineRunner.forArguments}):
 * every command, and every subcommand of a group, still parses and explains itself as in the whole model.
 */
class CommandModelTest {

    @Test
    void aNamedCommandIsBuiltAloneWithItsGroupsSubcommands() {
        assertThat(CommandLineRunner.forArguments("index", "--data-dir", "d").getSubcommands()).containsOnlyKeys("index");
        assertThat(CommandLineRunner.forArguments("--data-dir", "d", "index").getSubcommands()).containsOnlyKeys("index");
        assertThat(CommandLineRunner.forArguments("--data-dir=d", "search", "x").getSubcommands()).containsOnlyKeys("search");
        CommandLine feedback = CommandLineRunner.forArguments("feedback", "list");
        assertThat(feedback.getSubcommands()).containsOnlyKeys("feedback");
        assertThat(feedback.getSubcommands().get("feedback").getSubcommands().keySet())
                .isEqualTo(CommandLineRunner.create().getSubcommands().get("feedback").getSubcommands().keySet());
        // no command named, or not one of them: the whole model, which lists them all or explains the mistake
        assertThat(CommandLineRunner.forArguments("--help").getSubcommands()).hasSize(RootCommand.COMMANDS.size());
        assertThat(CommandLineRunner.forArguments("indx").getSubcommands()).hasSize(RootCommand.COMMANDS.size());
    }

    @Test
    void everyCommandAndSubcommandGivesTheSameHelpAsInTheWholeModel() {
        List<List<String>> paths = new ArrayList<>();
        for (Map.Entry<String, CommandLine> command : CommandLineRunner.create().getSubcommands().entrySet()) {
            paths.add(List.of(command.getKey()));
            command.getValue().getSubcommands().keySet().forEach(sub -> paths.add(List.of(command.getKey(), sub)));
        }
        assertThat(paths).hasSizeGreaterThan(RootCommand.COMMANDS.size()); // the groups' subcommands are among them

        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            String[] help = args.toArray(String[]::new);
            Run alone = Run.of(CommandLineRunner.forArguments(help), help);
            Run whole = Run.of(CommandLineRunner.create(), help);
            assertThat(alone.exit()).as(String.join(" ", help)).isZero();
            assertThat(alone.out()).as(String.join(" ", help)).isEqualTo(whole.out()).contains("Usage: collateral-finder "
                    + String.join(" ", path));
        }
    }

    @Test
    void optionsAreTakenOnTheGroupAndOnTheSubcommandAsInTheWholeModel() {
        String[][] lines = {
            {"--data-dir", "d", "sources", "--json", "list"},
            {"sources", "--data-dir", "d", "list", "--json"},
            {"feedback", "--json", "list", "--data-dir", "d"},
            {"index", "--data-dir", "d", "--timeout", "0"},
            {"index", "--nonsense"},
            {"search", "--data-dir", "d", "pricing", "-acme"},
            {"offline", "budget", "--data-dir", "d", "--json"},
        };
        for (String[] line : lines) {
            CommandLine alone = CommandLineRunner.forArguments(line);
            CommandLine whole = CommandLineRunner.create();
            String parsedAlone = parsed(alone, line);
            assertThat(parsedAlone).as(String.join(" ", line)).isEqualTo(parsed(whole, line));
        }
    }

    /** What a command line parses into (the commands and their matched options and words), or the mistake's sentence. */
    private static String parsed(CommandLine cli, String[] args) {
        try {
            CommandLine.ParseResult result = cli.parseArgs(args);
            StringBuilder out = new StringBuilder();
            for (CommandLine.ParseResult r = result; r != null; r = r.hasSubcommand() ? r.subcommand() : null) {
                out.append(r.commandSpec().name()).append(' ');
                r.matchedOptions().forEach(o -> out.append(o.longestName()).append('=').append(String.valueOf((Object) o.getValue())).append(' '));
                r.matchedPositionals().forEach(p -> out.append(String.valueOf((Object) p.getValue())).append(' '));
                out.append("| ");
            }
            return out.toString();
        } catch (CommandLine.ParameterException e) {
            return "mistake: " + e.getMessage();
        }
    }

    private record Run(int exit, String out) {
        static Run of(CommandLine cli, String... args) {
            StringWriter out = new StringWriter();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(new StringWriter()));
            return new Run(cli.execute(args), out.toString());
        }
    }
}
