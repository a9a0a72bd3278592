package org.collateralfinder.slides;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.Plural;
import org.collateralfinder.model.ProtectedFolders;

/**
 * Builds a deck from slides of several files, in the order given: a PPTX or a PDF, by the target's
 * extension. A slide that cannot be had (its file missing, damaged, of another type, or no such slide) is left
 * out with a sentence and the rest is exported. The sources are only read. The deck is written to a temporary
 * file beside the target and then moved into place in one step, so a failure never leaves half a file.
 * The one place the command line and the window build decks.
 */
public final class DeckExporter {

    /** The kinds of deck written, by the target's extension. */
    public enum Format {
        PPTX, PDF;

        /** The format of a target file, or null for any other extension. */
        public static Format of(Path target) {
            return switch (SourceFiles.extension(target)) {
                case "pptx" -> PPTX;
                case "pdf" -> PDF;
                default -> null;
            };
        }
    }

    /** Told of each slide copied into the deck (the package uses the model alone, not the task package's meter). */
    @FunctionalInterface
    public interface Progress {

        /**
         * @param done  slides copied so far (or found not to be copyable)
         * @param total slides to copy
         */
        void copied(int done, int total);
    }

    /** Counts the slides copied for a {@link Progress}. */
    static final class Copied {
        private final Progress progress;
        private final int total;
        private int done;

        Copied(Progress progress, int total) {
            this.progress = progress;
            this.total = total;
        }

        void advance() {
            progress.copied(++done, total);
        }
    }

    private final Supplier<ProtectedFolders> protectedFolders;
    private final Predicate<Path> changedSinceIndexed;

    /**
     * An exporter that keeps decks out of the folders {@code protectedFolders} gives at each export (the data folder,
     * existing files of the sources: those may change while the app runs).
     */
    public DeckExporter(Supplier<ProtectedFolders> protectedFolders) {
        this(protectedFolders, file -> false);
    }

    /**
     * As {@link #DeckExporter(Supplier)}, saying of each deck {@code changedSinceIndexed} holds for that its slides are
     * taken as the file is now, not as search named them (a warning: s15 report, minor 4).
     */
    public DeckExporter(Supplier<ProtectedFolders> protectedFolders, Predicate<Path> changedSinceIndexed) {
        this.protectedFolders = protectedFolders;
        this.changedSinceIndexed = changedSinceIndexed;
    }

    /** An exporter for a deck anywhere but over the slides' own files (no data folder, no sources known). */
    public DeckExporter() {
        this(() -> new ProtectedFolders(null, List.of()));
    }

    /** Whether a file's slides or pages can go into a deck (by its extension). */
    public static boolean canTakeSlidesFrom(Path file) {
        String ext = SourceFiles.extension(file);
        return SourceFiles.OPEN_XML.contains(ext) || SourceFiles.BINARY.contains(ext) || SourceFiles.PDF.contains(ext);
    }

    /**
     * Exports {@code slides} into {@code target}.
     *
     * @param replace whether an existing target may be replaced: only a deck the app exported, never one of the slides'
     *                own files, a file in a source or anything in a data folder
     * @return what was written: no output when no slide could be copied (nothing is written then)
     * @throws RefusedDeck         when the target cannot be used; nothing was read
     * @throws DeckNotWritten     when the deck could not be written; nothing was left behind
     */
    public DeckExport export(List<SlideRef> slides, Path target, boolean replace) {
        return export(slides, target, replace, (done, total) -> { });
    }

