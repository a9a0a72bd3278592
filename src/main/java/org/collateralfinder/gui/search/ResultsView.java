package org.collateralfinder.gui.search;

import atlantafx.base.theme.Styles;
import java.util.HashSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.collateralfinder.gui.common.FileActions;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.WholeLabel;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.model.PageHit;
import org.kordamp.ikonli.feather.Feather;

/**
 * The result list with its header (count, active filter chips, order) and, under it while more files match than it
 * lists, "Show 200 more". Arrows move, Enter opens, Ctrl+C copies the file, Ctrl+Shift+C copies the path, and a row can
 * be dragged into another app; Down on the last row goes to "Show … more" (Tab too), and Up there goes back.
 * The selected file stays selected when the results are refreshed, if it is still among them.
 */
public final class ResultsView extends VBox {

    /** The count line is never narrower than this; a longer one wraps. */
    static final double COUNT_MIN_WIDTH = 160;

    private static final KeyCombination COPY_FILE = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY_PATH = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final ListView<ResultItem> list = new ListView<>();
    private final Button more = new Button();

    /** @param drafts the content hashes of the files with feedback typed and not saved (their rows are marked) */
    public ResultsView(SearchViewModel vm, FileActions actions, Consumer<ResultItem> toggleOffline,
                       ObservableSet<String> drafts) {
        this(vm, actions, toggleOffline, drafts, null, (path, page) -> { });
    }

    /**
     * @param rowPages the rows' best matching pages, listed under their snippets (null: none)
     * @param openPage opens the preview of the file at a path on a page (1-based), once the row is selected
     */
    public ResultsView(SearchViewModel vm, FileActions actions, Consumer<ResultItem> toggleOffline,
                       ObservableSet<String> drafts, RowPages rowPages, BiConsumer<String, Integer> openPage) {
        this(vm, actions, toggleOffline, drafts, rowPages, openPage, new RetiredGuard(question -> true));
    }

