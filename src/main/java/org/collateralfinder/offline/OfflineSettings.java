package org.collateralfinder.offline;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.collateralfinder.model.CollateralException;
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

    private final Path file;

    public OfflineSettings(Path file) {
        this.file = file;
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
        LOG.warn("Ignoring the offline budget '{}' in {}; using the default", value, file);
        return DEFAULT_BUDGET_BYTES;
    }

    public void setBudgetBytes(long bytes) {
        if (bytes <= 0) {
            throw new CollateralException("The offline budget must be more than zero.");
        }
        Properties p = load();
        p.setProperty(BUDGET, Long.toString(bytes));
        save(p);
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                LOG.warn("The offline settings in {} could not be read; using the defaults", file, e);
            }
        }
        return p;
    }

    private void save(Properties p) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Collateral Finder: offline copies");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CollateralException("The offline settings could not be saved to " + file + ": " + e.getMessage() + ".", e);
        }
    }
}
