package org.collateralfinder.gui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One small per-feature settings file (a properties file in the data directory). Reading a missing or
 * damaged file gives empty settings; writing replaces the file atomically. Do both off the FX thread.
 */
public final class SettingsFile {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);

    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    public Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Settings in {} could not be read; using defaults", file, e);
            }
        }
        return p;
    }

    public void save(Properties values) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(out, "Collateral Finder settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("Settings could not be saved to {}", file, e);
        }
    }

    public static double number(Properties p, String key, double fallback) {
        try {
            return Double.parseDouble(p.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