    /**
     * As {@link #export(List, Path, boolean)}, telling {@code progress} of each slide copied (re-test 12 saw 208 PDF
     * pages drawn into a PPTX take 52 s).
     *
     * @throws DeckNotWritten when the deck could not be written (with the slides already found unusable); nothing was
     *                        left behind
     */
    public DeckExport export(List<SlideRef> slides, Path target, boolean replace, Progress progress) {
        if (slides.isEmpty()) {
            throw new RefusedDeck("Name at least one slide to put in the deck, as FILE#N (deck.pptx#7).");
        }
        Path output = target.toAbsolutePath().normalize();
        Format format = Format.of(output);
        if (format == null) {
            throw new RefusedDeck("A deck is written as PPTX or PDF: end its file name with .pptx or .pdf (it was "
                    + output.getFileName() + ").");
        }
        String fileName = output.getFileName().toString();
        if (fileName.lastIndexOf('.') == 0) { // ".pptx" alone made a hidden file named .pptx (re-test 17)
            throw new RefusedDeck("Give the deck a name before " + fileName + ", as in meeting" + fileName + ".");
        }
        checkTarget(output, slides, replace, protectedFolders.get());
        List<SkippedSlide> skipped = new ArrayList<>();
        List<SlideWarning> warnings = new ArrayList<>();
        try (SourceFiles sources = new SourceFiles()) {
            List<WantedSlide> wanted = new ArrayList<>();
            List<SlideRef> asked = new ArrayList<>(); // the slides of ranges counted out, in the order asked
            Set<Path> lookedAt = new HashSet<>(); // the files looked at for a change since they were indexed
            for (SlideRef ref : slides) {
                SourceFiles.Opened opened = sources.open(ref.file());
                String name = ref.file().getFileName() == null ? ref.file().toString() : ref.file().getFileName().toString();
                if (opened.file() == null) {
                    asked.add(ref);
                    skipped.add(new SkippedSlide(ref, ref + " was left out: " + name + " " + opened.whyNot() + "."));
                    continue;
                }
                // a range is counted out only up to the file's last slide: FILE#2147483647-2147483647 was counted past
                // the largest int and never ended, FILE#1-1000 said each of the 990 slides a 10-slide deck lacks
                // (slides re-test 25 #1 and #4)
                int count = opened.file().count();
                List<SlideRef> there = ref.slidesUpTo(count);
                asked.addAll(there);
                if (!there.isEmpty() && lookedAt.add(ref.file()) && changedSinceIndexed.test(ref.file())) {
                    // the numbers are the file's as it is now; search named its slides as the index read them
                    warnings.add(new SlideWarning(there.getFirst(), name + " changed since it was indexed: its "
                            + opened.file().unit() + " numbers refer to the file as it is now, while search names its "
                            + opened.file().unit() + "s as they were until the next index run."));
                }
                if (format == Format.PPTX && opened.file() instanceof SourceFile.Pdf pdf && pdf.forbidden() != null) {
                    // a PowerPoint deck cannot forbid anything: the page would go in free of its author's setting
                    if (!there.isEmpty()) {
                        skipped.add(new SkippedSlide(ref, ref + " was left out: " + name + " forbids " + pdf.forbidden()
                                + " (a setting of its author), which a PowerPoint deck cannot keep; save the deck as PDF to "
                                + "take its pages along."));
                        asked.removeAll(there);
                        asked.add(ref);
                    }
                } else {
                    for (SlideRef slide : there) {
                        wanted.add(new WantedSlide(slide, opened.file(), slide.number() - 1));
                    }
                }
                if (there.size() < ref.count()) {
                    SlideRef missing = ref.pastTheEnd(count);
                    String unit = opened.file().unit();
                    asked.add(missing);
                    skipped.add(new SkippedSlide(missing, missing + " was left out: " + name + " has "
                            + Plural.of(count, unit, unit + "s") + ", so there " + (missing.isRange() ? "are no " + unit + "s "
                            + missing.numberAsWritten() + " to " + missing.lastAsWritten() : "is no " + unit + " "
                            + missing.numberAsWritten()) + "."));
                }
            }
            Copied meter = new Copied(progress, wanted.size());
            int written;
            try {
                written = wanted.isEmpty() ? 0 : write(format, wanted, skipped, warnings, output, replace, meter);
            } catch (DeckNotWritten e) {
                throw e.withSkipped(inOrderAsked(skipped, asked));
            }
            List<SlideWarning> said = new ArrayList<>(warnings); // a warning of the whole deck is found after the slides'
            said.sort(Comparator.comparingInt(w -> asked.indexOf(w.slide())));
            return new DeckExport(written == 0 ? null : output, written, inOrderAsked(skipped, asked), written == 0 ? List.of()
                    : said);
        }
    }

