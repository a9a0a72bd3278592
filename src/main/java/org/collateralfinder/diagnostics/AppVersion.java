package org.collateralfinder.diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's version, from the build ("development" when run without the build's resources). */
public final class AppVersion {

    private AppVersion() {
    }

    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/collateral-finder.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
