package org.collateralfinder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What a command working in the data folder shares: the {@code --data-dir} option and standard output,
 * flushed once the command is done. A failure is thrown (a {@code CollateralException} carrying the
 * sentence) and reported by {@link CommandLineRunner}.
 */
abstract class DataDirCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        int exitCode = run(out);
        out.flush();
        return exitCode;
    }

    /** The command's work, printed to {@code out}; returns the exit code. */
    abstract int run(PrintWriter out) throws IOException;
}
