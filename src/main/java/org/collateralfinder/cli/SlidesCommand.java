package org.collateralfinder.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.Plural;
import org.collateralfinder.model.ProtectedFolders;
import org.collateralfinder.slides.DeckExport;
import org.collateralfinder.slides.DeckExporter;
import org.collateralfinder.slides.DeckNotWritten;
import org.collateralfinder.slides.SkippedSlide;
import org.collateralfinder.slides.SlideRef;
import org.collateralfinder.slides.SlideWarning;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

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
                    "Exit code: 0 all slides exported, 3 some left out (each said in a sentence), 1 none could be "
                            + "or the deck could not be written (nothing written), 2 a usage mistake (nothing written)."})
    static final class ExportSlides extends DataDirCommand {
        @Option(names = "--to", required = true, paramLabel = "OUT.pptx|OUT.pdf", description = "The deck to write.",
                converter = DeckFile.class)
        Path to;
        @Option(names = "--force", description = "Replace --to if it is a deck Collateral Finder exported (never another file, a file in a source folder or "
                + "a data folder).")
        boolean force;
        @Option(names = "--json", description = "Print what was written as one JSON object.")
        boolean json;
        @Parameters(paramLabel = "FILE#N", arity = "1..*",
                description = "A slide or page, numbered from 1 (deck.pptx#7); the number follows the last #.")
        List<String> slides = new ArrayList<>();

        /** The data folder and the sources' files, read without creating or changing the data folder. */
        private ProtectedFolders protectedFolders() {
            dataDir.openForReading();
            return dataDir.registry().protectedFolders(dataDir.path());
        }

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
            boolean asJson = GroupJson.requested(spec, json);
            // a PDF has pages, a PPTX slides (re-test 17: "Wrote 200 slides to big.pdf")
            String unit = DeckExporter.Format.of(to) == DeckExporter.Format.PDF ? "page" : "slide";
            PrintWriter err = spec.commandLine().getErr();
            DeckExport export;
            String notWritten = null;
            try {
                export = new DeckExporter(this::protectedFolders,
                        file -> dataDir.withIndexedPaths(paths -> paths.changedSinceIndexed(file))).export(refs, to, force,
                        asJson ? (done, total) -> { } : new ProgressLines(err, unit));
            } catch (DeckNotWritten e) {
                // the slides could be read, the deck not put on disk: said as when none could be copied, JSON included
                LoggerFactory.getLogger(SlidesCommand.class).warn(e.userMessage(), e.getCause());
                export = new DeckExport(null, 0, e.skipped());
                notWritten = e.userMessage();
            }
            String nothingWritten = export.output() != null ? null : notWritten != null ? notWritten : NOTHING_COPIED;
            if (asJson) {
                out.println(Json.write(Json.deckExport(export, nothingWritten)));
            } else {
                for (SkippedSlide s : export.skipped()) {
                    err.println(s.reason());
                }
                for (SlideWarning w : export.warnings()) {
                    err.println(w.warning());
                }
                if (export.output() != null) {
                    out.println("Wrote " + Plural.of(export.slides(), unit, unit + "s") + " to " + export.output()
                            + (export.skipped().isEmpty() ? "." : "; " + Plural.of(export.slidesLeftOut(), "slide was", "slides were")
                            + " left out."));
                }
            }
            if (nothingWritten != null) {
                err.println(nothingWritten);
            }
            err.flush();
            return export.output() == null ? 1 : export.complete() ? 0 : PARTIAL;
        }
    }

    static final String NOTHING_COPIED = "No slide could be copied, so no deck was written.";

    /** How many slides a line of progress stands for: a 208-page export says how far it is 8 times. */
    static final int SLIDES_A_LINE = 25;

    /** How far a long export is, on stderr: a line every {@link #SLIDES_A_LINE} slides, none for a short one. */
    private record ProgressLines(PrintWriter err, String unit) implements DeckExporter.Progress {
        @Override
        public void copied(int done, int total) {
            if (done % SLIDES_A_LINE == 0 && done < total) {
                err.println("Copied " + done + " of " + total + " " + unit + "s…");
                err.flush();
            }
        }
    }

    /**
     * The deck's path: an empty one, or one ending in a separator (a folder's), is refused with a sentence asking for a
     * file name.
     */
    static final class DeckFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value == null || value.isBlank()) {
                throw new TypeConversionException("the path is empty; give the deck's file name, ending in .pptx or .pdf "
                        + "(meeting.pptx).");
            }
            if (value.endsWith("/") || value.endsWith(File.separator)) { // "out/y.pptx/" wrote out/y.pptx (re-test 20 #7)
                throw new TypeConversionException("'" + value + "' names a folder (its path ends with /); give the deck's "
                        + "file name, ending in .pptx or .pdf (meeting.pptx).");
            }
            return PathArgument.of(value);
        }
    }
}
