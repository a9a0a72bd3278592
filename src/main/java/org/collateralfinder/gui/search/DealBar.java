package org.collateralfinder.gui.search;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.WrappingText;
import org.kordamp.ikonli.feather.Feather;

/**
 * The deal's fields under the header, shown while the rep sets the deal: industry, stage and competitor, Apply
 * (Enter), Clear deal, and Escape to close without applying. What cannot be a deal is said under the fields.
 */
public final class DealBar extends VBox {

    public DealBar(DealViewModel vm) {
        Label intro = new Label("Your deal:", Icons.of(Feather.BRIEFCASE));
        intro.setMinWidth(Label.USE_PREF_SIZE);
        TextField industry = field("deal-industry", "Industry, e.g. healthcare", vm.industryProperty().get());
        industry.textProperty().bindBidirectional(vm.industryProperty());
        TextField stage = field("deal-stage", "Stage, e.g. proposal", vm.stageProperty().get());
        stage.textProperty().bindBidirectional(vm.stageProperty());
        TextField competitor = field("deal-competitor", "Competitor, e.g. Acme", vm.competitorProperty().get());
        competitor.textProperty().bindBidirectional(vm.competitorProperty());
        Button apply = new Button("Apply");
        apply.setId("deal-apply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setOnAction(e -> vm.apply());
        Button clear = new Button("Clear deal");
        clear.setId("deal-clear");
        clear.setOnAction(e -> vm.clear());
        Button close = new Button(null, Icons.of(Feather.X));
        close.setId("deal-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setAccessibleText("Close the deal's fields without applying");
        close.setOnAction(e -> vm.cancel());
        for (TextField f : new TextField[] {industry, stage, competitor}) {
            f.setOnAction(e -> vm.apply());
            f.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    vm.cancel();
                    e.consume();
                }
            });
        }
        FlowPane fields = new FlowPane(8, 6, intro, industry, stage, competitor, new HBox(6, apply, clear, close));
        fields.setAlignment(Pos.CENTER_LEFT);
        Label why = new Label("Files that worked in deals like it, by the team's feedback, rank higher and say so; "
                + "feedback you give meanwhile records its industry and stage.");
        why.setWrapText(true);
        why.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = new Label();
        error.setId("deal-error");
        error.setWrapText(true);
        error.getStyleClass().add("deal-error");
        error.textProperty().bind(WrappingText.forLabel(vm.errorProperty()));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        getChildren().addAll(fields, error, why);
        setSpacing(4);
        getStyleClass().add("deal-bar");
        setId("deal-bar");
        managedProperty().bind(vm.editingProperty());
        visibleProperty().bind(vm.editingProperty());
        vm.editingProperty().addListener((obs, was, now) -> {
            if (now) {
                industry.requestFocus();
            }
        });
    }

    private static TextField field(String id, String prompt, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        field.setPrefColumnCount(14);
        return field;
    }
}
