package org.collateralfinder.app;

import java.util.Properties;

/** The chosen theme, kept in {@code appearance.properties}. Load and save off the FX thread. */
public final class ThemeSettings {

    private ThemeSettings() {
    }

    public static boolean loadDark(SettingsFile file) {
        return "dark".equals(file.load().getProperty("theme", "light"));
    }

    public static void saveDark(SettingsFile file, boolean dark) {
        Properties p = new Properties();
        p.setProperty("theme", dark ? "dark" : "light");
        file.save(p);
    }
}
