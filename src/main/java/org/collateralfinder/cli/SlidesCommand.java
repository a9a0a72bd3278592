package org.collateralfinder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.Plural;
import org.collateralfinder.slides.DeckExport;
import org.collateralfinder.slides.DeckExporter;
import org.collateralfinder.slides.RefusedDeck;
import org.collateralfinder.slides.SkippedSlide;
import org.collateralfinder.slides.SlideRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "slides", mixinStandardHelpOptions = true, description = "Builds a deck from slides and pages found.",
        subcommands = {SlidesCommand.ExportSlides.class})
public final class SlidesCommand extends CommandGroup {

    /** Some slides were left out, the others exported: the deck was written, but not whole. */
    static final int PARTIAL = 3;

    @Mixin
    GroupJson groupJson;

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Writes the slides, in the order given, into a new PPTX or PDF (by the extension of --to).",
                    "PowerPoint slides keep their layouts, pictures and notes in a PPTX; PDF pages are copied into a PDF; "
                            + "a slide that cannot go in as what it is goes in as its picture. The source files are only read.",
                    "Exit code: 0 all slides exported, 3 some left out (each said in a sentence), 1 none could be, "
                            + "2 a usage mistake (nothing written)."})
    static final class ExportSlides extends DataDirCommand {
        @Option(names = "--to", required = true, paramLabel = "OUT.pptx|OUT.pdf", description = "The deck to write.")
        Path to;
        @Option(names = "--force", description = "Replace --to if it exists (never one of the slides' own files).")
        boolean force;
        @Option(names = "--json", description = "Print what was written as one JSON object.")
        boolean json;
        @Parameters(paramLabel = "FILE#N", arity = "1..*",
                description = "A slide or page, numbered from 1 (deck.pptx#7); the number follows the last #.")
        List<String> slides = new ArrayList<>();

        @Override
        int run(PrintWriter out) {
            List<SlideRef> refs = new ArrayList<>();
            for (String written : slides) {
                try {
                    refs.add(SlideRef.parse(written));
                } catch (CollateralException e) {
                    throw new ParameterException(spec.commandLine(), e.userMessage());
                }
            }
            DeckExport export;
            try {
                export = new DeckExporter().export(refs, to, force);
            } catch (RefusedDeck e) {
                throw new ParameterException(spec.commandLine(), e.userMessage());
            }
            PrintWriter err = spec.commandLine().getErr();
            if (GroupJson.requested(spec, json)) {
                out.println(Json.write(Json.deckExport(export)));
            } else {
                for (SkippedSlide s : export.skipped()) {
                    err.println(s.reason());
                }
                if (export.output() != null) {
                    out.println("Wrote " + Plural.of(export.slides(), "slide", "slides") + " to " + export.output()
                            + (export.skipped().isEmpty() ? "." : "; " + Plural.of(export.skipped().size(), "slide was", "slides were")
                            + " left out."));
                }
            }
            if (export.output() == null) {
                err.println("No slide could be copied, so no deck was written.");
            }
            err.flush();
            return export.output() == null ? 1 : export.complete() ? 0 : PARTIAL;
        }
    }
}
