package org.collateralfinder.sources;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.collateralfinder.model.CollateralException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the very first start, copies the sample collateral shipped with the app (class-path folder
 * {@code sample-collateral/}, in the jar or in {@code target/classes}) into the data directory and
 * registers that copy as a source, so a new rep has something to search at once. Runs once: when the
 * copy exists the rep's own choice of sources is left alone, even if they removed the samples.
 */
public final class SampleCollateralInstaller {

    public static final String RESOURCE_FOLDER = "sample-collateral";
    private static final Logger LOG = LoggerFactory.getLogger(SampleCollateralInstaller.class);

    private final Path origin;

    /** @param origin a folder containing {@code sample-collateral/}, or a jar file containing it */
    public SampleCollateralInstaller(Path origin) {
        this.origin = origin;
    }

    /** The installer for the samples packaged with this build (the jar or classes folder of this class). */
    public static SampleCollateralInstaller fromClassPath() {
        CodeSource code = SampleCollateralInstaller.class.getProtectionDomain().getCodeSource();
        try {
            return new SampleCollateralInstaller(code == null ? Path.of(".") : Path.of(code.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            LOG.warn("Cannot locate the packaged sample collateral", e);
            return new SampleCollateralInstaller(Path.of("."));
        }
    }

    /**
     * Copies the samples into {@code target} and adds it as a source, if there are no sources, the
     * samples were never installed and the team did not fix the sources.
     *
     * @return how many files were copied (0 when nothing was done)
     */
    public int installIfFirstStart(Path target, SourceRegistry registry) {
        if (Files.exists(target) || registry.isLocked() || !registry.list().isEmpty()) {
            return 0;
        }
        int copied;
        try {
            copied = copyTo(target);
        } catch (IOException e) {
            throw new CollateralException("The sample collateral could not be copied to " + target + ": "
                    + e.getMessage() + ".", e);
        }
        if (copied > 0) {
            registry.add(target, List.of());
            LOG.info("Installed {} sample files into {}", copied, target);
        }
        return copied;
    }

    /** Copies every packaged sample file into {@code target}; returns how many. */
    int copyTo(Path target) throws IOException {
        if (Files.isDirectory(origin)) {
            return copyTree(origin.resolve(RESOURCE_FOLDER), target);
        }
        if (Files.isRegularFile(origin)) {
            try (FileSystem jar = FileSystems.newFileSystem(origin)) {
                return copyTree(jar.getPath("/" + RESOURCE_FOLDER), target);
            }
        }
        return 0;
    }

    private static int copyTree(Path from, Path target) throws IOException {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("files.txt"))
                    .forEach(files::add);
        }
        if (files.isEmpty()) {
            return 0;
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        deleteTree(partial);
        for (Path file : files) {
            Path to = partial.resolve(from.relativize(file).toString());
            Files.createDirectories(to.getParent());
            Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(partial, target);
        return files.size();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
