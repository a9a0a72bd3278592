package org.collateralfinder.sources;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Simple wildcard excludes matched against a file or folder name: {@code *.tmp}, {@code ~$*}; a
 * trailing slash ({@code .git/}) means folders only. Hidden names (starting with a dot) and system
 * folders are always left out.
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
    private final List<PathMatcher> fileMatchers = new ArrayList<>();
    private final List<PathMatcher> folderMatchers = new ArrayList<>();

    public ExcludeRules(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        var fs = FileSystems.getDefault();
        for (String pattern : this.patterns) {
            boolean folderOnly = pattern.endsWith("/");
            String glob = folderOnly ? pattern.substring(0, pattern.length() - 1) : pattern;
            PathMatcher matcher = fs.getPathMatcher("glob:" + escapeForGlob(glob.toLowerCase(Locale.ROOT)));
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

    private static boolean matches(List<PathMatcher> matchers, String name) {
        Path p = Path.of(name.toLowerCase(Locale.ROOT));
        for (PathMatcher m : matchers) {
            if (m.matches(p)) {
                return true;
            }
        }
        return false;
    }

    /** Globs treat backslash and braces specially; a rep's pattern means them literally. */
    private static String escapeForGlob(String glob) {
        return glob.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("[", "\\[");
    }
}
