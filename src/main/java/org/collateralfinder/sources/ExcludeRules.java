package org.collateralfinder.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Simple wildcard excludes matched against a file or folder name: {@code *.tmp}, {@code ~$*}; a
 * trailing slash ({@code .git/}) means folders only. Hidden names (starting with a dot) and system
 * folders are always left out. Only {@code *} (any characters) and {@code ?} (one character) are wildcards;
 * everything else is literal. Matched without regular expressions: a walk tests every file's name.
 */
public final class ExcludeRules {

    /** Office lock files, temporary and partial downloads, OS litter, version-control folders. */
    public static final List<String> DEFAULTS = List.of(
            "~$*", ".~lock.*", "~*.tmp", "*.tmp", "*.temp", "*.bak", "*.swp", "*.part", "*.crdownload",
            "Thumbs.db", "desktop.ini", ".DS_Store", "$RECYCLE.BIN/", "System Volume Information/",
            "node_modules/", "__MACOSX/", ".git/", ".svn/",
            // a team index published into the share is an index, not collateral (named here so it stays
            // left out whatever becomes of the rule for hidden names)
            ".collateral-index/");

    private final List<String> patterns;
    private final List<Wildcard> fileMatchers = new ArrayList<>();
    private final List<Wildcard> folderMatchers = new ArrayList<>();

    public ExcludeRules(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        for (String pattern : this.patterns) {
            boolean folderOnly = pattern.endsWith("/");
            String glob = folderOnly ? pattern.substring(0, pattern.length() - 1) : pattern;
            Wildcard matcher = new Wildcard(glob.toLowerCase(Locale.ROOT));
            folderMatchers.add(matcher);
            if (!folderOnly) {
                fileMatchers.add(matcher);
            }
        }
    }

    public static ExcludeRules defaults() {
        return new ExcludeRules(DEFAULTS);
    }

    /** The defaults plus extra patterns. */
    public static ExcludeRules withExtra(List<String> extra) {
        List<String> all = new ArrayList<>(DEFAULTS);
        for (String p : extra) {
            if (!all.contains(p)) {
                all.add(p);
            }
        }
        return new ExcludeRules(all);
    }

    public List<String> patterns() {
        return patterns;
    }

    public boolean excludesFile(String name) {
        return isHidden(name) || matches(fileMatchers, name);
    }

    public boolean excludesFolder(String name) {
        return isHidden(name) || matches(folderMatchers, name);
    }

    private static boolean isHidden(String name) {
        return name.startsWith(".") && !name.equals(".") && !name.equals("..");
    }

    private static boolean matches(List<Wildcard> matchers, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Wildcard m : matchers) {
            if (m.matches(lower)) {
                return true;
            }
        }
        return false;
    }

    /** A whole-name pattern where {@code *} is any run of characters and {@code ?} any one character. */
    private record Wildcard(String pattern) {

        boolean matches(String name) {
            int p = 0;
            int n = 0;
            int star = -1;
            int resume = 0;
            while (n < name.length()) {
                if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == name.charAt(n))) {
                    p++;
                    n++;
                } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                    star = p++;
                    resume = n;
                } else if (star >= 0) {
                    // the last star takes one more character, and the rest is tried again
                    p = star + 1;
                    n = ++resume;
                } else {
                    return false;
                }
            }
            while (p < pattern.length() && pattern.charAt(p) == '*') {
                p++;
            }
            return p == pattern.length();
        }
    }
}
