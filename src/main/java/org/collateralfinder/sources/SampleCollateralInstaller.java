package org.collateralfinder.sources;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * How many days before the install each sample was last changed, so the first search looks like a
     * real share (dates, the "modified" filter, an older and a newer pricing deck) rather than every
     * file saying "Today". Files not named here keep the copy's time.
     */
    static final Map<String, Integer> AGE_DAYS = Map.ofEntries(
            Map.entry("Release Notes 2026.md", 4),
            Map.entry("Price Sheet Q3 2026.xlsx", 9),
            Map.entry("Pricing Deck v2 FINAL.pptx", 13),
            Map.entry("Northwind Platform Brochure 2026.pdf", 21),
            Map.entry("Customer FAQ.html", 30),
            Map.entry("Product Overview.odt", 38),
            Map.entry("Battlecard - vs Fabrikam.docx", 47),
            Map.entry("One-Pager - Healthcare Compliance.pdf", 64),
            Map.entry("Discount Approval Matrix.csv", 79),
            Map.entry("Pitch Deck - Retail Analytics.pptx", 96),
            Map.entry("Case Study - Contoso Retail.docx", 124),
            Map.entry("Pricing Deck v1.pptx", 158),
            Map.entry("Manufacturing Quality Webinar.odp", 211),
            Map.entry("Partner Program.txt", 402));
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
                    + CollateralException.why(e) + ".", e);
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
        Instant now = Instant.now();
        for (Path file : files) {
            Path to = partial.resolve(from.relativize(file).toString());
            Files.createDirectories(to.getParent());
            Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
            Integer age = AGE_DAYS.get(to.getFileName().toString());
            if (age != null) {
                Files.setLastModifiedTime(to, FileTime.from(
                        now.minus(Duration.ofDays(age))));
            }
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
