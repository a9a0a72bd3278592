package org.collateralfinder.sources;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.model.CollateralException;

/**
 * The source folders, remembered in the data directory as JSON. A source is kept by its absolute
 * path as given (a mounted share's path is kept even while it is unmounted).
 */
public final class SourceRegistry {

    /** One source folder and its extra exclude patterns (on top of the defaults). */
    public record SourceFolder(String path, List<String> excludes) {
        public SourceFolder {
            excludes = excludes == null ? List.of() : List.copyOf(excludes);
        }

        public Path root() {
            return Path.of(path);
        }

        public ExcludeRules excludeRules() {
            return ExcludeRules.withExtra(excludes);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public SourceRegistry(Path file) {
        this.file = file;
    }

    public synchronized List<SourceFolder> list() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(file.toFile(), new TypeReference<List<SourceFolder>>() { }));
        } catch (IOException e) {
            throw new CollateralException("The list of sources in " + file + " could not be read; "
                    + "fix or delete that file and add the sources again.", e);
        }
    }

    /** Adds a folder; returns false when it was already a source. */
    public synchronized boolean add(Path folder, List<String> excludes) {
        Path absolute = normalise(folder);
        if (!Files.isDirectory(absolute)) {
            throw new CollateralException("The folder " + absolute + " does not exist or is not a folder.");
        }
        List<SourceFolder> sources = new ArrayList<>(list());
        for (SourceFolder s : sources) {
            if (s.path().equals(absolute.toString())) {
                return false;
            }
        }
        sources.add(new SourceFolder(absolute.toString(), excludes));
        save(sources);
        return true;
    }

    /** Removes a folder; returns false when it was not a source. */
    public synchronized boolean remove(Path folder) {
        String absolute = normalise(folder).toString();
        List<SourceFolder> sources = new ArrayList<>(list());
        boolean removed = sources.removeIf(s -> s.path().equals(absolute));
        if (removed) {
            save(sources);
        }
        return removed;
    }

    /** Replaces the extra excludes of a source. */
    public synchronized void setExcludes(Path folder, List<String> excludes) {
        String absolute = normalise(folder).toString();
        List<SourceFolder> sources = new ArrayList<>();
        for (SourceFolder s : list()) {
            sources.add(s.path().equals(absolute) ? new SourceFolder(s.path(), excludes) : s);
        }
        save(sources);
    }

    public static Path normalise(Path folder) {
        return folder.toAbsolutePath().normalize();
    }

    private void save(List<SourceFolder> sources) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), sources);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CollateralException("The list of sources could not be saved to " + file + ": "
                    + e.getMessage() + ".", e);
        }
    }
}
