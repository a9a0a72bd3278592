package org.collateralfinder.offline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.RefusedInputException;
import org.collateralfinder.settingsfile.PropertiesFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offline feature's settings (today only the size budget), kept in their own small properties
 * file and saved as they change. Read on every call, so a change made by the command line is seen
 * by a running app.
 */
public final class OfflineSettings {

    /** 2 GB: a few hundred decks and brochures, small enough for any laptop. */
    public static final long DEFAULT_BUDGET_BYTES = 2L * 1024 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(OfflineSettings.class);
    private static final String BUDGET = "budget_bytes";

    private final PropertiesFile file;

    public OfflineSettings(Path file) {
        this.file = new PropertiesFile(file, "Collateral Finder: offline copies");
    }

    /** The most the local copies may take, in bytes. */
    public long budgetBytes() {
        String value = load().getProperty(BUDGET);
        if (value == null) {
            return DEFAULT_BUDGET_BYTES;
        }
        try {
            long bytes = Long.parseLong(value.strip());
            if (bytes > 0) {
                return bytes;
            }
        } catch (NumberFormatException e) {
            // fall through to the default
        }
        LOG.warn("Ignoring the offline budget '{}' in {}; using the default", value, file.path());
        return DEFAULT_BUDGET_BYTES;
    }

    public void setBudgetBytes(long bytes) {
        if (bytes <= 0) {
            throw new RefusedInputException("The offline budget must be more than zero.");
        }
        Properties p = load();
        p.setProperty(BUDGET, Long.toString(bytes));
        save(p);
    }

    private Properties load() {
        try {
            return file.read();
        } catch (IOException e) {
            LOG.warn("The offline settings in {} could not be read; using the defaults", file.path(), e);
            return new Properties();
        }
    }

    private void save(Properties p) {
        try {
            file.write(p);
        } catch (IOException e) {
            throw new CollateralException("The offline settings could not be saved to " + file.path() + ": " + e.getMessage() + ".", e);
        }
    }
}
