package org.collateralfinder.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;
import org.collateralfinder.settingsfile.PropertiesFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One small per-feature settings file of the desktop app (a properties file in the data directory), which
 * never stops the window: reading a missing or damaged file gives empty settings, and a file that cannot
 * be written is logged. Writing replaces the file atomically. Do both off the FX thread.
 */
public final class SettingsFile {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);

    private final PropertiesFile file;

    public SettingsFile(Path file) {
        this.file = new PropertiesFile(file, "Collateral Finder settings");
    }

    public Properties load() {
        try {
            return file.read();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Settings in {} could not be read; using defaults", file.path(), e);
            return new Properties();
        }
    }

    public void save(Properties values) {
        try {
            file.write(values);
        } catch (IOException e) {
            LOG.warn("Settings could not be saved to {}", file.path(), e);
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
