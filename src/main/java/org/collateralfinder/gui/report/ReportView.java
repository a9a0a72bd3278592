package org.collateralfinder.gui.report;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.collateralfinder.gui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * Marketing's view. Until the feedback store is merged this says what is coming: most valued files,
 * files flagged outdated, files never used, counts, a chart and a CSV export.
 */
public final class ReportView extends VBox {

    public ReportView() {
        getStyleClass().add("report-view");
        setAlignment(Pos.CENTER);
        setSpacing(10);
        setPadding(new Insets(40));
        Label icon = new Label(null, Icons.of(Feather.BAR_CHART_2, 48));
        icon.getStyleClass().add(Styles.TEXT_MUTED);
        Label title = new Label("Feedback report");
        title.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label("Feedback reporting arrives with the feedback store: the most valued files, the files "
                + "reps flagged as outdated, the files nobody used, counts and a chart, and a CSV export for marketing.");
        text.setId("report-placeholder");
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(icon, title, text);
    }
}
