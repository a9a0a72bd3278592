package org.collateralfinder.gui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import org.collateralfinder.model.FileKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Feather icons of the window, one place. */
public final class Icons {

    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        return new FontIcon(ikon);
    }

    public static FontIcon of(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        return icon;
    }

    /** The icon of a file family: a PDF, a deck, a spreadsheet… */
    public static Ikon forKind(String typeId) {
        FileKind kind = typeId == null ? FileKind.OTHER : FileKind.byIdOrExtension(typeId);
        if (kind == null) {
            return Feather.FILE;
        }
        return switch (kind) {
            case PDF -> Feather.FILE_TEXT;
            case PRESENTATION -> Feather.MONITOR;
            case DOCUMENT -> Feather.FILE_TEXT;
            case SPREADSHEET -> Feather.GRID;
            case TEXT -> Feather.ALIGN_LEFT;
            case WEB -> Feather.GLOBE;
            case EMAIL -> Feather.MAIL;
            case EBOOK -> Feather.BOOK_OPEN;
            case ARCHIVE -> Feather.ARCHIVE;
            case IMAGE -> Feather.IMAGE;
            case OTHER -> Feather.FILE;
        };
    }

    /** The app icon in every size packaged (16 to 256 pixels), for windows and dialogs; empty if missing. */
    public static List<Image> appIcons() {
        List<Image> images = new ArrayList<>();
        for (int size : new int[] {16, 32, 64, 256}) {
            var url = Icons.class.getResource("/org/collateralfinder/gui/icons/icon-" + size + ".png");
            if (url != null) {
                images.add(new Image(url.toExternalForm()));
            }
        }
        return images;
    }

    /** A style class naming the family, for its colour ("kind-pdf", "kind-presentation"…). */
    public static String styleClassForKind(String typeId) {
        FileKind kind = typeId == null ? null : FileKind.byIdOrExtension(typeId);
        return "kind-" + (kind == null ? "other" : kind.id());
    }
}
