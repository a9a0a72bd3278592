package org.collateralfinder.gui.preview;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.collateralfinder.gui.common.WrappingText;

/**
 * The file's facts, each label beside the first line of its value (a path, a list of copies). Its height for
 * a width counts the lines the values wrap onto, which {@code GridPane}'s own does not: the pane holding it
 * can scroll to its last line.
 */
final class FactsGrid extends GridPane {

    FactsGrid() {
        setId("facts");
        getStyleClass().add("facts");
        setHgap(12);
        setVgap(4);
    }

    void show(List<PreviewViewModel.Fact> facts) {
        getChildren().clear();
        int row = 0;
        for (PreviewViewModel.Fact f : facts) {
            Label k = new Label(f.label());
            k.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            k.setMinWidth(Region.USE_PREF_SIZE);
            WrappingText v = new WrappingText(f.value(), "fact-text");
            GridPane.setHgrow(v, Priority.ALWAYS);
            // at the top of its row: centred beside several paths, "Older versions" sank out of sight and its
            // paths read as more copies
            GridPane.setValignment(k, VPos.TOP);
            GridPane.setValignment(v, VPos.TOP);
            addRow(row++, k, v);
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width < 0) {
            return super.computePrefHeight(width);
        }
        List<Region> labels = getManagedChildren().stream().filter(n -> getColumnIndex(n) == 0).map(Region.class::cast)
                .toList();
        double labelWidth = labels.stream().mapToDouble(l -> l.prefWidth(-1)).max().orElse(0);
        double valueWidth = Math.max(0, width - snappedLeftInset() - snappedRightInset() - labelWidth - getHgap());
        double height = snappedTopInset() + snappedBottomInset();
        for (Region label : labels) {
            double row = label.prefHeight(-1);
            for (var n : getManagedChildren()) {
                if (getColumnIndex(n) == 1 && getRowIndex(n).equals(getRowIndex(label))) {
                    row = Math.max(row, n.prefHeight(valueWidth));
                }
            }
            height += snapSizeY(row);
        }
        return height + getVgap() * Math.max(0, labels.size() - 1);
    }
}
