package org.collateralfinder.gui.preview;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.collateralfinder.gui.common.WrappingGrid;
import org.collateralfinder.gui.common.WrappingText;

/**
 * The file's facts, each label beside the first line of its value (a path, a list of copies). Its height for
 * a width counts the lines the values wrap onto: the pane holding it can scroll to its last line.
 */
final class FactsGrid extends WrappingGrid {

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
}
