package org.collateralfinder.gui.preview;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.collateralfinder.gui.common.FileActions;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.gui.deck.DeckTrayViewModel;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.model.SearchHit;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The preview column: the file's title and actions, the feedback bar, then tabs for the page picture
 * (or, for files without pages, the text) with facts, the text with match navigation, and the feedback
 * history. Left/Right and Page Up/Page Down turn pages in the Preview tab.
 */
public final class PreviewView extends VBox {

    /** The tabs' least height: their headers and a picture that can be seen (the column scrolls to it). */
    static final double TABS_MIN_HEIGHT = 300;
    /** The picture's least height, above the page tools and the facts (the Preview tab scrolls to them). */
    static final double PICTURE_MIN_HEIGHT = 220;

    private final TabPane tabs = new TabPane();

    public PreviewView(PreviewViewModel vm, FileActions actions, Consumer<ResultItem> toggleOffline,
                       Consumer<ResultItem> moreLikeThis, DeckTrayViewModel deck, Node feedbackBar, Node feedbackHistory) {
        getStyleClass().add("preview-view");

        WrappingText title = new WrappingText();
        title.setId("preview-title");
        title.getStyleClass().add("preview-title");
        showTitle(title, vm.itemProperty().get());
        vm.itemProperty().addListener((obs, old, now) -> showTitle(title, now));

        Button keep = new Button("Keep offline", Icons.of(Feather.DOWNLOAD_CLOUD, 14));
        keep.setId("keep-offline");
        keep.setContentDisplay(ContentDisplay.LEFT);
        keep.getStyleClass().addAll(Styles.SMALL, "keep-offline");
        keep.setTooltip(new Tooltip("Keep a copy on this computer, to open when the share is offline"));
        showPinned(keep, vm.itemProperty().get());
        vm.itemProperty().addListener((obs, old, now) -> showPinned(keep, now));
        keep.setOnAction(e -> withItem(vm, toggleOffline));
        Button like = iconAction(Feather.LAYERS, "more-like-this", "Find files like this one",
                "More like this: files with similar content");
        like.setOnAction(e -> withItem(vm, moreLikeThis));
        Button copyFile = iconAction(Feather.COPY, "copy-file", "Copy the file to the clipboard", "Copy file");
        copyFile.setOnAction(e -> withItem(vm, i -> actions.copyFile(i.hit())));
        Button copyPath = iconAction(Feather.CLIPBOARD, "copy-path", "Copy the path of the file", "Copy path");
        copyPath.setOnAction(e -> withItem(vm, i -> actions.copyPath(i.hit())));
        // the actions flow onto a second row in a narrow column (the smallest window) rather than run off it
        FlowPane buttons = new FlowPane(6, 6,
                action("Open", Feather.EXTERNAL_LINK, "Open the file in its application", vm, actions::open, true),
                action("Show in folder", Feather.FOLDER, "Show the file in its folder", vm, actions::reveal, false),
                copyFile, copyPath, keep, like);
        buttons.setId("preview-actions");
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPrefWrapLength(280);
        buttons.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
        buttons.disableProperty().bind(vm.itemProperty().isNull());

        WrappingText offlineText = new WrappingText(vm.offlineNoteProperty().get(), "note-text");
        vm.offlineNoteProperty().addListener((obs, old, now) -> offlineText.setText(now, "note-text"));
        HBox offline = new HBox(8, Icons.of(Feather.WIFI_OFF), offlineText);
        HBox.setHgrow(offlineText, Priority.ALWAYS);
        offline.setId("offline-note");
        offline.getStyleClass().add("offline-note");
        offline.visibleProperty().bind(vm.offlineNoteProperty().isNotEmpty());
        offline.managedProperty().bind(offline.visibleProperty());

        tabs.setId("preview-tabs");
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab preview = new Tab("Preview", pictureAndFacts(vm, deck));
        preview.setGraphic(Icons.of(Feather.EYE));
        preview.setId("preview-tab");
        Tab text = new Tab("Text", textPane(vm));
        text.setGraphic(Icons.of(Feather.ALIGN_LEFT));
        text.setId("text-tab");
        Tab history = new Tab("Feedback", feedbackHistory);
        history.setGraphic(Icons.of(Feather.MESSAGE_SQUARE));
        history.setId("history-tab");
        tabs.getTabs().addAll(preview, text, history);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        tabs.setMinHeight(TABS_MIN_HEIGHT);
        // where the file was shown, why it no longer is (deleted, moved, now listed under a newer version)
        WrappingText gone = new WrappingText(vm.nothingShownProperty().get(), "note-text");
        gone.setId("preview-nothing-shown");
        vm.nothingShownProperty().addListener((obs, old, now) -> gone.setText(now, "note-text"));
        HBox nothingShown = new HBox(8, Icons.of(Feather.INFO), gone);
        HBox.setHgrow(gone, Priority.ALWAYS);
        nothingShown.getStyleClass().add("nothing-shown-note");
        nothingShown.visibleProperty().bind(vm.nothingShownProperty().isNotEmpty());
        nothingShown.managedProperty().bind(nothingShown.visibleProperty());
        VBox content = new VBox(8, title, nothingShown, buttons, offline, feedbackBar, tabs);
        content.setPadding(new Insets(12, 12, 0, 12));
        // each part keeps its height: where the column is too short for them all (the smallest window, a title
        // on three lines, a long feedback form) the column scrolls, rather than squeezing the tabs to nothing
        for (Node part : List.of(title, nothingShown, buttons, offline, feedbackBar)) {
            if (part instanceof Region region) {
                region.setMinHeight(Region.USE_PREF_SIZE);
            }
        }
        ScrollPane column = scrolling(content, "detail-scroll");
        toTopForAnotherFile(column, vm);
        getChildren().add(column);

        // pages turn with the keyboard in the Preview tab, unless a text field has the keys
        preview.getContent().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl) {
                return;
            }
            switch (e.getCode()) {
                case PAGE_DOWN, RIGHT -> {
                    vm.nextPage();
                    e.consume();
                }
                case PAGE_UP, LEFT -> {
                    vm.previousPage();
                    e.consume();
                }
                default -> {
                }
            }
        });
    }

    private static void showTitle(WrappingText title, ResultItem item) {
        title.setText(item == null ? "Select a file to see it here" : item.hit().title(), "title-text");
    }

    private static void showPinned(Button keep, ResultItem item) {
        boolean pinned = item != null && item.pinned();
        keep.setText(pinned ? "Kept offline" : "Keep offline");
        keep.setGraphic(Icons.of(pinned ? Feather.CHECK_CIRCLE : Feather.DOWNLOAD_CLOUD, 14));
        keep.pseudoClassStateChanged(PseudoClass.getPseudoClass("pinned"), pinned);
        keep.setAccessibleText(pinned ? "Kept offline; press to remove the copy on this computer"
                : "Keep a copy of this file on this computer");
    }

    private static void withItem(PreviewViewModel vm, Consumer<ResultItem> action) {
        ResultItem item = vm.itemProperty().get();
        if (item != null) {
            action.accept(item);
        }
    }

    private static Button iconAction(Feather icon, String id, String accessible, String tooltip) {
        Button b = new Button(null, Icons.of(icon, 14));
        b.setId(id);
        b.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_ICON);
        b.setAccessibleText(accessible);
        b.setTooltip(new Tooltip(tooltip));
        return b;
    }

    private static Button action(String text, Feather icon, String accessible, PreviewViewModel vm,
                                 Consumer<SearchHit> what, boolean accent) {
        Button b = new Button(text, Icons.of(icon, 14));
        b.getStyleClass().add(Styles.SMALL);
        if (accent) {
            b.getStyleClass().add(Styles.ACCENT);
        }
        b.setAccessibleText(accessible);
        b.setOnAction(e -> withItem(vm, i -> what.accept(i.hit())));
        return b;
    }

    private static Node pictureAndFacts(PreviewViewModel vm, DeckTrayViewModel deck) {
        ImageView image = new ImageView();
        image.setId("preview-image");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.imageProperty().bind(vm.pictureProperty());
        image.accessibleTextProperty().bind(Bindings.createStringBinding(() -> vm.marks().isEmpty()
                ? "Picture of the current page" : "Picture of the current page, " + vm.marks().size()
                + (vm.marks().size() == 1 ? " match marked" : " matches marked"), vm.marks()));
        image.getStyleClass().add("page-picture");
        StackPane page = new StackPane(markedPicture(image, vm));
        page.setPadding(new Insets(8));
        ScrollPane pictureScroll = new ScrollPane(page);
        pictureScroll.setId("picture-scroll");
        pictureScroll.getStyleClass().add("picture-scroll");
        pictureScroll.setFitToWidth(true);
        pictureScroll.setPannable(true);
        pictureScroll.setFocusTraversable(true); // Tab reaches it, and a click on the page gives it the keys
        pictureScroll.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> pictureScroll.requestFocus());
        pictureScroll.setAccessibleText("The page: Page Up and Page Down turn pages");
        // fitted (a page as wide as the preview, a slide whole), or the zoom times the picture as drawn
        image.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            var picture = vm.pictureProperty().get();
            double fit = Math.max(80, pictureScroll.getViewportBounds().getWidth() - 16);
            if (picture != null && picture.getWidth() > picture.getHeight()) {
                double wholeHeight = Math.max(60, pictureScroll.getViewportBounds().getHeight() - 16);
                fit = Math.min(fit, wholeHeight * picture.getWidth() / picture.getHeight());
            }
            double zoom = vm.zoomProperty().get();
            return zoom == 0 || picture == null ? fit : picture.getWidth() * zoom;
        }, pictureScroll.viewportBoundsProperty(), vm.zoomProperty(), vm.pictureProperty()));
        pictureScroll.visibleProperty().bind(vm.pictureProperty().isNotNull());

        VBox pageText = new VBox();
        pageText.getStyleClass().add("page-text");
        // only shown for files without page pictures: for the others it would be laid out unseen, on the window's thread
        showPageText(pageText, vm.textInPreviewProperty().get() ? vm.textProperty().get() : "");
        vm.textProperty().addListener((obs, old, now) -> showPageText(pageText, vm.textInPreviewProperty().get() ? now : ""));
        vm.textInPreviewProperty().addListener((obs, old, now) -> showPageText(pageText, now ? vm.textProperty().get() : ""));
        ScrollPane textCard = new ScrollPane(pageText);
        textCard.setId("preview-page-text");
        textCard.getStyleClass().add("page-text-card");
        textCard.setFitToWidth(true);
        textCard.visibleProperty().bind(vm.textInPreviewProperty().and(vm.textProperty().isNotEmpty()));
        toTopForAnotherFile(textCard, vm);

        FontIcon bigIcon = new FontIcon(Feather.FILE);
        bigIcon.setIconSize(96);
        bigIcon.getStyleClass().add("big-kind-icon");
        // no file selected: no file type (it kept the last file's: window re-test 18, R10)
        vm.itemProperty().addListener((obs, old, now) ->
                bigIcon.setIconCode(now == null ? Feather.FILE : Icons.forKind(now.hit().type())));
        Label note = new Label();
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        WrappingText.wrapSafely(note);
        note.textProperty().bind(vm.pictureNoteProperty());
        VBox placeholder = new VBox(10, bigIcon, note);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.visibleProperty().bind(vm.pictureProperty().isNull().and(vm.pictureLoadingProperty().not())
                .and(textCard.visibleProperty().not()));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(32, 32);
        spinner.visibleProperty().bind(vm.pictureLoadingProperty().and(vm.pictureProperty().isNull()));

        StackPane stage = new StackPane(placeholder, pictureScroll, textCard, spinner);
        stage.setId("picture-stage");
        stage.getStyleClass().add("picture-stage");
        stage.setMinHeight(PICTURE_MIN_HEIGHT);
        stage.setPrefHeight(360);

        Button previous = pagerButton(Feather.CHEVRON_LEFT, "previous-page", "Previous page (Page Up)");
        previous.setOnAction(e -> vm.previousPage());
        previous.disableProperty().bind(vm.pageProperty().lessThanOrEqualTo(0));
        Button next = pagerButton(Feather.CHEVRON_RIGHT, "next-page", "Next page (Page Down)");
        next.setOnAction(e -> vm.nextPage());
        next.disableProperty().bind(vm.pageProperty().add(1).greaterThanOrEqualTo(vm.pageCountProperty()));
        Label pageLabel = new Label();
        pageLabel.setId("page-label");
        pageLabel.getStyleClass().add(Styles.TEXT_SMALL);
        pageLabel.textProperty().bind(vm.pageLabelProperty());
        HBox pager = new HBox(6, previous, pageLabel, next);
        pager.setAlignment(Pos.CENTER_LEFT);
        pager.visibleProperty().bind(vm.pageLabelProperty().isNotEmpty());
        pager.managedProperty().bind(pager.visibleProperty());

        Button zoomOut = pagerButton(Feather.ZOOM_OUT, "zoom-out", "Zoom out");
        zoomOut.setOnAction(e -> vm.zoomOut(fittingZoom(image, vm)));
        Button fit = new Button("Fit");
        fit.setId("fit");
        fit.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        fit.setTooltip(new Tooltip("A page as wide as the preview, a slide whole"));
        fit.setOnAction(e -> vm.fit());
        fit.disableProperty().bind(vm.zoomProperty().isEqualTo(0, 0.0001));
        Button zoomIn = pagerButton(Feather.ZOOM_IN, "zoom-in", "Zoom in");
        zoomIn.setOnAction(e -> vm.zoomIn(fittingZoom(image, vm)));
        HBox zoom = new HBox(2, zoomOut, fit, zoomIn);
        zoom.setAlignment(Pos.CENTER_RIGHT);
        zoom.visibleProperty().bind(vm.pictureProperty().isNotNull());
        zoom.managedProperty().bind(zoom.visibleProperty());
        // the slide or page shown goes to the deck tray (under the search)
        Button addToDeck = new Button(null, Icons.of(Feather.PLUS_SQUARE, 14));
        addToDeck.setId("add-to-deck");
        addToDeck.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        addToDeck.textProperty().bind(vm.itemProperty().map(i -> FileKind.PRESENTATION == FileKind.byIdOrExtension(
                i.hit().extension()) ? "Add slide to deck" : "Add page to deck"));
        addToDeck.setTooltip(new Tooltip("Add the slide or page shown to the deck tray under the results"));
        addToDeck.setOnAction(e -> deck.add(vm.itemProperty().get(), vm.pageProperty().get() + 1));
        addToDeck.visibleProperty().bind(vm.pictureProperty().isNotNull()
                .and(Bindings.createBooleanBinding(() -> DeckTrayViewModel.canAdd(vm.itemProperty().get()), vm.itemProperty())));
        addToDeck.managedProperty().bind(addToDeck.visibleProperty());
        addToDeck.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox tools = new HBox(6, pager, addToDeck, grow, zoom);
        tools.setAlignment(Pos.CENTER_LEFT);

        FactsGrid facts = new FactsGrid();
        facts.show(vm.facts());
        vm.facts().addListener((ListChangeListener<PreviewViewModel.Fact>) c -> facts.show(vm.facts()));
        // the facts keep their height (a long list of copies and older versions): the tab scrolls to them
        facts.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, stage, tools, new MatchingPagesBar(vm.matchingPages(), vm.itemProperty(), deck), facts);
        box.setPadding(new Insets(8, 4, 12, 4));
        VBox.setVgrow(stage, Priority.ALWAYS);
        ScrollPane details = scrolling(box, "preview-details");
        toTopForAnotherFile(details, vm);
        return details;
    }

    /**
     * Another file opens at the top of the pane, its title, buttons and preview in view; the same file shown again
     * (the results refreshed) keeps where the rep scrolled to. The pane kept the last file's scroll position, and the
     * next file opened with its title scrolled off or its preview text pushed out of view (window test 12, F8).
     */
    private static void toTopForAnotherFile(ScrollPane pane, PreviewViewModel vm) {
        vm.itemProperty().addListener((obs, old, now) -> {
            String before = old == null ? null : old.hit().path();
            if (now != null && !now.hit().path().equals(before)) {
                pane.setVvalue(pane.getVmin());
            }
        });
    }

    /** Content that fills the pane's height when it can, and scrolls when it needs more than the pane has. */
    private static ScrollPane scrolling(Region content, String id) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId(id);
        scroll.getStyleClass().add("detail-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    /**
     * The start of the text, a line at a time, each line in the direction it is written in (as the Text tab
     * shows it): a Hebrew or Arabic line of a mixed file reads and aligns from the right.
     */
    private static void showPageText(VBox pageText, String text) {
        String shown = text.length() > PreviewViewModel.PREVIEW_CHARS
                ? text.substring(0, PreviewViewModel.PREVIEW_CHARS) + "…" : text;
        List<Node> lines = new ArrayList<>();
        if (!shown.isEmpty()) {
            for (String line : shown.split("\n", -1)) {
                WrappingText one = new WrappingText(line.isEmpty() ? " " : line, "text-plain"); // an empty line keeps its height
                one.getStyleClass().add("page-line");
                lines.add(one);
            }
        }
        pageText.getChildren().setAll(lines);
    }

    /**
     * The picture with the words the search matched marked on it: a translucent box over each, laid over the picture
     * as drawn at its present size (fitted or zoomed), so the marks follow the zoom and the picture is drawn once.
     */
    private static Node markedPicture(ImageView image, PreviewViewModel vm) {
        Pane marks = new Pane();
        marks.setId("match-marks");
        marks.setMouseTransparent(true);
        marks.setManaged(false);
        Pane sheet = new Pane(image, marks);
        sheet.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Runnable draw = () -> {
            Bounds shown = image.getLayoutBounds();
            marks.resizeRelocate(0, 0, shown.getWidth(), shown.getHeight());
            List<Node> boxes = new ArrayList<>();
            for (PageWord word : vm.marks()) {
                double pad = 1.5; // a little room around the letters, as a highlighter pen leaves
                Rectangle box = new Rectangle(word.x() * shown.getWidth() - pad, word.y() * shown.getHeight() - pad,
                        word.width() * shown.getWidth() + 2 * pad, word.height() * shown.getHeight() + 2 * pad);
                box.getStyleClass().add("match-mark");
                box.setAccessibleText(word.text());
                box.setArcWidth(3);
                box.setArcHeight(3);
                boxes.add(box);
            }
            marks.getChildren().setAll(boxes);
        };
        vm.marks().addListener((ListChangeListener<PageWord>) c -> draw.run());
        image.layoutBoundsProperty().addListener((obs, old, now) -> draw.run());
        return sheet;
    }

    /** The zoom at which the picture as drawn fills the preview's width. */
    private static double fittingZoom(ImageView image, PreviewViewModel vm) {
        var picture = vm.pictureProperty().get();
        return picture == null || picture.getWidth() <= 0 ? 1 : image.getFitWidth() / picture.getWidth();
    }

    /** A flat icon button of the preview's page controls, its sentence as tooltip and for screen readers. */
    static Button pagerButton(Feather icon, String id, String accessible) {
        Button b = new Button(null, Icons.of(icon));
        b.setId(id);
        b.setAccessibleText(accessible);
        b.setTooltip(new Tooltip(accessible));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        return b;
    }

    private static Node textPane(PreviewViewModel vm) {
        HighlightedTextView text = new HighlightedTextView(vm);
        text.setId("preview-text");
        Label position = new Label();
        position.setId("match-position");
        position.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        position.textProperty().bind(Bindings.createStringBinding(() -> vm.itemProperty().get() == null ? ""
                        : vm.matches().isEmpty() ? "No matches"
                        : String.format("Match %,d of %,d", vm.currentMatchProperty().get() + 1, vm.matches().size()),
                vm.matches(), vm.currentMatchProperty(), vm.itemProperty()));
        Button up = pagerButton(Feather.CHEVRON_UP, "previous-match", "Previous match");
        up.getStyleClass().add(Styles.SMALL);
        up.setOnAction(e -> vm.previousMatch());
        Button down = pagerButton(Feather.CHEVRON_DOWN, "next-match", "Next match");
        down.getStyleClass().add(Styles.SMALL);
        down.setOnAction(e -> vm.nextMatch());
        up.disableProperty().bind(Bindings.isEmpty(vm.matches()));
        down.disableProperty().bind(Bindings.isEmpty(vm.matches()));
        Label note = new Label();
        note.setId("text-note");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        note.textProperty().bind(vm.textNoteProperty());
        note.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        position.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(6, note, grow, position, up, down);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 4, 6, 4));
        VBox box = new VBox(bar, text);
        VBox.setVgrow(text, Priority.ALWAYS);
        return box;
    }

    public TabPane tabs() {
        return tabs;
    }
}
