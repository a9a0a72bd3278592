package org.collateralfinder.gui.common;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Text onto the system clipboard (FX thread), for view models that copy text without touching JavaFX. */
public final class SystemClipboard {

    private SystemClipboard() {
    }

    public static void putText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
