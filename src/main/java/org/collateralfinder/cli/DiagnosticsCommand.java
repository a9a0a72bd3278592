package org.collateralfinder.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.diagnostics.Diagnostics;
import org.collateralfinder.feedback.FeedbackPreferences;
import org.collateralfinder.sources.Reachability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "diagnostics", mixinStandardHelpOptions = true,
        description = {"Prints what support needs: version, Java, operating system, data folder, team defaults, "
                + "sources and whether they can be reached, index size, logs and the last run.",
                "No document contents, titles or file names are included."})
public final class DiagnosticsCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        DataDirectory dir = dataDir.openForReading();
        Map<String, Object> facts = new Diagnostics(dir, dataDir.registry().list(), dataDir.teamDefaults(),
                new Reachability()).withTeamFolder(new FeedbackPreferences(dir).teamFolder().orElse(null)).gather(null);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? Json.write(facts) + System.lineSeparator() : Diagnostics.toText(facts));
        out.flush();
        return 0;
    }
}
