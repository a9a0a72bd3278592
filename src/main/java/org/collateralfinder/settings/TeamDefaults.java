package org.collateralfinder.settings;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.settingsfile.PropertiesFile;
import org.collateralfinder.sources.SourceRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sales team's defaults, written by an administrator into {@value #FILE_NAME} next to the installed
 * app (the folder holding the app's jar) or into the file named by {@code $COLLATERAL_FINDER_DEFAULTS}:
 *
 * <pre>
 * # one setting per line; keys may repeat; backslashes are taken literally
 * source = \\fs01\marketing
 * source = /Volumes/marketing
 * exclude = Archive/
 * feedback.folder = \\fs01\marketing\feedback
 * locked = true
 * </pre>
 *
 * A source that is not an absolute path on this computer is left out, so one file serves Windows and
 * macOS laptops. Unlocked, the defaults are offered once: each team source is added the first time this
 * data folder sees it (a rep may remove it), the feedback folder when none is chosen. Locked, the team's
 * sources are the only sources (re-applied on every start; adding, removing and excludes are refused)
 * and the team's feedback folder is re-applied on every start.
 *
 * @param origin         the file read, or null when there are no defaults
 * @param sources        the team's source folders usable on this computer, normalised
 * @param excludes       extra exclude patterns for the team's sources
 * @param feedbackFolder the team feedback folder, or null
 * @param locked         whether reps may not change the sources
 */
public record TeamDefaults(Path origin, List<String> sources, List<String> excludes, String feedbackFolder,
                           boolean locked) {

    public static final String FILE_NAME = "team-defaults.conf";
    public static final String VARIABLE = "COLLATERAL_FINDER_DEFAULTS";
    /** A system property naming the file; wins over the environment (for scripts and tests). */
    public static final String PROPERTY = "collateralfinder.defaults";
    /** The feedback feature's settings file in the data folder and its key for the team folder. */
    static final String FEEDBACK_SETTINGS = "feedback";
    static final String FEEDBACK_TEAM_FOLDER = "team.folder";
    /** This feature's own record of which team sources were already offered (unlocked defaults). */
    static final String OFFERED_SETTINGS = "team-defaults";

    private static final Logger LOG = LoggerFactory.getLogger(TeamDefaults.class);

    public TeamDefaults {
        sources = sources == null ? List.of() : List.copyOf(sources);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
    }

    /** No defaults: the rep chooses everything. */
    public static TeamDefaults none() {
        return new TeamDefaults(null, List.of(), List.of(), null, false);
    }

    public boolean present() {
        return origin != null;
    }

    /**
     * The defaults of this installation: the file named by {@code -D}{@value #PROPERTY}, else by
     * {@code $}{@value #VARIABLE}, else {@value #FILE_NAME} next to the app.
     */
    public static TeamDefaults forInstallation(Map<String, String> environment) {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return find(Map.of(VARIABLE, property), null);
        }
        return find(environment, installationFolder());
    }

    /**
     * The file named by {@value #VARIABLE}, else {@value #FILE_NAME} in {@code installationFolder}, else none.
     * A named file that cannot be found (a share that is offline) is logged and ignored, so the app starts.
     */
    public static TeamDefaults find(Map<String, String> environment, Path installationFolder) {
        String named = environment.get(VARIABLE);
        if (named != null && !named.isBlank()) {
            Path file = Path.of(named.strip());
            if (Files.isRegularFile(file)) {
                return read(file);
            }
            LOG.warn("{} names {}, which cannot be read now; starting without team defaults", VARIABLE, file);
            return none();
        }
        if (installationFolder != null) {
            Path file = installationFolder.resolve(FILE_NAME);
            if (Files.isRegularFile(file)) {
                return read(file);
            }
        }
        return none();
    }

    /** The folder holding the app's jar (in an installed app, the app folder beside the runtime), or null. */
    static Path installationFolder() {
        CodeSource code = TeamDefaults.class.getProtectionDomain().getCodeSource();
        if (code == null) {
            return null;
        }
        try {
            Path location = Path.of(code.getLocation().toURI());
            return Files.isRegularFile(location) ? location.getParent() : location;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Reads a defaults file; a line it does not understand is refused with its number. */
    public static TeamDefaults read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CollateralException("The team defaults in " + file + " could not be read: " + CollateralException.why(e) + ".", e);
        }
        Set<String> sources = new LinkedHashSet<>();
        List<String> excludes = new ArrayList<>();
        String feedbackFolder = null;
        boolean locked = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip(); // a byte-order mark from Notepad
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? "" : line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : line.substring(eq + 1).strip();
            switch (key) {
                case "source" -> usablePath(value).ifPresent(sources::add);
                case "exclude" -> excludes.add(value);
                case "feedback.folder" -> feedbackFolder = value;
                case "locked" -> {
                    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                        throw notUnderstood(file, i, lines.get(i), "locked is true or false");
                    }
                    locked = Boolean.parseBoolean(value);
                }
                default -> throw notUnderstood(file, i, lines.get(i),
                        "the settings are source, exclude, feedback.folder and locked, one 'key = value' a line");
            }
            if (value.isEmpty()) {
                throw notUnderstood(file, i, lines.get(i), "the value after '=' is missing");
            }
        }
        return new TeamDefaults(file.toAbsolutePath().normalize(), List.copyOf(sources), excludes, feedbackFolder, locked);
    }

    private static CollateralException notUnderstood(Path file, int index, String line, String hint) {
        return new CollateralException("Line " + (index + 1) + " of the team defaults in " + file + " is not understood ('"
                + line.strip() + "'): " + hint + ".");
    }

    private static Optional<String> usablePath(String value) {
        try {
            Path path = Path.of(value);
            if (path.isAbsolute()) {
                return Optional.of(SourceRegistry.normalise(path).toString());
            }
        } catch (InvalidPathException e) {
            // a path of another operating system
        }
        LOG.debug("Team source {} is not a path on this computer; left out", value);
        return Optional.empty();
    }

    /** The sentence refusing a change to the sources when they are locked. */
    public String lockedSentence() {
        return "The source folders are set by your team's administrator (" + origin + ") and cannot be changed here.";
    }

    /**
     * Applies the defaults to a data folder (see the class comment) and returns its source registry,
     * locked when the defaults are. Call on every start, before anything else reads the sources.
     */
    public SourceRegistry applyTo(DataDirectory dir) {
        if (!present()) {
            return new SourceRegistry(dir.sourcesFile(), null, dir.root());
        }
        SourceRegistry registry = new SourceRegistry(dir.sourcesFile(), locked ? lockedSentence() : null, dir.root());
        List<SourceRegistry.SourceFolder> current = registry.list();
        if (locked) {
            List<SourceRegistry.SourceFolder> team = new ArrayList<>();
            for (String path : sources) {
                team.add(new SourceRegistry.SourceFolder(path, excludes, aliasesOf(current, path)));
            }
            if (registry.replaceAll(team)) {
                LOG.info("Sources set to the team's {} (locked by {})", sources, origin);
            }
        } else {
            offerNewSources(dir, registry, current);
        }
        if (feedbackFolder != null) {
            applyFeedbackFolder(new PropertiesFile(dir.settingsFile(FEEDBACK_SETTINGS), "Collateral Finder: feedback settings"));
        }
        return registry;
    }

    private static List<String> aliasesOf(List<SourceRegistry.SourceFolder> current, String path) {
        return current.stream().filter(s -> s.path().equals(path)).findFirst()
                .map(SourceRegistry.SourceFolder::aliases).orElse(List.of());
    }

    private void offerNewSources(DataDirectory dir, SourceRegistry registry, List<SourceRegistry.SourceFolder> current) {
        PropertiesFile offeredFile = new PropertiesFile(dir.settingsFile(OFFERED_SETTINGS),
                "Collateral Finder: team sources already offered to this data folder");
        Properties offered = load(offeredFile);
        Set<String> done = new LinkedHashSet<>(List.of(offered.getProperty("offered.sources", "").split("\n")));
        done.remove("");
        List<SourceRegistry.SourceFolder> updated = new ArrayList<>(current);
        boolean changed = false;
        for (String path : sources) {
            if (done.add(path)) {
                changed = true;
                if (current.stream().noneMatch(s -> s.path().equals(path))) {
                    updated.add(new SourceRegistry.SourceFolder(path, excludes));
                    LOG.info("Added the team source {} from {}", path, origin);
                }
            }
        }
        if (changed) {
            registry.replaceAll(updated);
            offered.setProperty("offered.sources", String.join("\n", done));
            store(offered, offeredFile);
        }
    }

    private void applyFeedbackFolder(PropertiesFile settings) {
        Properties feedback = load(settings);
        String current = feedback.getProperty(FEEDBACK_TEAM_FOLDER);
        if (feedbackFolder.equals(current) || (!locked && current != null && !current.isBlank())) {
            return;
        }
        feedback.setProperty(FEEDBACK_TEAM_FOLDER, feedbackFolder);
        store(feedback, settings);
    }

    private static Properties load(PropertiesFile file) {
        try {
            return file.read();
        } catch (IOException e) {
            throw new CollateralException("The settings in " + file.path() + " could not be read.", e);
        }
    }

    private static void store(Properties p, PropertiesFile file) {
        try {
            file.write(p);
        } catch (IOException e) {
            throw new CollateralException("The settings could not be saved in " + file.path() + ": " + CollateralException.why(e) + ".", e);
        }
    }

    /** For diagnostics: where the defaults came from and whether they are locked. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", origin == null ? null : origin.toString());
        m.put("locked", locked);
        m.put("sources", sources);
        m.put("excludes", excludes);
        m.put("feedback_folder", feedbackFolder);
        return m;
    }
}
