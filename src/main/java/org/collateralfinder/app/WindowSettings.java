package org.collateralfinder.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * What the window remembers between starts: size and position, the divider positions and the last
 * query. Kept in {@code window.properties} in the data directory. Load and save off the FX thread.
 */
public record WindowSettings(double x, double y, double width, double height, boolean maximized,
                             List<Double> dividers, String lastQuery) {

    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;

    public WindowSettings {
        dividers = List.copyOf(dividers);
        lastQuery = lastQuery == null ? "" : lastQuery;
    }

    public static WindowSettings defaults() {
        return new WindowSettings(Double.NaN, Double.NaN, DEFAULT_WIDTH, DEFAULT_HEIGHT, false, List.of(0.16, 0.58),
                "");
    }

    public static WindowSettings load(SettingsFile file) {
        Properties p = file.load();
        WindowSettings d = defaults();
        List<Double> dividers = new ArrayList<>();
        for (String s : p.getProperty("dividers", "").split(",")) {
            try {
                double v = Double.parseDouble(s.strip());
                if (v > 0 && v < 1) {
                    dividers.add(v);
                }
            } catch (NumberFormatException ignored) {
                // a damaged value falls back to the defaults below
            }
        }
        return new WindowSettings(SettingsFile.number(p, "x", d.x()), SettingsFile.number(p, "y", d.y()),
                Math.max(640, SettingsFile.number(p, "width", d.width())),
                Math.max(480, SettingsFile.number(p, "height", d.height())),
                Boolean.parseBoolean(p.getProperty("maximized", "false")),
                dividers.size() == d.dividers().size() ? dividers : d.dividers(),
                p.getProperty("lastQuery", ""));
    }

    public void save(SettingsFile file) {
        Properties p = new Properties();
        if (!Double.isNaN(x)) {
            p.setProperty("x", Double.toString(x));
            p.setProperty("y", Double.toString(y));
        }
        p.setProperty("width", Double.toString(width));
        p.setProperty("height", Double.toString(height));
        p.setProperty("maximized", Boolean.toString(maximized));
        p.setProperty("dividers", String.join(",", dividers.stream().map(d -> String.format(Locale.ROOT, "%.4f", d)).toList()));
        p.setProperty("lastQuery", lastQuery);
        file.save(p);
    }
}
