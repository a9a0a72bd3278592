package org.collateralfinder.gui.common;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.index.IndexedPaths;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.task.BackgroundTask;

/**
 * Using a found file: open it with its usual application, show it in its folder, copy the file or its
 * path. Opening touches the file system and the desktop, so it runs on the background executor; the
 * clipboard is used on the FX thread. When a file's share is offline its pinned offline copy is used;
 * without one the rep gets a clear sentence, not a failure.
 */
public final class FileActions {

    private final Executor background;
    private final Executor ui;
    private final Consumer<UserError> errors;
    private final Consumer<String> status;
    private final Function<String, Optional<Path>> offlineCopy;
    private BiPredicate<SearchHit, String> mayUse = (hit, doing) -> true;
    private Runnable used = () -> { };

    /** @param offlineCopy the pinned local copy of an original path, if there is one */
    public FileActions(UiWork work, Consumer<String> status, Function<String, Optional<Path>> offlineCopy) {
        this.offlineCopy = offlineCopy;
        this.background = work.background();
        this.ui = work.ui();
        this.errors = work.errors();
        this.status = status;
    }

    /**
     * The file on disk: for a member of an archive, the archive; a file in a real folder whose name ends in "!"
     * ({@code fake.zip!/n.txt}) is itself, by the rule the command line pins by. Looks at the disk: background threads
     * only (a result row has it as {@code ResultItem.fileOnDisk()}).
     */
    public static Path fileOnDisk(SearchHit hit) {
        return Path.of(IndexedPaths.fileOnDiskNow(hit.path()));
    }

    /**
     * Asks before a file is used ({@code doing}: "Open", "Copy", "Drag", "Export") when it must (a retired file):
     * the window sets it; without one every file may be used.
     */
    public void guardWith(BiPredicate<SearchHit, String> mayUse) {
        this.mayUse = mayUse;
    }

    /**
     * Runs {@code listener} each time the rep uses a found file (opens, copies, copies the path or shows it in its
     * folder): the search that found it found something worth using.
     */
    public void onUse(Runnable listener) {
        this.used = listener;
    }

    /** The rep used a found file some other way (dragged it out, kept it offline): as {@link #onUse} says. */
    public void used() {
        used.run();
    }

    /** Whether the file may be used now ({@link #guardWith}): a retired one asks first (FX thread). */
    public boolean mayUse(SearchHit hit, String doing) {
        return mayUse.test(hit, doing);
    }

    public void open(SearchHit hit) {
        if (!mayUse(hit, "Open")) {
            return;
        }
        used.run();
        BackgroundTask.of(() -> {
                    Located found = locate(hit);
                    openWithItsApplication(found.file());
                    boolean inArchive = !fileOnDisk(hit).equals(Path.of(hit.path()));
                    return "Opened " + found.file().getFileName()
                            + (inArchive ? " (the archive holding the file)" : "") + found.suffix() + ".";
                })
                .onSuccess(status)
                .onFailure(e -> errors.accept(whenOpenFails(e, () -> reveal(hit))))
                .runOn(background, ui);
    }

    /**
     * The sentence for a file that could not be opened; when it is there but this computer cannot open it,
     * with a Show in folder button (a file that is gone has no folder to show).
     */
    static UserError whenOpenFails(Throwable error, Runnable showInFolder) {
        UserError sentence = UserError.of("Opening the file", error);
        return error instanceof CannotOpen ? sentence.withAction("Show in folder", showInFolder) : sentence;
    }

    /** The file is there, but this computer has no way to open it. */
    static final class CannotOpen extends CollateralException {
        private static final long serialVersionUID = 1L;

        CannotOpen(String sentence, Throwable cause) {
            super(sentence, cause);
        }
    }

    /** Opens one of the copies or older versions listed under a result (by its path). */
    public void openPath(String path) {
        openPath(path, () -> { });
    }

    /** As {@link #openPath(String)}, then runs {@code opened} on the UI executor once the file opened (not when it failed). */
    public void openPath(String path, Runnable opened) {
        used.run();
        BackgroundTask.of(() -> {
                    Path file = Path.of(path);
                    if (!Files.exists(file)) {
                        Optional<Path> copy = offlineCopy.apply(path);
                        if (copy.isEmpty()) {
                            throw new CollateralException(file.getFileName() + " cannot be found in " + file.getParent()
                                    + ": it was moved or deleted, or its share is offline.");
                        }
                        file = copy.get();
                    }
                    openWithItsApplication(file);
                    return "Opened " + file.getFileName() + ".";
                })
                .onSuccess(done -> {
                    status.accept(done);
                    opened.run();
                })
                .onFailure(e -> errors.accept(UserError.of("Opening the file", e)))
                .runOn(background, ui);
    }

