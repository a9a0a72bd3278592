package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A selected toggle (the Worked feedback button) shows where the keyboard focus is, in the light and the dark theme:
 * its ring was drawn in the colour of its own face, so the focus hardly showed (window re-test 11).
 */
@ExtendWith(ApplicationExtension.class)
class SelectedToggleFocusTest {

    private Button before;
    private ToggleButton worked;

    @Start
    void start(Stage stage) {
        before = new Button("Before");
        worked = new ToggleButton("Worked");
        worked.setId("tag-worked");
        worked.getStyleClass().addAll(Styles.SMALL, Styles.ROUNDED, "feedback-tag", "tag-worked");
        worked.setSelected(true);
        HBox row = new HBox(12, before, worked);
        row.setStyle("-fx-padding: 20; -fx-background-color: -color-bg-default;");
        Scene scene = new Scene(row, 300, 100);
        scene.getStylesheets().add(DesktopApp.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void lightAgain() {
        FxWait.onFx(() -> {
            DesktopApp.applyTheme(false);
            return true;
        });
    }

    @ParameterizedTest(name = "dark theme: {0}")
    @ValueSource(booleans = {false, true})
    void theFocusRingOfASelectedToggleStandsOutFromItsFace(boolean dark, FxRobot robot) {
        FxWait.onFx(() -> {
            DesktopApp.applyTheme(dark);
            before.requestFocus();
            return true;
        });
        FxWait.until("the first button has the focus", before::isFocused);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        FxWait.until("the selected toggle has the keyboard focus, with a ring", () -> worked.isFocusVisible()
                && FocusRing.drawnAround(worked));

        List<BorderStroke> strokes = FxWait.onFx(() -> worked.getBorder().getStrokes().stream()
                .sorted(Comparator.comparingDouble((BorderStroke s) -> s.getInsets().getTop()).reversed()).toList());
        Color face = FxWait.onFx(() -> (Color) worked.getBackground().getFills().getLast().getFill());
        Color next = (Color) strokes.getFirst().getTopStroke(); // the stroke along the toggle's face
        Color outer = (Color) strokes.getLast().getTopStroke();
        assertThat(FocusRing.contrast(next, face)).as("the ring against the face, " + next + " on " + face)
                .isGreaterThanOrEqualTo(3);
        assertThat(strokes).hasSizeGreaterThanOrEqualTo(2);
        assertThat(FocusRing.contrast(outer, next)).as("the ring's outer line against its inner one")
                .isGreaterThanOrEqualTo(3);
    }
}
