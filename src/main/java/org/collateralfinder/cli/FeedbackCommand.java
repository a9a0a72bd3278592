package org.collateralfinder.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code feedback}: record, list, withdraw, share and report reps' feedback on files, a subcommand of the
 * top-level command (whose {@code --data-dir} it and its subcommands take).
 */
@Command(name = "feedback", mixinStandardHelpOptions = true,
        description = "Tags, ratings and comments reps give files, shared through a team folder.",
        subcommands = {FeedbackAddCommand.class, FeedbackListCommand.class, FeedbackRemoveCommand.class,
                FeedbackSyncCommand.class, FeedbackReportCommand.class, FeedbackRespondCommand.class,
                FeedbackSearchGapsCommand.class})
public class FeedbackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GroupJson groupJson;

    /** Without a subcommand: the usage, on stderr, and exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return FeedbackSubcommand.REFUSED;
    }
}