    /**
     * Opens a file with the application the desktop has for it; when it has none, or it fails, one sentence
     * saying so with the real path (the desktop's own message quotes it as an encoded URL).
     */
    private static void openWithItsApplication(Path file) {
        try {
            desktop().open(file.toFile());
        } catch (CollateralException e) {
            throw new CannotOpen(e.userMessage(), e);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            String ext = FileKind.extensionOf(file.getFileName().toString());
            throw new CannotOpen("This computer could not open " + file.getFileName() + " ("
                    + file.getParent() + ")" + (ext.isEmpty() ? "" : ": no application seems to be set up for ."
                    + ext + " files") + ". Use Show in folder to open it from there.", e);
        }
    }

    public void reveal(SearchHit hit) {
        used.run();
        run(hit, "Showing the file in its folder", file -> {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            try {
                if (os.contains("win")) {
                    new ProcessBuilder("explorer.exe", "/select,", file.toString()).start();
                } else if (os.contains("mac")) {
                    new ProcessBuilder("open", "-R", file.toString()).start();
                } else if (desktop().isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
                    desktop().browseFileDirectory(file.toFile());
                } else {
                    desktop().open(file.getParent().toFile());
                }
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException | CollateralException e) {
                throw cannotShow(file, e);
            }
            return "Showed " + file.getFileName() + " in its folder";
        });
    }

    /**
     * The file is there but this computer has no file manager to show it with: said as the computer's
     * limit, with the real path (the desktop's own message quotes it as an encoded URL).
     */
    static CollateralException cannotShow(Path file, Exception cause) {
        return new CollateralException("This computer could not show " + file.getFileName() + " in its folder ("
                + file.getParent() + "): no file manager seems to be set up. Copy the path to open the folder yourself.",
                cause);
    }

    /**
     * Puts the file itself on the clipboard, to paste into an e-mail or a chat: the original, or its
     * offline copy while the share is offline (found in the background, put on the clipboard on the FX thread).
     */
    public void copyFile(SearchHit hit) {
        if (!mayUse(hit, "Copy")) {
            return;
        }
        used.run();
        BackgroundTask.of(() -> locate(hit))
                .onSuccess(found -> {
                    ClipboardContent content = new ClipboardContent();
                    File file = found.file().toFile();
                    content.putFiles(List.of(file));
                    content.putString(file.getPath());
                    Clipboard.getSystemClipboard().setContent(content);
                    status.accept("Copied " + file.getName() + " to the clipboard" + found.suffix() + ".");
                })
                .onFailure(e -> errors.accept(UserError.of("Copying the file", e)))
                .runOn(background, ui);
    }

    /** Puts the full path on the clipboard as text (FX thread). */
    public void copyPath(SearchHit hit) {
        used.run();
        SystemClipboard.putText(hit.path());
        status.accept("Copied the path of " + hit.fileName() + ".");
    }

    /** Opens one of the app's own folders (the data folder, the logs) in the file manager. */
    public void openFolder(Path folder) {
        BackgroundTask.of(() -> {
                    desktop().open(folder.toFile());
                    return "Opened " + folder + ".";
                })
                .onSuccess(status)
                .onFailure(e -> errors.accept(UserError.of("Opening " + folder, e)))
                .runOn(background, ui);
    }

    @FunctionalInterface
    private interface FileWork {
        String apply(Path file) throws IOException;
    }

    /** Where a found file is now: the original, or the offline copy while the share cannot be reached. */
    public record Located(Path file, boolean offlineCopy) {
        String suffix() {
            return offlineCopy ? " (the copy kept offline: the share cannot be reached)" : "";
        }
    }

    /**
     * The file to act on: the original when it is there; else its pinned offline copy when the share is
     * offline; else a sentence saying why not. Touches the file system: background threads only.
     */
    public Located locate(SearchHit hit) {
        Path file = fileOnDisk(hit);
        if (Files.exists(file)) {
            return new Located(file, false);
        }
        Path source = Path.of(hit.source());
        if (Files.isDirectory(source)) {
            throw new CollateralException(file.getFileName() + " is no longer in " + file.getParent()
                    + "; it was moved or deleted.");
        }
        Optional<Path> copy = offlineCopy.apply(file.toString());
        if (copy.isPresent()) {
            return new Located(copy.get(), true);
        }
        throw new CollateralException("The share " + hit.source() + " is offline and " + file.getFileName()
                + " is not kept offline, so it cannot be opened now. Connect to the share (VPN or office network) and "
                + "try again; use Keep offline to have it with you next time.");
    }

    private void run(SearchHit hit, String doing, FileWork work) {
        BackgroundTask.of(() -> {
                    Located found = locate(hit);
                    return work.apply(found.file()) + found.suffix() + ".";
                })
                .onSuccess(status)
                .onFailure(e -> errors.accept(UserError.of(doing, e)))
                .runOn(background, ui);
    }

    private static Desktop desktop() throws IOException {
        if (!Desktop.isDesktopSupported()) {
            throw new CollateralException("This computer does not let applications open files; open it from "
                    + "its folder instead.");
        }
        return Desktop.getDesktop();
    }
}
