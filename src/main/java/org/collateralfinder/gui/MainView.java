package org.collateralfinder.gui;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.event.Event;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.collateralfinder.gui.about.AboutView;
import org.collateralfinder.gui.collections.CollectionsDetail;
import org.collateralfinder.gui.collections.CollectionsPane;
import org.collateralfinder.gui.common.ErrorBanner;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.NoticeBanner;
import org.collateralfinder.gui.curation.CurationPane;
import org.collateralfinder.gui.deck.DeckTrayView;
import org.collateralfinder.gui.feedback.AnswerNoticeBanner;
import org.collateralfinder.gui.feedback.AnswersPane;
import org.collateralfinder.gui.feedback.FeedbackView;
import org.collateralfinder.gui.offline.OfflineSection;
import org.collateralfinder.gui.preview.PreviewView;
import org.collateralfinder.gui.report.ReportView;
import org.collateralfinder.gui.search.DealBar;
import org.collateralfinder.gui.search.FiltersPanel;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.gui.search.ResultsView;
import org.collateralfinder.gui.search.RetiredGuard;
import org.collateralfinder.gui.search.SavedSearchesView;
import org.collateralfinder.gui.search.SearchBar;
import org.collateralfinder.gui.sources.SourcesView;
import org.collateralfinder.model.SearchHit;
import org.kordamp.ikonli.feather.Feather;

/**
 * The window's layout: a header with the search box, tabs for searching, sources and the report, and a
 * status bar with indexing progress. The search tab splits into filters, results and the preview.
 */
public final class MainView extends BorderPane {