    private static List<SkippedSlide> inOrderAsked(List<SkippedSlide> skipped, List<SlideRef> slides) {
        List<SkippedSlide> sorted = new ArrayList<>(skipped);
        sorted.sort(Comparator.comparingInt(s -> slides.indexOf(s.slide())));
        return sorted;
    }

    private static void checkTarget(Path output, List<SlideRef> slides, boolean replace, ProtectedFolders keepOut) {
        Path folder = output.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new RefusedDeck("The folder " + folder + " does not exist; make it first, or save the deck in another folder.");
        }
        if (Files.isDirectory(output)) {
            throw new RefusedDeck(output + " is a folder; give the deck a file name ending in .pptx or .pdf.");
        }
        if (Files.exists(output)) {
            for (SlideRef ref : slides) {
                try {
                    if (Files.exists(ref.file()) && Files.isSameFile(output, ref.file())) {
                        throw new RefusedDeck(output + " is one of the files the slides come from, and those are never "
                                + "changed; save the deck under another name.");
                    }
                } catch (IOException cannotCompare) {
                    // a file that cannot be compared is not the target: it is left out with its sentence when read
                }
            }
        }
        // data folders, the sources' files and any file but an earlier export, whether replacing is asked for or not
        // (re-test 17: --force replaced an indexed deck, and decks were written into data/index/; re-test 20: the same
        // with another data folder named)
        keepOut.refusal(output, "The deck", ExportedDecks.EARLIER).ifPresent(why -> {
            throw new RefusedDeck(why);
        });
        if (Files.exists(output) && !replace) {
            throw new RefusedDeck(output + " exists already; choose another name, or replace it (--force on the command line).");
        }
    }

    private static int write(Format format, List<WantedSlide> wanted, List<SkippedSlide> skipped, List<SlideWarning> warnings,
                             Path output, boolean replace, Copied progress) {
        Path folder = output.getParent();
        Path temp = null;
        try {
            OutputStream out;
            try {
                temp = folder.resolve("." + output.getFileName() + "-" + UUID.randomUUID() + ".part");
                // not Files.createTempFile: that makes the file readable by its owner alone (0600), and the deck moved
                // into place kept it, unreadable for colleagues in a team folder (re-test 12); a new file is made as
                // any program makes one, with the permissions the user's umask gives
                out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                temp = null;
                throw new DeckNotWritten("The deck could not be written in " + folder + ": " + whyNotMadeIn(folder, e) + ".", e);
            }
            int written;
            try (out) {
                written = format == Format.PPTX ? PptxDeckWriter.write(wanted, skipped, warnings, out, progress)
                        : PdfDeckWriter.write(wanted, skipped, warnings, out, progress);
            }
            if (written > 0) {
                moveIntoPlace(temp, output, replace);
            }
            return written;
        } catch (IOException e) {
            throw new DeckNotWritten("The deck could not be written to " + output + ": " + CollateralException.why(e) + ".", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a temporary file left behind is hidden and named after the deck; the next export makes another
                }
            }
        }
    }

    /**
     * Why no file could be made in a folder that exists (it was checked): a folder that says "no such file" for a new
     * one ({@code /proc}) takes no new files; it does exist.
     */
    private static String whyNotMadeIn(Path folder, IOException e) {
        if (e instanceof NoSuchFileException && Files.isDirectory(folder)) {
            return "that folder takes no new files";
        }
        return CollateralException.why(e);
    }

    private static void moveIntoPlace(Path temp, Path output, boolean replace) throws IOException {
        if (!replace && Files.exists(output)) { // made by someone else while the deck was written
            throw new RefusedDeck(output + " exists already; choose another name, or replace it (--force on the command line).");
        }
        try {
            Files.move(temp, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            if (replace) {
                Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temp, output);
            }
        }
    }
}