    /** @param guard asks before a retired file is dragged out (opening and copying ask through {@code actions}) */
    public ResultsView(SearchViewModel vm, FileActions actions, Consumer<ResultItem> toggleOffline,
                       ObservableSet<String> drafts, RowPages rowPages, BiConsumer<String, Integer> openPage,
                       RetiredGuard guard) {
        getStyleClass().add("results-view");
        list.setId("results");
        list.setAccessibleText("Search results");
        list.getStyleClass().addAll(Styles.STRIPED, "results");
        ObservableSet<String> expanded = FXCollections.observableSet(new HashSet<>());
        // every row is one height while none shows its copies and versions (ResultCell): the list is told it, and
        // does not lay out rows it does not show to learn their heights (most of a keystroke's work on the FX thread
        // when it did: a new list of 200 rows was measured row by row, each row styled again as it was)
        DoubleProperty rowHeight = new SimpleDoubleProperty(-1);
        list.fixedCellSizeProperty().bind(Bindings.createDoubleBinding(
                () -> expanded.isEmpty() ? rowHeight.get() : -1, expanded, rowHeight));
        // a row's page link selects the row, and the preview (which follows the selection) opens on that page
        BiConsumer<ResultItem, PageHit> onPage = (item, page) -> {
            list.getSelectionModel().select(item);
            openPage.accept(item.hit().path(), page.page());
        };
        list.setCellFactory(v -> {
            ResultCell cell = new ResultCell(expanded, actions::openPath, drafts, rowPages, onPage, vm::useInstead,
                    item -> guard.mayUse(item, "Drag"));
            cell.markSinceOpened(vm.sinceOpened()); // "New", "Changed" after a saved search is opened
            // the tallest a row has needed (rows need one height; the tallest keeps any from being cut)
            cell.reportRowHeight(height -> {
                if (height > rowHeight.get() + 0.5) {
                    rowHeight.set(height);
                }
            });
            return cell;
        });
        list.setItems(vm.results());
        list.setPlaceholder(emptyState(vm));
        VBox.setVgrow(list, Priority.ALWAYS);

        followSelection(vm);
        list.setOnKeyPressed(e -> {
            ResultItem item = list.getSelectionModel().getSelectedItem();
            if (item == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                actions.open(item.hit());
                e.consume();
            } else if (COPY_PATH.match(e)) {
                actions.copyPath(item.hit());
                e.consume();
            } else if (COPY_FILE.match(e)) {
                actions.copyFile(item.hit());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            ResultItem item = list.getSelectionModel().getSelectedItem();
            if (item != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                actions.open(item.hit());
            }
        });
        list.setContextMenu(contextMenu(actions, toggleOffline, vm));

        // wraps, whole: "1,025 files, showing the first 200; the selected file is n…" (window test 12, F5)
        Label count = new WholeLabel();
        count.setWrapText(true);
        count.setId("result-count");
        count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        count.textProperty().bind(vm.summaryProperty());
        // the chips flow in a row of their own under the count and the order, as wide as the list: side by side
        // while they fit, the next row only when they do not, a long one ("Like …") cut short with its × in view
        FlowPane chips = new FlowPane(6, 6);
        chips.setId("filter-chips");
        chips.getStyleClass().add("filter-chips");
        chips.setPadding(new Insets(0, 12, 8, 12));
        chips.setAlignment(Pos.CENTER_LEFT);
        chips.visibleProperty().bind(Bindings.isNotEmpty(chips.getChildren()));
        chips.managedProperty().bind(chips.visibleProperty());
        vm.activeFilters().addListener((ListChangeListener<ActiveFilter>) c -> {
            chips.getChildren().clear();
            for (ActiveFilter f : vm.activeFilters()) {
                Button chip = new Button(f.label(), Icons.of(Feather.X, 11));
                chip.setContentDisplay(ContentDisplay.RIGHT);
                chip.setMnemonicParsing(false); // "More like this: a_b.pdf" keeps its underscore (window re-test w19)
                chip.getStyleClass().addAll("chip", Styles.SMALL, Styles.ROUNDED, Styles.ACCENT);
                chip.setAccessibleText("Remove the filter " + f.label());
                chip.setTooltip(new Tooltip("Remove the filter " + f.label()));
                chip.maxWidthProperty().bind(chips.widthProperty().subtract(chips.getPadding().getLeft()
                        + chips.getPadding().getRight()));
                chip.setOnAction(e -> vm.removeFilter(f));
                chips.getChildren().add(chip);
            }
            if (vm.activeFilters().size() > 1) {
                Button clear = new Button("Clear all");
                clear.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
                clear.setOnAction(e -> vm.clearFilters());
                chips.getChildren().add(clear);
            }
        });
        ComboBox<ResultOrder> order = new ComboBox<>();
        order.setId("order");
        order.getItems().setAll(ResultOrder.values());
        order.valueProperty().bindBidirectional(vm.orderProperty());
        order.setAccessibleText("Order results by");
        order.getStyleClass().add(Styles.SMALL);
        Label sortLabel = new Label("Sort", Icons.of(Feather.BAR_CHART_2, 12));
        sortLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        sortLabel.setLabelFor(order);
        count.setMinWidth(COUNT_MIN_WIDTH); // never squeezed to nothing beside the order: it wraps onto more lines
        sortLabel.setMinWidth(Region.USE_PREF_SIZE);
        order.setMinWidth(Region.USE_PREF_SIZE);
        chips.setMinWidth(0);
        chips.setPrefWidth(0); // as wide as the list, not as its chips
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(10, count, grow, sortLabel, order);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("results-header");
        WrappingText notice = new WrappingText();
        notice.setId("search-notice");
        notice.getStyleClass().add("search-notice");
        vm.noticeProperty().addListener((obs, old, now) -> notice.setText(now, "notice-text"));
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        getChildren().addAll(header, chips, notice, list, moreBar(vm));
    }

    /**
     * "Show 200 more" under the list while more files match than it lists (rc19: "218 files, showing the first 200",
     * and End stopped at row 200 with no way on): it lists the next rows after those listed, which stay where they are.
     * Reached from the list by Tab, or by Down on its last row; Up goes back to the list.
     */
    private HBox moreBar(SearchViewModel vm) {
        more.setId("show-more");
        more.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.ACCENT);
        more.setOnAction(e -> vm.showMore());
        more.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP) {
                list.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                more.fire(); // as Space does (a button takes Enter only as the window's default)
                e.consume();
            }
        });
        HBox bar = new HBox(more);
        bar.setAlignment(Pos.CENTER);
        bar.getStyleClass().add("show-more-bar");
        // Down on the last row: the list has no row further, the button is next (the list's own keys come first)
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !e.isShiftDown() && !e.isShortcutDown() && bar.isVisible()
                    && !list.getItems().isEmpty()
                    && list.getSelectionModel().getSelectedIndex() == list.getItems().size() - 1) {
                more.requestFocus();
                e.consume();
            }
        });
        showMoreRows(vm.moreRowsProperty().get(), bar);
        vm.moreRowsProperty().addListener((obs, old, now) -> showMoreRows(now.intValue(), bar));
        return bar;
    }

    private void showMoreRows(int rows, HBox bar) {
        if (rows == 0 && more.isFocused()) {
            list.requestFocus(); // every match is listed: the keys go on in the list, on the row that was selected
        }
        more.setText("Show " + rows + " more");
        more.setAccessibleText("Show " + rows + " more " + (rows == 1 ? "file" : "files"));
        bar.setVisible(rows > 0);
        bar.setManaged(rows > 0);
    }

    /** "Show 200 more" under the list (hidden when every match is listed). */
    public Button showMoreButton() {
        return more;
    }

    private static VBox emptyState(SearchViewModel vm) {
        Label icon = new Label(null, Icons.of(Feather.SEARCH, 36));
        icon.getStyleClass().add(Styles.TEXT_MUTED);
        // wrapped, and a query mixing Arabic and Hebrew drawn in order (a label drew it out of order: window re-test 18, R8)
        WrappingText title = new WrappingText(vm.emptyTitleProperty().get(), "empty-title-text");
        title.setId("empty-title");
        title.getStyleClass().add("empty-title");
        title.setTextAlignment(TextAlignment.CENTER);
        vm.emptyTitleProperty().addListener((obs, old, now) -> title.setText(now, "empty-title-text"));
        // wrapped whatever the query holds (a wrapping label cut each line with "…" when it held Hebrew or Arabic)
        WrappingText tips = new WrappingText(vm.emptyTipsProperty().get(), "tip-text");
        tips.setId("empty-tips");
        tips.getStyleClass().add("empty-tips");
        vm.emptyTipsProperty().addListener((obs, old, now) -> tips.setText(now, "tip-text"));
        VBox box = new VBox(8, icon, title, tips);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(380);
        box.setPadding(new Insets(24));
        box.visibleProperty().bind(vm.emptyTitleProperty().isNotEmpty());
        return box;
    }

    /**
     * The list shows the search's selection (one property the preview and the feedback follow too): a
     * row the rep picks becomes the selection, and the selection is shown and scrolled into view when the
     * results change (a refresh, another order).
     */
    private void followSelection(SearchViewModel vm) {
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.select(now); // a refresh clears the list's selection for a moment: the search keeps its own
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> showSelected(vm, true));
        // rows added after the others, or replaced where they are ("Show 200 more"), move no row: the list stays where
        // the rep scrolled it, even away from the selected row, when that row is where it was
        vm.results().addListener((ListChangeListener<ResultItem>) c -> {
            int was = list.getSelectionModel().getSelectedIndex(); // the list's selection has followed the change
            ResultItem selected = vm.selectedProperty().get();
            boolean stayed = selected != null && was >= 0 && was == list.getItems().indexOf(selected);
            showSelected(vm, rowsMoved(c) || !stayed);
        });
    }

    /** Whether a change of the rows moved one: not when rows were only added after the others, or replaced in place. */
    private static boolean rowsMoved(ListChangeListener.Change<? extends ResultItem> c) {
        while (c.next()) {
            boolean inPlace = c.wasReplaced() && c.getRemovedSize() == c.getAddedSize();
            boolean appended = c.wasAdded() && !c.wasRemoved() && c.getTo() == c.getList().size();
            if (!inPlace && !appended) {
                c.reset();
                return true;
            }
        }
        c.reset();
        return false;
    }

    private void showSelected(SearchViewModel vm, boolean scroll) {
        ResultItem selected = vm.selectedProperty().get();
        int index = selected == null ? -1 : list.getItems().indexOf(selected);
        if (index < 0) {
            list.getSelectionModel().clearSelection();
            return;
        }
        if (list.getSelectionModel().getSelectedIndex() != index) {
            list.getSelectionModel().select(index);
        }
        if (!scroll) {
            return;
        }
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
        } else {
            list.scrollTo(index);
        }
    }

    private ContextMenu contextMenu(FileActions actions, Consumer<ResultItem> toggleOffline,
                                    SearchViewModel vm) {
        MenuItem open = new MenuItem("Open", Icons.of(Feather.EXTERNAL_LINK));
        open.setOnAction(e -> withSelected(i -> actions.open(i.hit())));
        MenuItem reveal = new MenuItem("Show in folder", Icons.of(Feather.FOLDER));
        reveal.setOnAction(e -> withSelected(i -> actions.reveal(i.hit())));
        MenuItem copy = new MenuItem("Copy file", Icons.of(Feather.COPY));
        copy.setAccelerator(COPY_FILE);
        copy.setOnAction(e -> withSelected(i -> actions.copyFile(i.hit())));
        MenuItem path = new MenuItem("Copy path", Icons.of(Feather.CLIPBOARD));
        path.setAccelerator(COPY_PATH);
        path.setOnAction(e -> withSelected(i -> actions.copyPath(i.hit())));
        CheckMenuItem keep = new CheckMenuItem("Keep offline",
                Icons.of(Feather.DOWNLOAD_CLOUD));
        keep.setId("menu-keep-offline");
        keep.setOnAction(e -> withSelected(toggleOffline));
        MenuItem like = new MenuItem("More like this", Icons.of(Feather.LAYERS));
        like.setId("menu-more-like-this");
        like.setOnAction(e -> withSelected(vm::moreLikeThis));
        ContextMenu menu = new ContextMenu(open, reveal, new SeparatorMenuItem(), copy, path, new SeparatorMenuItem(), keep,
                like);
        menu.setOnShowing(e -> {
            ResultItem item = list.getSelectionModel().getSelectedItem();
            keep.setSelected(item != null && item.pinned());
        });
        return menu;
    }

    private void withSelected(Consumer<ResultItem> action) {
        ResultItem item = list.getSelectionModel().getSelectedItem();
        if (item != null) {
            action.accept(item);
        }
    }

    public ListView<ResultItem> list() {
        return list;
    }

    public void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }
}
