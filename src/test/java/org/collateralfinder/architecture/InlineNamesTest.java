package org.collateralfinder.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code names a class by its simple name and imports it (the formatter, Spotless in pom.xml, orders the
 * imports and drops unused ones). A fully qualified name inline is kept only where the simple name is
 * taken in that file: by an import, a type the file declares, or a class of the file's own package.
 */
class InlineNamesTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.\"/])((?:java|javax|javafx|org|com)\\.(?:[a-z][a-z0-9_]*\\.)+)([A-Z][A-Za-z0-9_]*)");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+([\\w.]+)\\.(\\w+);", Pattern.MULTILINE);
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Z]\\w*)");

    @Test
    void noClassIsNamedInFullWhereItsSimpleNameIsFree() throws IOException {
        List<String> inline = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                inline.addAll(inlineNames(file));
            }
        }
        assertThat(inline).isEmpty();
    }

    @Test
    void theCheckFindsAnInlineNameAndLeavesAClashAlone() throws IOException {
        Path dir = Files.createTempDirectory("inline-names");
        Path file = dir.resolve("Sample.java");
        Files.writeString(file, """
                package org.example;

                import java.time.Duration;

                /** Mentions java.util.List in a comment, which is fine. */
                final class Sample {
                    java.util.Map<String, String> names = new java.util.HashMap<>();
                    javafx.util.Duration clash = null; // Duration is imported from java.time
                    String text = "java.util.Set in a string";
                }
                """, StandardCharsets.UTF_8);

        assertThat(inlineNames(file)).containsExactly(file + ":7 java.util.Map", file + ":7 java.util.HashMap");
    }

    private static List<String> inlineNames(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Set<String> taken = new HashSet<>();
        Matcher imports = IMPORT.matcher(source);
        while (imports.find()) {
            taken.add(imports.group(2));
        }
        Matcher declared = DECLARED.matcher(source);
        while (declared.find()) {
            taken.add(declared.group(1));
        }
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            siblings.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .forEach(n -> taken.add(n.substring(0, n.length() - ".java".length())));
        }
        List<String> found = new ArrayList<>();
        String[] lines = withoutCommentsAndStrings(source).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("import ") || line.startsWith("package ")) {
                continue;
            }
            Matcher m = QUALIFIED.matcher(lines[i]);
            while (m.find()) {
                if (!taken.contains(m.group(2)) || isImportedAs(source, m.group(1) + m.group(2))) {
                    found.add(file + ":" + (i + 1) + " " + m.group(1) + m.group(2));
                }
            }
        }
        return found;
    }

    /** Whether the file imports this very class and still names it in full. */
    private static boolean isImportedAs(String source, String qualified) {
        return source.contains("import " + qualified + ";");
    }

    /** The source with comments and string literals blanked (line breaks kept, so line numbers hold). */
    static String withoutCommentsAndStrings(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                blank(source, i, end, out);
                i = end;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
                blank(source, i, end, out);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                blank(source, i, end, out);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(source.length(), end + 1);
                blank(source, i, end, out);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(String source, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) {
            out.append(source.charAt(k) == '\n' ? '\n' : ' ');
        }
    }
}
