package org.collateralfinder;

import java.lang.reflect.InvocationTargetException;

/**
 * The runnable jar's entry point, compiled for Java 8 (see pom.xml, {@code compile-launcher}) so that
 * {@code java -jar collateral-finder.jar} under an older Java prints one sentence naming the Java it
 * needs instead of an {@code UnsupportedClassVersionError} stack. On Java 25 or newer it hands over to
 * {@link Main} (by name: this class must not link against classes compiled for 25).
 */
public final class Launcher {

    /** The Java feature version the app is compiled for. */
    static final int NEEDED = 25;

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        String refusal = refusal(System.getProperty("java.specification.version"), System.getProperty("java.home"));
        if (refusal != null) {
            System.err.println(refusal);
            System.exit(1);
        }
        try {
            Class.forName("org.collateralfinder.Main").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The sentence for a Java too old to run the app, or null when {@code specVersion} is new enough. */
    static String refusal(String specVersion, String javaHome) {
        int feature = feature(specVersion);
        if (feature == 0 || feature >= NEEDED) { // unreadable: let it try
            return null;
        }
        return "Collateral Finder needs Java " + NEEDED + " or newer, and this is Java " + specVersion
                + (javaHome == null ? "" : " (" + javaHome + ")")
                + ": start it with a Java " + NEEDED + " (for example Temurin " + NEEDED
                + " from https://adoptium.net), or use the installed app, which brings its own.";
    }

    /** 8 for "1.8", 17 for "17", 25 for "25"; 0 when unreadable. */
    static int feature(String specVersion) {
        if (specVersion == null) {
            return 0;
        }
        String v = specVersion.startsWith("1.") ? specVersion.substring(2) : specVersion;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(v.substring(0, end));
    }
}
