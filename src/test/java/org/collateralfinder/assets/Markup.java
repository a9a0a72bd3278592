package org.collateralfinder.assets;

/** Escaping for the XML and HTML the generators write by hand. */
final class Markup {

    private Markup() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