    public static final KeyCombination FOCUS_SEARCH = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);

    private final MainViewModel vm;
    private final SearchBar searchBar;
    private final ResultsView results;
    private final Columns split = new Columns();
    private final TabPane tabs = new TabPane();
    private final Tab searchTab;
    private final Tab sourcesTab;
    private Stage aboutWindow;

    public MainView(MainViewModel vm, List<Double> dividers) {
        this.vm = vm;
        getStyleClass().add("main-view");
        // opening, copying or dragging a file marketing retired asks first, once per file
        // a file used (opened, copied, dragged out, put in a deck) was found: the search found something
        RetiredGuard retired = new RetiredGuard(MainView::confirm, vm.searchGaps()::used);
        vm.fileActions().guardWith((hit, doing) -> retired.mayUse(rowOf(vm, hit), doing));
        vm.deck().guardWith(item -> retired.mayUse(item, "Export"));
        Consumer<ResultItem> toggleOffline = item -> {
            if (!item.pinned()) {
                vm.searchGaps().used(); // kept offline: used
            }
            vm.offline().toggle(item);
        };
        results = new ResultsView(vm.search(), vm.fileActions(), toggleOffline, vm.feedback().draftFiles(),
                vm.rowPages(), vm.preview().matchingPages()::openOn, retired);
        searchBar = new SearchBar(vm.search(), results::focusList);
        // the preview (pages, text, feedback) is built when the first file is selected, not at start
        StackPane preview = new StackPane(previewPlaceholder());
        preview.getStyleClass().add("preview-view");
        preview.setAlignment(Pos.TOP_LEFT);
        vm.preview().itemProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable item) {
                item.removeListener(this);
                FeedbackView feedback = new FeedbackView(vm.feedback());
                VBox history = new VBox(new AnswersPane(vm.fileAnswers(), vm.fileAnswerForm(), vm.search().selectedProperty(),
                        vm.fileActions()::openPath), feedback.historyPane());
                VBox.setVgrow(history.getChildren().get(1), Priority.ALWAYS);
                VBox curationAndFeedback = new VBox(8, new CurationPane(vm.curation(), vm.offline()::pin),
                        new CollectionsDetail(vm.collections()), feedback.bar());
                preview.getChildren().setAll(new PreviewView(vm.preview(), vm.fileActions(), toggleOffline,
                        vm.search()::moreLikeThis, vm.deck(), curationAndFeedback, history));
            }
        });
        FiltersPanel filters = new FiltersPanel(vm.search());
        // the left column: the saved searches, the filters, and under them the collections with the chosen one's files
        VBox left = new VBox(new SavedSearchesView(vm.savedSearches()), filters, new CollectionsPane(vm.collections()));
        VBox.setVgrow(filters, Priority.ALWAYS);
        CollectionsDetail.addTo(results.list().getContextMenu(), vm.collections());

        split.getItems().addAll(left, results, preview);
        split.setId("main-split");
        SplitPane.setResizableWithParent(left, false);
        left.setMinWidth(170);
        preview.setMinWidth(320);
        split.choose(dividers.stream().mapToDouble(Double::doubleValue).toArray());

        FirstStartPane firstStart = new FirstStartPane(vm, this::showSources);
        firstStart.visibleProperty().bind(vm.noSourcesProperty());
        split.visibleProperty().bind(vm.noSourcesProperty().not());
        StackPane body = new StackPane(split, firstStart);
        // the slides collected for a deck, under the columns while there are some (or a deck was saved)
        VBox searchPage = new VBox(welcome(), body, new DeckTrayView(vm.deck()));
        VBox.setVgrow(body, Priority.ALWAYS);
        searchTab = new Tab("Search", searchPage);
        searchTab.setGraphic(Icons.of(Feather.SEARCH));
        searchTab.setId("search-tab");
        // built when first shown: the first screen is the search, and a start should not wait for the rest
        sourcesTab = lazyTab("Sources & indexing", () -> new SourcesView(vm.sources(), vm.publish(), new OfflineSection(vm.offline())));
        sourcesTab.setGraphic(Icons.of(Feather.HARD_DRIVE));
        sourcesTab.setId("sources-tab");
        Tab reportTab = lazyTab("Report", () -> new ReportView(vm.report()));
        reportTab.setGraphic(Icons.of(Feather.BAR_CHART_2));
        reportTab.setId("report-tab");
        reportTab.setOnSelectionChanged(e -> {
            if (reportTab.isSelected()) {
                vm.report().load();
            }
        });
        tabs.getTabs().addAll(searchTab, sourcesTab, reportTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("main-tabs");
        tabs.setId("main-tabs");
        vm.search().queryProperty().addListener((obs, old, now) -> tabs.getSelectionModel().select(searchTab));

        setTop(new VBox(new ErrorBanner(vm.errorProperty(), vm::openLogFolder), header(), new DealBar(vm.deal()),
                new NoticeBanner(vm.noticeProperty()), new AnswerNoticeBanner(vm.answerNotices())));
        setCenter(tabs);
        setBottom(statusBar());
    }

    /**
     * The search tab's columns. The ones the rep chose (or the saved ones) come back when the window grows
     * again: a small window pushes the dividers to keep each column at its smallest, and they stayed there.
     * The filters keep their width in pixels, the results their share of the window; a divider the rep
     * drags is the new choice.
     */
    private static final class Columns extends SplitPane {

        private double[] chosen = new double[0];
        private double chosenWidth;
        private double laidOutWidth;
        private boolean dragging;

        Columns() {
            addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragging = e.getTarget() instanceof Node n
                    && n.getStyleClass().contains("split-pane-divider"));
            addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
                if (dragging) {
                    dragging = false;
                    chosen = getDividerPositions();
                    chosenWidth = getWidth();
                }
            });
        }

        void choose(double[] positions) {
            setDividerPositions(positions);
            chosen = positions.clone();
            chosenWidth = 0; // for the width of the first layout
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            double width = getWidth();
            if (width <= 0 || width == laidOutWidth || chosen.length < 2) {
                return;
            }
            laidOutWidth = width;
            if (chosenWidth <= 0) {
                chosenWidth = width;
                return;
            }
            double[] wanted = {Math.min(chosen[0] * chosenWidth / width, chosen[1]), chosen[1]};
            double[] now = getDividerPositions();
            if (Math.abs(now[0] - wanted[0]) > 0.001 || Math.abs(now[1] - wanted[1]) > 0.001) {
                setDividerPositions(wanted); // laid out again; each column still at least its smallest
            }
        }
    }

    private static Label previewPlaceholder() {
        Label hint = new Label("Select a file to see it here");
        hint.setId("preview-placeholder");
        hint.getStyleClass().add(Styles.TITLE_3);
        hint.setWrapText(true);
        hint.setPadding(new Insets(12));
        return hint;
    }

    /** A tab whose content is built the first time it is selected. */
    private static Tab lazyTab(String title, Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }

    private HBox header() {
        Label logo = new Label("Collateral Finder", Icons.of(Feather.COMPASS, 20));
        logo.getStyleClass().addAll(Styles.TITLE_4, "app-title");
        logo.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(searchBar, Priority.ALWAYS);
        searchBar.setMaxWidth(760);
        ToggleButton theme = new ToggleButton(null, Icons.of(Feather.MOON));
        theme.setId("theme-toggle");
        theme.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        theme.setAccessibleText("Dark theme");
        theme.selectedProperty().bindBidirectional(vm.darkProperty());
        theme.setTooltip(new Tooltip("Switch between light and dark"));
        Button about = new Button(null, Icons.of(Feather.INFO));
        about.setId("about-button");
        about.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        about.setAccessibleText("About Collateral Finder, and diagnostics for support");
        about.setTooltip(new Tooltip("About Collateral Finder: version, data folder, logs, diagnostics"));
        about.setOnAction(e -> showAbout());
        Button save = new Button(null, Icons.of(Feather.BOOKMARK));
        save.setId("save-search");
        save.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        save.setAccessibleText("Save this search");
        save.setTooltip(new Tooltip("Save this search (words, filters and order): the saved searches, left, say what is "
                + "new or changed since you last opened each"));
        save.setOnAction(e -> askNameAndSave());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.SOMETIMES);
        HBox box = new HBox(4, searchBar, save); // the bookmark right of the box
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(searchBar.getMaxWidth() + 40);
        Button deal = dealButton();
        HBox header = new HBox(16, logo, box, grow, new HBox(4, deal, theme, about));
        header.setAlignment(Pos.TOP_LEFT);
        header.setPadding(new Insets(10, 16, 2, 16)); // under the box, the line kept for a malformed query's sentence
        header.getStyleClass().add("app-header");
        return header;
    }

    /** "No deal" or "healthcare · proposal": opens (and closes) the deal's fields under the header. */
    private Button dealButton() {
        Button deal = new Button(null, Icons.of(Feather.BRIEFCASE));
        deal.setId("deal-button");
        deal.getStyleClass().add(Styles.FLAT);
        deal.setMinWidth(Region.USE_PREF_SIZE);
        deal.textProperty().bind(vm.deal().dealProperty().map(d -> d.isEmpty() ? "Deal" : d.label()));
        deal.setTooltip(new Tooltip("Set the deal you are working on: files that worked in deals like it rank higher"));
        deal.accessibleTextProperty().bind(vm.deal().dealProperty().map(d -> d.isEmpty()
                ? "Set the deal you are working on" : "Your deal: " + d.label() + ". Change it"));
        deal.setOnAction(e -> {
            if (vm.deal().editingProperty().get()) {
                vm.deal().cancel();
            } else {
                vm.deal().editingProperty().set(true);
            }
        });
        return deal;
    }

    private HBox welcome() {
        Label text = new Label("You are searching the sample collateral. Add your own folders and shared drives to "
                + "find your team's material.");
        text.setWrapText(true);
        text.setGraphic(Icons.of(Feather.INFO));
        Button add = new Button("Add folders…", Icons.of(Feather.FOLDER_PLUS));
        add.setId("offer-add-folders");
        add.getStyleClass().addAll(Styles.ACCENT, Styles.SMALL);
        add.setOnAction(e -> tabs.getSelectionModel().select(sourcesTab));
        Button later = new Button("Later");
        later.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        later.setOnAction(e -> vm.dismissOwnFoldersOffer());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox box = new HBox(10, text, grow, add, later);
        box.setId("welcome");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 16, 8, 16));
        box.getStyleClass().add("welcome");
        box.visibleProperty().bind(vm.offerOwnFoldersProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add(Styles.TEXT_SMALL);
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(0);
        Label indexing = new Label();
        indexing.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        indexing.textProperty().bind(Bindings.when(vm.sources().runningProperty())
                .then(Bindings.concat("Indexing: ", vm.sources().progressTextProperty())).otherwise(""));
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(140);
        bar.getStyleClass().add(Styles.SMALL);
        bar.progressProperty().bind(vm.sources().progressProperty());
        bar.visibleProperty().bind(vm.sources().runningProperty());
        bar.setAccessibleText("Indexing progress");
        bar.setOnMouseClicked(e -> tabs.getSelectionModel().select(sourcesTab));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox box = new HBox(10, status, grow, indexing, bar);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 12, 4, 12));
        box.getStyleClass().add("status-bar");
        return box;
    }

    /** Asks for the saved search's name (the query to start with) and saves the search as set up. */
    private void askNameAndSave() {
        TextInputDialog dialog = new TextInputDialog(vm.search().queryProperty().get().strip());
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("Save this search");
        dialog.setHeaderText("Save the search, its filters and its order");
        dialog.setContentText("Name:");
        dialog.getDialogPane().setId("save-search-dialog");
        dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty()).filter(this::replaceIfAsked)
                .ifPresent(vm.savedSearches()::save);
    }

    /** Whether to save under {@code name}: asked first when a saved search of that name (case aside) would be replaced. */
    private boolean replaceIfAsked(String name) {
        var replaced = vm.savedSearches().replacedBy(name);
        if (replaced.isEmpty()) {
            return true;
        }
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "A saved search is named \u201c"
                + replaced.get().search().shownName() + "\u201d already (" + replaced.get().about() + "). Replace it "
                + "with this search?", replace, ButtonType.CANCEL);
        alert.initOwner(getScene().getWindow());
        alert.setHeaderText("Replace the saved search?");
        alert.getDialogPane().setId("replace-saved-search-dialog");
        ((Button) alert.getDialogPane().lookupButton(replace)).setDefaultButton(false); // Enter keeps the old one
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    /** Opens the About window (one, next to the main window; Escape closes it). */
    private void showAbout() {
        if (aboutWindow == null) {
            aboutWindow = new Stage();
            aboutWindow.initOwner(getScene().getWindow());
            aboutWindow.setTitle("About Collateral Finder");
            aboutWindow.getIcons().setAll(Icons.appIcons());
            Scene scene = new Scene(new AboutView(vm.about(), vm.fileActions()::openFolder),
                    680, -1); // as tall as what it shows
            scene.getStylesheets().setAll(getScene().getStylesheets());
            scene.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    aboutWindow.hide();
                }
            });
            aboutWindow.setScene(scene);
        }
        aboutWindow.show();
        aboutWindow.toFront();
    }

    /**
     * Installs the window-wide shortcuts: Ctrl+K (Cmd+K) focuses the search box from anywhere; Ctrl+Q (Cmd+Q)
     * closes the window as its close button does (asking first about feedback typed and not saved).
     */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(FOCUS_SEARCH, this::focusSearch);
        scene.getAccelerators().put(QUIT, () -> {
            Window window = scene.getWindow();
            if (window != null) {
                Event.fireEvent(window, new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
            }
        });
    }

    private void showSources() {
        tabs.getSelectionModel().select(sourcesTab);
    }

    public void focusSearch() {
        tabs.getSelectionModel().select(searchTab);
        searchBar.focusBox();
    }

    /** Once the window shows: the search box's drop-down built once, unseen, before the rep's first key needs it. */
    public void warmSearchBox() {
        searchBar.warmSuggestions(vm.search());
    }

    public List<Double> dividerPositions() {
        return Arrays.stream(split.getDividerPositions()).boxed().toList();
    }

    public ResultsView results() {
        return results;
    }

    public TabPane tabs() {
        return tabs;
    }


    /** The row of a hit among the results (the selected one first), or null. */
    private static ResultItem rowOf(MainViewModel vm, SearchHit hit) {
        ResultItem selected = vm.search().selectedProperty().get();
        if (selected != null && selected.hit().path().equals(hit.path())) {
            return selected;
        }
        return vm.search().results().stream().filter(item -> item.hit().path().equals(hit.path())).findFirst()
                .orElse(null);
    }

    /** Asks the rep a yes-or-no question in a dialog; true for yes. */
    private static boolean confirm(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.YES, ButtonType.NO);
        alert.setHeaderText("Marketing advises against sending this file"); // retired, or its curation expired
        alert.getDialogPane().setId("retired-confirmation");
        // a safety question: Enter keeps the rep from using the file
        ((Button) alert.getDialogPane().lookupButton(ButtonType.YES)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.NO)).setDefaultButton(true);
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }
}
