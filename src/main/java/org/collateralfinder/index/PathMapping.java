package org.collateralfinder.index;

import org.apache.lucene.util.BytesRef;

/**
 * Turns a path an index built on another machine stores into the path this machine reaches the same file
 * at, and back: the other machine's folder {@code from} (with its separator) becomes {@code to} (with this
 * machine's). A path outside {@code from} has no counterpart. Replacing a common prefix keeps the byte
 * order of the paths, so sorted terms and doc values stay sorted; only when the separators differ
 * (a Windows publisher, Mac laptops) does the order of names around the separator change.
 *
 * @param from          the folder as the other machine stored it ({@code \\fs01\marketing}, {@code /srv/marketing})
 * @param to            the same folder here ({@code /Volumes/marketing})
 * @param fromSeparator the other machine's file separator
 * @param toSeparator   this machine's file separator
 */
public record PathMapping(String from, String to, char fromSeparator, char toSeparator) {

    /** Between an archive's path and a member's name; member names always use {@code /}. */
    private static final String MEMBER = FileIndexing.MEMBER_SEPARATOR;

    /** The stored path as seen here; unchanged when it is not under {@link #from}. */
    public String map(String stored) {
        if (!under(stored, from, fromSeparator)) {
            return stored;
        }
        return to + convert(stored.substring(from.length()), fromSeparator, toSeparator);
    }

    /** The stored path for a path as seen here, or null when no stored path maps to it. */
    public String unmap(String shown) {
        if (!under(shown, to, toSeparator)) {
            return null;
        }
        return from + convert(shown.substring(to.length()), toSeparator, fromSeparator);
    }

    BytesRef map(BytesRef stored) {
        return new BytesRef(map(stored.utf8ToString()));
    }

    /**
     * Where a stored-order seek for a value as seen here starts: the stored path for it when it is under
     * {@link #to} (whether or not such a path exists), {@link #from} itself when it sorts before every
     * mapped path, and null when it sorts after all of them.
     */
    BytesRef seekTarget(BytesRef shown) {
        String s = shown.utf8ToString();
        if (s.startsWith(to)) {
            return new BytesRef(from + convert(s.substring(to.length()), toSeparator, fromSeparator));
        }
        return s.compareTo(to) < 0 ? new BytesRef(from) : null;
    }

    /** Whether {@code path} is {@code folder} or lies below it (file, archive member or version key). */
    private static boolean under(String path, String folder, char separator) {
        if (!path.startsWith(folder)) {
            return false;
        }
        if (path.length() == folder.length() || folder.endsWith(String.valueOf(separator))) {
            return true;
        }
        char next = path.charAt(folder.length());
        return next == separator || next == '\u0000';
    }

    /** Separators changed up to an archive member's name (whose parts are always separated by {@code /}). */
    private static String convert(String rest, char fromSeparator, char toSeparator) {
        if (fromSeparator == toSeparator) {
            return rest;
        }
        int member = rest.indexOf(MEMBER);
        String outer = member < 0 ? rest : rest.substring(0, member);
        String inner = member < 0 ? "" : rest.substring(member);
        return outer.replace(fromSeparator, toSeparator) + inner;
    }
}
