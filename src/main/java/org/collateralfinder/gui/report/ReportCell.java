package org.collateralfinder.gui.report;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.collateralfinder.gui.common.WrappingText;

/**
 * A row of a report list, as wide as the list: the name in bold, and under it a line of figures with the file's
 * folder ("no feedback yet · in Decks"), cut short or wrapped, the whole of it in a tooltip. The lists never
 * scroll sideways (a month's figures on one line ran off the list at 1280 px).
 *
 * @param <T> the row's type
 */
final class ReportCell<T> extends ListCell<T> {

    private final Function<T, String> name;
    private final Function<T, String> detail;
    private final Function<T, String> tooltip;
    private final Label nameLabel = new Label();
    private final Label detailLabel = new Label();
    private final VBox lines = new VBox(1, nameLabel, detailLabel);
    private final boolean wrap;

    /**
     * @param detail  the line under the name (its folder included)
     * @param tooltip what the tooltip says in full ("" for none)
     * @param wrap    whether the line under the name wraps (else it is cut short with "…")
     */
    ReportCell(Function<T, String> name, Function<T, String> detail, Function<T, String> tooltip, boolean wrap) {
        this.name = name;
        this.detail = detail;
        this.tooltip = tooltip;
        this.wrap = wrap;
        nameLabel.getStyleClass().add(Styles.TEXT_BOLD);
        nameLabel.setMinWidth(0);
        detailLabel.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        detailLabel.setMinWidth(0);
        if (wrap) {
            WrappingText.wrapSafely(detailLabel);
        }
        lines.setMinWidth(0);
        setPrefWidth(0); // as wide as the list, not as the text
    }

    /**
     * As tall as its lines at the list's width: a cell asks its graphic's height for no width in particular, which is one
     * line, and the wrapped line under the name was cut with "…" instead (a month's figures in the report's narrower
     * third column).
     */
    @Override
    protected double computePrefHeight(double width) {
        if (!wrap || getGraphic() != lines || width <= 0) {
            return super.computePrefHeight(width);
        }
        double inner = width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + lines.prefHeight(inner) + snappedBottomInset();
    }

    /** The line under a file's name: the figures, then the folder that tells it from files of the same name. */
    static String withFolder(String figures, String folder) {
        return folder.isEmpty() ? figures : figures + " · in " + folder;
    }

    @Override
    protected void updateItem(T row, boolean isEmpty) {
        super.updateItem(row, isEmpty);
        if (isEmpty || row == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        nameLabel.setText(name.apply(row));
        detailLabel.setText(detail.apply(row));
        String full = tooltip.apply(row);
        setTooltip(full.isEmpty() ? null : new Tooltip(full));
        setGraphic(lines);
        setAccessibleText(nameLabel.getText() + ", " + detailLabel.getText());
    }
}
