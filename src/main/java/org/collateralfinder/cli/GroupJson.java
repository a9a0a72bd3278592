package org.collateralfinder.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --json} on a command group ({@code sources}, {@code offline}, {@code feedback}): the subcommands
 * that print JSON take it as if given to them ({@code feedback --json list}); the others refuse it.
 */
final class GroupJson {

    @Option(names = "--json", description = "Print JSON, for the subcommands of this group that print it (their --help says so).")
    boolean json;

    /** Whether a command was asked for JSON: on itself ({@code own}) or on a group above it. */
    static boolean requested(CommandSpec command, boolean own) {
        for (CommandSpec group = command.parent(); group != null && !own; group = group.parent()) {
            for (CommandSpec mixin : group.mixins().values()) {
                if (mixin.userObject() instanceof GroupJson asked && asked.json) {
                    return true;
                }
            }
        }
        return own;
    }
}
