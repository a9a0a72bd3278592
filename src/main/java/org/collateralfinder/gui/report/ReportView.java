package org.collateralfinder.gui.report;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.WholeLabel;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.gui.feedback.AnswersPane;
import org.collateralfinder.gui.feedback.FeedbackLabels;
import org.kordamp.ikonli.feather.Feather;

/**
 * Marketing's view of the feedback: three lists (most valued, flagged outdated, never used) with counts,
 * charts of the tags given and the feedback per month beside what reps searched for and did not find, CSV export,
 * and the team folder with Sync now and the rep's switch for counting their searches that found nothing.
 */
public final class ReportView extends BorderPane {

    public ReportView(ReportViewModel vm) {
        getStyleClass().add("report-view");
        VBox page = new VBox(12);
        page.setPadding(new Insets(16, 16, 12, 16));

        Label title = new Label("Feedback report");
        title.getStyleClass().add(Styles.TITLE_3);
        Label summary = new WholeLabel(); // whole on more lines; cut after one, it hid that a file is gone (N2)
        summary.setId("report-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(vm.summaryProperty());
        Button refresh = new Button("Refresh", Icons.of(Feather.REFRESH_CW, 12));
        refresh.setId("report-refresh");
        refresh.getStyleClass().add(Styles.SMALL);
        refresh.setOnAction(e -> vm.load());
        Button export = new Button("Export CSV…", Icons.of(Feather.DOWNLOAD, 12));
        export.setId("report-export");
        export.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        export.setAccessibleText("Export the report as a CSV file");
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the feedback report");
            chooser.setInitialFileName("collateral-feedback.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (comma separated)", "*.csv"));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                vm.exportCsv(file.toPath());
            }
        });
        Label exported = new Label();
        exported.setId("report-export-status");
        exported.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        exported.textProperty().bind(vm.exportStatusProperty());
        exported.setMinWidth(0);
        summary.setMinWidth(0);
        summary.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        export.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(10, title, grow, exported, refresh, export);
        head.setAlignment(Pos.CENTER_LEFT);
        // the summary has the page's whole width under the title and wraps there (beside the buttons, at
        // 900 px it was cut to "… 4 indexed files have ...")
        VBox heading = new VBox(2, head, summary);

        HBox lists = new HBox(12,
                list("Most valued", Feather.AWARD, "report-valued", vm.mostValued(), "No file stands out yet."),
                list("Didn't land", Feather.THUMBS_DOWN, "report-didnt-land", vm.didntLand(), "No file is marked as not landing."),
                list("Flagged outdated", Feather.CLOCK, "report-outdated", vm.outdated(), "Nothing is flagged outdated."),
                list("Never used", Feather.MOON, "report-unused", vm.neverUsed(), "Every indexed file has feedback."));
        VBox.setVgrow(lists, Priority.ALWAYS);

        VBox gaps = list("Searched for, not found", Feather.SEARCH, "report-search-gaps", vm.searchGaps(),
                "No search found nothing yet (each laptop shares its counts once a week is over).");
        gaps.getChildren().get(1).setAccessibleHelp("What reps searched for in the last 13 weeks and did not find, or "
                + "found and did not use, most searched first: the material to make next.");
        HBox charts = new HBox(12, tagChart(vm), monthChart(vm), gaps);
        charts.setPrefHeight(250);
        charts.setMinHeight(200);
        page.getChildren().addAll(heading, lists, charts, loop(vm));
        // the report scrolls when the window is too small for its lists; the team bar with Sync now stays put
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        setCenter(scroll);
        VBox team = team(vm);
        BorderPane.setMargin(team, new Insets(4, 16, 12, 16));
        setBottom(team);
    }

    /**
     * The loop per month, the feedback waiting for an answer, and the answer form beside it (under it, the form was
     * cut by the team bar at a 1280 by 800 window: rc19 minor 5); the form's column shows while there is feedback to
     * answer or a line to read.
     */
    private static HBox loop(ReportViewModel vm) {
        Label summary = new WholeLabel(); // whole, on two lines at 1280 px, beside a short answer column
        summary.setId("report-loop-summary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.setWrapText(true);
        summary.textProperty().bind(vm.loopSummaryProperty());
        ListView<ReportViewModel.Row> months = new ListView<>(vm.loopMonths());
        months.setId("report-loop-months");
        months.setAccessibleText("Feedback answered per month");
        // the month, its figures wrapped under it (on one line they ran off the list, which scrolled sideways)
        months.setCellFactory(v -> new ReportCell<>(ReportViewModel.Row::name, ReportViewModel.Row::detail, r -> "", true));
        months.setPrefHeight(120);
        months.setMinHeight(96);
        VBox perMonth = new VBox(6, summary, months);
        perMonth.setPrefWidth(0);
        HBox.setHgrow(perMonth, Priority.ALWAYS);

        Label title = new Label("Waiting for an answer", Icons.of(Feather.MESSAGE_SQUARE, 14));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        ListView<ReportViewModel.Waiting> waiting = new ListView<>(vm.waiting());
        waiting.setId("report-waiting");
        waiting.setAccessibleText("Feedback waiting for an answer");
        Label none = new Label();
        none.setId("report-waiting-none");
        none.textProperty().bind(vm.noneWaitingProperty()); // "No feedback yet." when there is none at all
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.setWrapText(true);
        waiting.setPlaceholder(none);
        waiting.setCellFactory(v -> new ReportCell<>(ReportViewModel.Waiting::name,
                w -> ReportCell.withFolder(w.detail(), w.folder()), w -> w.detail() + "\n" + w.path(), false));
        waiting.setPrefHeight(120);
        waiting.setMinHeight(96);
        // the form shows while there is feedback to answer (what the last answer did stays under the list)
        Node form = AnswersPane.form(vm.answerForm(),
                () -> vm.answer(waiting.getSelectionModel().getSelectedItem()), Bindings.isNotEmpty(vm.waiting()));
        VBox.setVgrow(waiting, Priority.ALWAYS);
        VBox waitingColumn = new VBox(6, title, waiting);
        waitingColumn.setPrefWidth(0);
        HBox.setHgrow(waitingColumn, Priority.ALWAYS);
        VBox answer = new VBox(form);
        answer.setId("report-answer");
        answer.setPrefWidth(0);
        HBox.setHgrow(answer, Priority.ALWAYS);
        answer.visibleProperty().bind(Bindings.isNotEmpty(vm.waiting())
                .or(vm.answerForm().messageProperty().isNotEmpty()));
        answer.managedProperty().bind(answer.visibleProperty());
        return new HBox(12, perMonth, waitingColumn, answer);
    }

    private static VBox list(String heading, Feather icon, String id, ObservableList<ReportViewModel.Row> rows,
                             String empty) {
        Label title = new Label(heading, Icons.of(icon, 14));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label count = new Label();
        count.getStyleClass().addAll("report-count", Styles.TEXT_SMALL);
        count.textProperty().bind(Bindings.size(rows).asString());
        HBox top = new HBox(8, title, count);
        top.setAlignment(Pos.CENTER_LEFT);
        ListView<ReportViewModel.Row> list = new ListView<>(rows);
        list.setId(id);
        list.setMinHeight(112); // three rows stay readable; a smaller window scrolls the page
        list.setAccessibleText(heading);
        Label none = new Label(empty);
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.setWrapText(true); // four lists side by side at 900 px: the sentence takes two lines, not "…"
        none.setTextAlignment(TextAlignment.CENTER);
        none.setPadding(new Insets(0, 8, 0, 8));
        list.setPlaceholder(none);
        list.setCellFactory(v -> new ReportCell<>(ReportViewModel.Row::name,
                r -> ReportCell.withFolder(r.detail(), r.folder()), ReportViewModel.Row::path, false));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(6, top, list);
        box.setPrefWidth(0);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static BarChart<String, Number> tagChart(ReportViewModel vm) {
        BarChart<String, Number> chart = chart("Tags given", "report-tags-chart");
        // what is loaded already (the tab may open after the first load), then every new load
        draw(chart, vm.tagCountsProperty().get(), FeedbackLabels::label);
        vm.tagCountsProperty().addListener((obs, old, now) -> draw(chart, now, FeedbackLabels::label));
        return chart;
    }

    private static BarChart<String, Number> monthChart(ReportViewModel vm) {
        BarChart<String, Number> chart = chart("Feedback per month", "report-months-chart");
        draw(chart, vm.perMonthProperty().get(), Formats::month);
        vm.perMonthProperty().addListener((obs, old, now) -> draw(chart, now, Formats::month));
        return chart;
    }

    private static <K> void draw(BarChart<String, Number> chart, Map<K, Integer> counts, Function<K, String> name) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        if (counts != null) {
            counts.forEach((key, n) -> series.getData().add(new XYChart.Data<>(name.apply(key), n)));
        }
        chart.getData().setAll(List.of(series));
    }

    private static BarChart<String, Number> chart(String title, String id) {
        NumberAxis counts = new NumberAxis();
        counts.setMinorTickVisible(false);
        counts.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Integer.toString(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), counts);
        chart.setId(id);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(18);
        chart.getStyleClass().add("report-chart");
        chart.setPrefWidth(0);
        HBox.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    /**
     * The team folder and its buttons on one line, what the last sync said under them: a long sentence ("… it is
     * empty, without the marker file …") wraps across the bar, and the buttons keep their labels.
     */
    private VBox team(ReportViewModel vm) {
        Label label = new Label(null, Icons.of(Feather.USERS, 14));
        label.textProperty().bind(Bindings.when(vm.teamFolderProperty().isEmpty())
                .then("No team folder: feedback stays on this computer.")
                .otherwise(Bindings.concat("Team folder: ", vm.teamFolderProperty())));
        label.setId("team-folder");
        label.setMinWidth(0);
        label.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS); // a long path keeps its start and its folder's name
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(label.textProperty());
        label.setTooltip(whole);
        Button choose = new Button("Choose team folder…", Icons.of(Feather.FOLDER, 12));
        choose.getStyleClass().add(Styles.SMALL);
        choose.setId("choose-team-folder");
        choose.disableProperty().bind(vm.teamFolderLockedProperty());
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Choose the shared folder your team's feedback goes to");
            File folder = chooser.showDialog(getScene().getWindow());
            if (folder != null) {
                vm.chooseTeamFolder(folder.toPath());
            }
        });
        CheckBox countGaps = new CheckBox("Count my searches that found nothing");
        countGaps.setId("count-search-gaps");
        countGaps.getStyleClass().add(Styles.SMALL);
        countGaps.selectedProperty().bindBidirectional(vm.countSearchGapsProperty());
        countGaps.setTooltip(new Tooltip("Searches that found nothing, or whose files you did not open, copy, drag or "
                + "pin, are counted without your name and shared with the team as weekly counts once each week is over, "
                + "so marketing learns what to make next. Only with a team folder. Off forgets what was not shared yet."));
        countGaps.setMinWidth(Region.USE_PREF_SIZE);
        Button sync = new Button("Sync now", Icons.of(Feather.REFRESH_CW, 12));
        sync.setId("team-sync");
        sync.getStyleClass().add(Styles.SMALL);
        sync.disableProperty().bind(vm.teamFolderProperty().isEmpty());
        sync.setOnAction(e -> vm.syncNow());
        Label status = new Label();
        status.setId("sync-status");
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.textProperty().bind(vm.syncStatusProperty());
        WrappingText.wrapSafely(status);
        status.setMaxWidth(Double.MAX_VALUE);
        status.visibleProperty().bind(vm.syncStatusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        choose.setMinWidth(Region.USE_PREF_SIZE);
        sync.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox line = new HBox(10, label, grow, countGaps, choose, sync);
        line.setAlignment(Pos.CENTER_LEFT);
        Label gapsStatus = new Label();
        gapsStatus.setId("search-gaps-status");
        gapsStatus.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        gapsStatus.textProperty().bind(vm.searchGapsStatusProperty());
        WrappingText.wrapSafely(gapsStatus);
        gapsStatus.setMaxWidth(Double.MAX_VALUE);
        gapsStatus.visibleProperty().bind(vm.searchGapsStatusProperty().isNotEmpty());
        gapsStatus.managedProperty().bind(gapsStatus.visibleProperty());
        VBox box = new VBox(4, line, status, gapsStatus);
        box.getStyleClass().add("team-bar");
        box.setPadding(new Insets(8, 12, 8, 12));
        return box;
    }
}
