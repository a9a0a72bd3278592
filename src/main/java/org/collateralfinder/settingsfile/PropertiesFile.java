package org.collateralfinder.settingsfile;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * A properties file in UTF-8, read whole and replaced whole: a write goes to a temporary file beside it,
 * which is then moved over it (atomically where the file system can), so a crash never leaves half a file.
 * What to do when reading or writing fails is the caller's choice.
 */
public final class PropertiesFile {

    private final Path file;
    private final String comment;

    /** {@code comment} is written at the top of the file. */
    public PropertiesFile(Path file, String comment) {
        this.file = file;
        this.comment = comment;
    }

    public Path path() {
        return file;
    }

    /**
     * The file's properties; none when there is no such file.
     *
     * @throws IOException              when the file is there but cannot be read
     * @throws IllegalArgumentException when it holds a malformed Unicode escape
     */
    public Properties read() throws IOException {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
        }
        return properties;
    }

    /** Replaces the file with these properties. */
    public void write(Properties properties) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(out, comment);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
