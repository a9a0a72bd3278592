package org.collateralfinder.offline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collateralfinder.model.RefusedInputException;

/**
 * Sizes as people write and read them: {@code 500MB}, {@code 2 GB}, {@code 1.5GB}. Units are binary
 * (1 KB = 1024 bytes), as file managers show them.
 */
public final class ByteSize {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(i?b|bytes?)?", Pattern.CASE_INSENSITIVE);
    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private ByteSize() {
    }

    /** Parses {@code 500MB}, {@code 2 GB}, {@code 1.5g}, {@code 750KiB} or a plain number of bytes. */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new RefusedInputException("'" + text + "' is not a size; write it like 500MB or 2GB.");
        }
        String prefix = m.group(2).toLowerCase(Locale.ROOT);
        if (prefix.isEmpty() && m.group(3) != null && m.group(3).equalsIgnoreCase("ib")) {
            throw new RefusedInputException("'" + text + "' is not a size; write it like 500MB or 2GB.");
        }
        int power = prefix.isEmpty() ? 0 : "kmgt".indexOf(prefix) + 1;
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
        if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new RefusedInputException("'" + text + "' is larger than any disk.");
        }
        return bytes.setScale(0, RoundingMode.DOWN).longValueExact();
    }

    /** {@code 2 GB}, {@code 1.5 MB}, {@code 512 bytes}: one decimal at most, rounded half up. */
    public static String format(long bytes) {
        return format(bytes, RoundingMode.HALF_UP);
    }

    /**
     * Formats with the given rounding; a sentence that compares two sizes rounds the one needed up
     * and the one available down, so a refusal never reads "needs 1 GB, 1 GB free".
     */
    public static String format(long bytes, RoundingMode rounding) {
        if (Math.abs(bytes) < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        int unit = 0;
        long scale = 1024;
        while (unit < UNITS.length - 1 && Math.abs(bytes) >= scale * 1024) {
            scale *= 1024;
            unit++;
        }
        BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(scale), 1, rounding).stripTrailingZeros();
        return value.toPlainString() + " " + UNITS[unit];
    }
}
