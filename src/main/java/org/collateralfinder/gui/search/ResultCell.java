package org.collateralfinder.gui.search;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.WeakMapChangeListener;
import javafx.collections.WeakSetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.collateralfinder.feedback.DealEvidence;
import org.collateralfinder.feedback.FeedbackBoost;
import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.gui.common.FolderLabels;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.gui.feedback.FeedbackLabels;
import org.collateralfinder.model.CurationState;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.model.PageHit;
import org.collateralfinder.model.PartList;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.ShownCuration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One result, every row the same height: a type icon; the title with the feedback and availability
 * badges; the file's name, folder, date and size with its copies and older versions; two lines of
 * snippet with the matches in bold, in the direction the text is written, cut off cleanly after its
 * second line; and a line naming the best matching slides, pages or sheets ({@link RowPages}), each with its
 * own snippet as its tooltip, each opening the preview on itself. The copies and older versions open when
 * clicked. Dragging a row drags the file.
 */
public final class ResultCell extends ListCell<ResultItem> {

    /** Lines of snippet every row has room for. */
    static final int SNIPPET_LINES = 2;
    /** The title line's height, badges or not; the meta line's, with the copies link or not. */
    private static final double TITLE_LINE = 22;
    private static final double META_LINE = 18;
    /**
     * The title is never narrower than this (or than its whole text): in a narrow window the badges beside it
     * give way (see {@link BadgeStrip}); a row with four of them once had no title left at all.
     */
    static final double TITLE_MIN_WIDTH = 120;
    /** The folder and source beside the name keep at least this much room, whatever the name. */
    static final double WHERE_MIN_WIDTH = 200;
    /** The name keeps at least this much room ("testHTMLN…"), so a row always says which file it is. */
    static final double NAME_MIN_WIDTH = 60;
    /** The copies link keeps at least this much room ("+2 co…"). */
    static final double OTHERS_MIN_WIDTH = 24;

    private final FontIcon icon = new FontIcon();
    private final StackPane iconBox = new StackPane(icon);
    private final Label title = new Label() {
        @Override
        protected double computeMinWidth(double height) {
            return Math.min(computePrefWidth(height), TITLE_MIN_WIDTH);
        }
    };
    private final BadgeStrip badges = new BadgeStrip();
    private final Tooltip titleTip = new Tooltip();
    /** The file's name: cut short first when the row is narrow (window test 12, F12: the source disappeared). */
    private final Label meta = new Label() {
        @Override
        protected double computeMinWidth(double height) { // a short name keeps its own width: no gap after it (N5)
            return Math.min(NAME_MIN_WIDTH, computePrefWidth(height));
        }
    };
    /**
     * "  ·  folder (source)": whole while the name keeps {@link #NAME_MIN_WIDTH} beside it; when even that does not fit,
     * cut at its start ("…reports (Share)"), never narrower than {@link #WHERE_MIN_WIDTH}.
     */
    private final Label where = new Label() {
        @Override
        protected double computeMinWidth(double height) {
            double whole = computePrefWidth(height);
            double room = getParent() instanceof Region line && line.getWidth() > 0
                    ? across(line) - NAME_MIN_WIDTH - dateAndSize.prefWidth(-1)
                    - (others.isVisible() ? others.prefWidth(-1) + others.getPadding().getLeft() + 8 : 0)
                    : 0;
            return Math.min(whole, Math.max(WHERE_MIN_WIDTH, room));
        }
    };
    /** The date and size, kept whole beside the name and folder (which are cut short first). */
    private final Label dateAndSize = new Label();
    private final WrappingText snippet = new WrappingText();
    /** "Slide 7 of 24 · slide 3 · slide 12": the row's best matching pages, each opening the preview on itself. */
    private final HBox pagesLine = new HBox(0);
    /**
     * "+2 copies · 1 older version": whole while the name and folder can give way (they are cut first); in a row too
     * narrow even then, cut with "…" inside the row, never below {@link #OTHERS_MIN_WIDTH} (it ran out of the row,
     * "+2 copies · 1 older ve": window re-test 18, R10).
     */
    private final Hyperlink others = new Hyperlink() {
        @Override
        protected double computeMinWidth(double height) {
            double whole = computePrefWidth(height);
            if (!(getParent() instanceof Region line) || line.getWidth() <= 0) {
                return whole;
            }
            double room = across(line) - meta.minWidth(-1) - where.minWidth(-1) - dateAndSize.prefWidth(-1)
                    - HBox.getMargin(this).getLeft() - (retired.isVisible() ? retired.prefWidth(-1) + 8 : 0);
            return Math.min(whole, Math.max(OTHERS_MIN_WIDTH, room));
        }
    };
    /** "Retired — use X": marketing retired the file; a click selects (or searches for) X. */
    private final Hyperlink retired = new Hyperlink();
    private final VBox otherPaths = new VBox(1);
    private final Set<String> expanded;
    private final Consumer<String> openPath;
    private final ObservableSet<String> drafts;
    /** Held by the cell, heard weakly: cells the list drops do not stay listening. */
    private final SetChangeListener<String> draftsChanged = c -> showBadges();
    /** Rows new or changed since their saved search was last opened, by path (none unless set). */
    private ObservableMap<String, String> sinceOpened = FXCollections.emptyObservableMap();
    /** Held by the cell, heard weakly (as {@link #draftsChanged}). */
    private final MapChangeListener<String, String> sinceOpenedChanged = c -> showBadges();
    private final RowPages rowPages;
    private final BiConsumer<ResultItem, PageHit> openPage;
    /** Held by the cell, heard weakly (as {@link #draftsChanged}): a row's pages found, or another search's rows. */
    private final MapChangeListener<String, List<PageHit>> pagesFound = c -> {
        if (getItem() != null && c.getKey().equals(getItem().hit().path())) {
            showPages(getItem());
        }
    };
    private final InvalidationListener newRound = o -> {
        showPages(getItem());
        askForPages();
    };
    private final HBox root;
    /** Where a click on "Retired — use X" takes the rep: to X. */
    private Consumer<String> useInstead = path -> { };
    /** Whether a row's file may be dragged out: a retired one asks first. */
    private Predicate<ResultItem> mayDrag = item -> true;
    /** Told the height the row needs (its copies and versions closed), after each layout of the row. */
    private DoubleConsumer rowHeight = height -> { };

    /**
     * @param expanded the paths of rows whose copies and older versions are shown (shared by the cells)
     * @param openPath opens one of the copies or older versions listed under a row
     */
    public ResultCell(Set<String> expanded, Consumer<String> openPath) {
        this(expanded, openPath, FXCollections.emptyObservableSet());
    }

    /**
     * @param drafts the content hashes of the files with feedback typed and not saved: their rows are marked
     */
    public ResultCell(Set<String> expanded, Consumer<String> openPath, ObservableSet<String> drafts) {
        this(expanded, openPath, drafts, null, (item, page) -> { });
    }

    /**
     * @param rowPages the rows' best matching pages (null: rows without them)
     * @param openPage opens the preview of a row on one of its matching pages
     */
    public ResultCell(Set<String> expanded, Consumer<String> openPath, ObservableSet<String> drafts, RowPages rowPages,
                      BiConsumer<ResultItem, PageHit> openPage, Consumer<String> useInstead, Predicate<ResultItem> mayDrag) {
        this(expanded, openPath, drafts, rowPages, openPage);
        this.useInstead = useInstead;
        this.mayDrag = mayDrag;
    }

    /**
     * @param rowPages the rows' best matching pages (null: rows without them)
     * @param openPage opens the preview of a row on one of its matching pages
     */
    public ResultCell(Set<String> expanded, Consumer<String> openPath, ObservableSet<String> drafts, RowPages rowPages,
                      BiConsumer<ResultItem, PageHit> openPage) {
        this.expanded = expanded;
        this.openPath = openPath;
        this.drafts = drafts;
        this.rowPages = rowPages;
        this.openPage = openPage;
        drafts.addListener(new WeakSetChangeListener<>(draftsChanged));
        if (rowPages != null) {
            rowPages.found().addListener(new WeakMapChangeListener<>(pagesFound));
            rowPages.roundProperty().addListener(new WeakInvalidationListener(newRound));
        }
        getStyleClass().add("result-cell");
        iconBox.getStyleClass().add("kind-icon");
        iconBox.setMinSize(36, 36);
        iconBox.setMaxSize(36, 36);
        icon.setIconSize(18);
        title.getStyleClass().addAll("result-title", Styles.TEXT_BOLD);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setTooltip(titleTip);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox titleLine = new HBox(8, title, badges);
        titleLine.setAlignment(Pos.CENTER_LEFT);
        fixHeight(titleLine, TITLE_LINE);
        meta.getStyleClass().addAll("result-meta", "result-name", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        where.getStyleClass().addAll("result-meta", "result-where", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        where.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS); // "…reports (Share)": the source stays in view
        dateAndSize.getStyleClass().addAll("result-meta", "result-date", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        dateAndSize.setMinWidth(Region.USE_PREF_SIZE);
        Region metaGrow = new Region();
        HBox.setHgrow(metaGrow, Priority.ALWAYS);
        others.setId("other-copies");
        others.getStyleClass().addAll(Styles.TEXT_SMALL, "other-copies");
        // whole, as the date, while the name and folder can be cut first (at 1280 px it read "1 older versi…")
        HBox.setMargin(others, new Insets(0, 0, 0, 8));
        others.managedProperty().bind(others.visibleProperty());
        others.setOnAction(e -> {
            ResultItem item = getItem();
            if (item != null && !expanded.remove(item.hit().path())) {
                expanded.add(item.hit().path());
            }
            showOthers(item);
        });
        retired.setId("retired-use-instead");
        retired.setMnemonicParsing(false); // "Retired — use price_list_2026.pdf" keeps its underscores
        retired.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER, "retired-link");
        retired.setMinWidth(Region.USE_PREF_SIZE);
        retired.managedProperty().bind(retired.visibleProperty());
        retired.setVisible(false);
        HBox.setMargin(retired, new Insets(0, 0, 0, 8));
        retired.setOnAction(e -> {
            ResultItem item = getItem();
            if (item != null && item.curation() != null && item.curation().replacedBy() != null) {
                useInstead.accept(item.curation().replacedBy());
            }
        });
        HBox metaLine = new HBox(0, meta, where, dateAndSize, metaGrow, retired, others);
        metaLine.setAlignment(Pos.CENTER_LEFT);
        fixHeight(metaLine, META_LINE);
        snippet.getStyleClass().add("result-snippet");
        snippet.setMaxLines(SNIPPET_LINES);
        otherPaths.getStyleClass().add("other-paths");
        otherPaths.managedProperty().bind(otherPaths.visibleProperty());
        pagesLine.getStyleClass().add("result-pages");
        pagesLine.setAlignment(Pos.CENTER_LEFT);
        pagesLine.setMinWidth(0);
        fixHeight(pagesLine, META_LINE); // there, empty or not, so every row is one height
        VBox text = new VBox(2, titleLine, metaLine, snippet, pagesLine, otherPaths);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        root = new HBox(12, iconBox, text);
        root.setAlignment(Pos.TOP_LEFT);
        root.setMinWidth(0);
        setPrefWidth(0);
        setOnDragDetected(e -> {
            if (getItem() != null && mayDrag.test(getItem())) {
                Dragboard board = startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.putFiles(List.of(getItem().fileOnDisk().toFile()));
                board.setContent(content);
                e.consume();
            }
        });
    }

    /**
     * {@code listener} is told the height a row with its copies and versions closed needs, each time the row is laid
     * out: every such row needs the same (see the class comment), so the list can give every row that height without
     * measuring rows it does not show.
     */
    void reportRowHeight(DoubleConsumer listener) {
        this.rowHeight = listener;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (getItem() != null && !isEmpty() && !otherPaths.isVisible() && getWidth() > 0) {
            double width = getWidth() - snappedLeftInset() - snappedRightInset();
            rowHeight.accept(snapSizeY(snappedTopInset() + root.prefHeight(width) + snappedBottomInset()));
        }
    }

    /**
     * The width the row's text column gives a line: the line's own width is at least the sum of its parts' least
     * widths, so a line that ran out of the row measured by itself stayed as wide.
     */
    private static double across(Region line) {
        return line.getParent() instanceof Region column && column.getWidth() > 0
                ? Math.min(line.getWidth(), column.getWidth()) : line.getWidth();
    }

    private static void fixHeight(Region line, double height) {
        line.setMinHeight(height);
        line.setPrefHeight(height);
        line.setMaxHeight(height);
    }

    @Override
    protected void updateItem(ResultItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            pagesLine.getChildren().clear();
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        SearchHit hit = item.hit();
        icon.setIconCode(Icons.forKind(hit.type()));
        iconBox.getStyleClass().removeIf(c -> c.startsWith("kind-") && !c.equals("kind-icon"));
        iconBox.getStyleClass().add(Icons.styleClassForKind(hit.type()));
        // labels cannot cut a Persian word at its non-joiner as the snippet does: a hair space stands for it
        title.setText(WrappingText.forLabel(hit.title()));
        titleTip.setText(WrappingText.forLabel(hit.title() + "\n" + hit.path())); // the whole title when it is cut short
        String folder = sameNamedFolder(item);
        meta.setText(WrappingText.forLabel(item.hit().fileName()));
        where.setText(WrappingText.forLabel(folderAndSource(item, folder)));
        dateAndSize.setText(dateAndSize(item));
        List<WrappingText.Span> spans = spans(hit.snippet());
        snippet.setSpans(spans.isEmpty() ? List.of(new WrappingText.Span(" ", "snippet-text")) : spans); // its font sets the height
        showBadges();
        showRetired(item);
        showOthers(item);
        showPages(item);
        askForPages();
        setAccessibleText(hit.title() + ", " + meta.getText() + where.getText() + dateAndSize(item));
        setGraphic(root);
    }

    private void askForPages() {
        if (rowPages != null && getItem() != null && !isEmpty()) {
            rowPages.want(getItem());
        }
    }

    /** The row's best matching pages as links, when they are found; nothing for a file without them. */
    private void showPages(ResultItem item) {
        List<PageHit> pages = item == null || rowPages == null ? null : rowPages.found().get(item.hit().path());
        pagesLine.getChildren().clear();
        if (pages == null) {
            return;
        }
        List<String> labels = RowPages.labels(item.hit(), pages);
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) {
                Label dot = new Label(" · ");
                dot.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                dot.setMinWidth(Region.USE_PREF_SIZE);
                pagesLine.getChildren().add(dot);
            }
            pagesLine.getChildren().add(pageLink(item, pages.get(i), labels.get(i)));
        }
    }

    /** One matching page: its own snippet in the tooltip, and a click opens the preview on it. */
    private Hyperlink pageLink(ResultItem item, PageHit page, String label) {
        Hyperlink link = new Hyperlink(label);
        link.setMnemonicParsing(false); // a sheet name's underscore is shown, not taken for a shortcut
        link.getStyleClass().addAll(Styles.TEXT_SMALL, "result-page");
        link.setMinWidth(0);
        link.setTextOverrun(OverrunStyle.ELLIPSIS); // a long sheet name gives way, the row stays one line
        WrappingText own = new WrappingText();
        own.getStyleClass().add("result-page-snippet");
        own.setSpans(spans(page.snippet()));
        own.setMaxWidth(420);
        Tooltip tip = new Tooltip();
        tip.setGraphic(own);
        link.setTooltip(tip);
        link.setAccessibleText("Open the preview on " + page.label(item.hit().type(), item.hit().pages()));
        link.setOnAction(e -> openPage.accept(item, page));
        return link;
    }

    private static List<WrappingText.Span> spans(String snippet) {
        List<WrappingText.Span> spans = new ArrayList<>();
        for (SnippetText.Span span : SnippetText.parse(snippet)) {
            spans.add(new WrappingText.Span(span.text(), span.bold() ? "snippet-match" : "snippet-text"));
        }
        return spans;
    }

    static String metaLine(ResultItem item) {
        return nameAndFolder(item, null) + dateAndSize(item);
    }

    /**
     * When another row of the list has a file of this name, the folders that tell them apart ("apac/2025",
     * {@link FolderLabels}), else null: both price lists read "price-list.txt · 2025 (my corpus)".
     */
    private String sameNamedFolder(ResultItem item) {
        String name = item.hit().fileName();
        List<String> sameName = getListView() == null ? List.of() : getListView().getItems().stream()
                .map(r -> r.hit()).filter(h -> h.fileName().equals(name)).map(SearchHit::path).toList();
        return sameName.size() < 2 ? null : FolderLabels.of(sameName).get(item.hit().path());
    }

    /** "Deck.pptx  ·  Decks (Share)"; {@code folderLabel} in place of the parent folder's name when not null. */
    private static String nameAndFolder(ResultItem item, String folderLabel) {
        return item.hit().fileName() + folderAndSource(item, folderLabel);
    }

    /** "  ·  Decks (Share)", as {@link #nameAndFolder} has it after the name. */
    private static String folderAndSource(ResultItem item, String folderLabel) {
        SearchHit hit = item.hit();
        StringBuilder s = new StringBuilder();
        String folder = folderLabel != null ? folderLabel : Formats.lastName(hit.folder());
        if (!folder.isEmpty()) {
            s.append("  ·  ").append(folder);
        }
        String source = Formats.lastName(hit.source());
        if (!source.isEmpty() && !source.equals(folder)) {
            s.append(" (").append(source).append(')');
        }
        return s.toString();
    }

    /** "  ·  5 Dec 2026  ·  2 MB". */
    private static String dateAndSize(ResultItem item) {
        SearchHit hit = item.hit();
        StringBuilder s = new StringBuilder();
        String date = Formats.date(hit.modified());
        if (!date.isEmpty()) {
            s.append("  ·  ").append(date);
        }
        s.append("  ·  ").append(Formats.size(hit.size()));
        return s.toString();
    }

    /** "+2 copies · 1 older version" ("1 newer version" too), or "" when the file stands alone. */
    public static String othersLine(SearchHit hit) {
        List<String> parts = new ArrayList<>();
        if (!hit.duplicates().isEmpty()) {
            parts.add("+" + Formats.plural(hit.duplicates().size(), "copy", "copies"));
        }
        if (!hit.newerVersions().isEmpty()) {
            parts.add(Formats.plural(hit.newerVersions().size(), "newer version", "newer versions"));
        }
        if (!hit.versions().isEmpty()) {
            parts.add(Formats.plural(hit.versions().size(), "older version", "older versions"));
        }
        return String.join(" · ", parts);
    }

    private void showOthers(ResultItem item) {
        String line = item == null ? "" : othersLine(item.hit());
        others.setVisible(!line.isEmpty());
        boolean open = !line.isEmpty() && expanded.contains(item.hit().path());
        others.setText(line.isEmpty() ? "" : line + (open ? "  ▴" : "  ▾"));
        otherPaths.setVisible(open);
        otherPaths.getChildren().clear();
        if (open) {
            item.hit().duplicates().forEach(p -> otherPaths.getChildren().add(otherPath("Copy", p)));
            item.hit().newerVersions().forEach(p -> otherPaths.getChildren().add(otherPath("Newer", p)));
            item.hit().versions().forEach(p -> otherPaths.getChildren().add(otherPath("Older", p)));
        }
    }

    private Hyperlink otherPath(String kind, String path) {
        Hyperlink link = new Hyperlink(kind + ": " + path, Icons.of(Feather.CORNER_DOWN_RIGHT, 11));
        link.setMnemonicParsing(false); // a path's underscore is shown, not taken for a shortcut
        link.getStyleClass().addAll(Styles.TEXT_SMALL, "other-path");
        link.setMinWidth(0);
        link.setMaxWidth(Double.MAX_VALUE);
        link.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS); // "Older: /share/…/Deck v1.pdf": label and name stay
        link.setTooltip(new Tooltip("Open " + path));
        link.setAccessibleText("Open the " + switch (kind) {
            case "Copy" -> "copy ";
            case "Newer" -> "newer version ";
            default -> "older version ";
        } + path);
        link.setOnAction(e -> openPath.accept(path));
        return link;
    }

    /** "Retired — use price-sheet-2026.txt" under a retired row with a replacement. */
    private void showRetired(ResultItem item) {
        String text = retiredText(item);
        retired.setVisible(text != null);
        retired.setText(text);
        retired.setAccessibleText(text == null ? null : text + ": select it");
    }

    /** What a retired row with a replacement says, or null. */
    static String retiredText(ResultItem item) {
        ShownCuration curation = item.curation();
        if (curation == null || curation.state() != CurationState.RETIRED || curation.replacedBy() == null) {
            return null;
        }
        String named = Formats.nameBeside(curation.replacedBy(), item.hit().path());
        return curation.replacementRetired() ? "Retired — " + named + ", named to replace it, is retired too"
                : "Retired — use " + named;
    }

    /** Marks the rows a saved search just opened found new or changed ({@link SearchViewModel#sinceOpened}). */
    public void markSinceOpened(ObservableMap<String, String> marks) {
        sinceOpened = marks;
        marks.addListener(new WeakMapChangeListener<>(sinceOpenedChanged));
    }

    private void showBadges() {
        ResultItem item = getItem();
        if (item != null && !isEmpty()) {
            // marketing's word and the deal's reason say why the row stands where it does: never hidden in "+N"
            badges.setBadges(badges(item, drafts.contains(item.hit().contentHash()), sinceOpened.get(item.hit().path())),
                    curationBadges(item).size() + dealBadge(item).map(b -> 1).orElse(0));
        }
    }

    static List<Label> badges(ResultItem item) {
        return badges(item, false);
    }

    static List<Label> badges(ResultItem item, boolean draft) {
        return badges(item, draft, null);
    }

    /**
     * The row's badges; {@code since}: {@value SearchViewModel#SINCE_NEW} or {@value SearchViewModel#SINCE_CHANGED}
     * when the saved search just opened found it new or changed since it was last opened (first, as {@code saved open}
     * says it under the path), else null.
     */
    static List<Label> badges(ResultItem item, boolean draft, String since) {
        List<Label> list = new ArrayList<>();
        if (SearchViewModel.SINCE_NEW.equals(since)) {
            list.add(badge("New", Feather.PLUS_CIRCLE, "badge-new", "New since you last opened this saved search"));
        } else if (SearchViewModel.SINCE_CHANGED.equals(since)) {
            list.add(badge("Changed", Feather.REFRESH_CW, "badge-changed",
                    "Changed since you last opened this saved search"));
        }
        list.addAll(badgesWithout(item, draft));
        return list;
    }

    /** The row's badges; {@code draft}: the rep typed feedback on the file and has not saved it. */
    private static List<Label> badgesWithout(ResultItem item, boolean draft) {
        List<Label> list = new ArrayList<>(curationBadges(item));
        dealBadge(item).ifPresent(list::add);
        FeedbackSummary f = item.feedback();
        if (f.averageRating() != null) {
            list.add(badge(String.format(Locale.ROOT, "%.1f", f.averageRating()), Feather.STAR, "badge-rating",
                    "Rated " + String.format(Locale.ROOT, "%.1f", f.averageRating()) + " of 5"));
        }
        f.tagCounts().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(2)
                .map(e -> {
                    // a tag given on some slides only says which (slides re-test 22 #4)
                    String slides = PartList.describe(FileKind.partNameOf(item.hit().path()),
                            f.tagSlides().getOrDefault(e.getKey(), List.of()));
                    return badge(FeedbackLabels.label(e.getKey()) + (e.getValue() > 1 ? " ×" + e.getValue() : "")
                                    + (slides.isEmpty() ? "" : " · " + slides),
                            FeedbackLabels.icon(e.getKey()), "badge-" + FeedbackLabels.id(e.getKey()),
                            "Tagged " + FeedbackLabels.label(e.getKey()) + " by " + Formats.plural(e.getValue(), "rep", "reps")
                                    + (slides.isEmpty() ? "" : ", about " + slides + " only"));
                })
                .forEach(list::add);
        if (f.count() > 0) {
            list.add(badge(Integer.toString(f.count()), Feather.USERS, "badge-count",
                    "Feedback from " + Formats.plural(f.count(), "rep", "reps")));
        }
        if (f.commented()) {
            list.add(badge("", Feather.MESSAGE_SQUARE, "badge-comment", "The team commented on this file"));
        }
        if (!item.olderFeedback().isEmpty()) {
            list.add(olderVersionsBadge(item));
        }
        if (item.pinned()) {
            list.add(badge("Kept offline", Feather.DOWNLOAD_CLOUD, "badge-pinned", "A copy of this file is kept offline"));
        }
        if (draft) {
            list.add(badge("Unsaved", Feather.EDIT_3, "badge-draft",
                    "Your feedback on this file is typed and not saved yet"));
        }
        if (!item.reachable()) {
            list.add(badge("Offline", Feather.WIFI_OFF, "badge-offline", item.pinned()
                    ? "The share holding this file is offline; the copy kept offline is used"
                    : "The share holding this file is offline"));
        }
        return list;
    }

    /**
     * "Worked in 4 healthcare deals": why the row ranks higher (or lower, "Didn't land in 2 …") for the rep's deal;
     * none without a deal or without feedback from deals like it.
     */
    static Optional<Label> dealBadge(ResultItem item) {
        DealEvidence deal = item.deal();
        if (deal == null || deal.isEmpty()) {
            return Optional.empty();
        }
        double factor = FeedbackBoost.dealFactor(deal);
        String reason = deal.reason();
        String style = factor > 1.0 ? "badge-deal" : factor < 1.0 ? "badge-deal-down" : "badge-deal-even";
        String moved = factor > 1.0 ? "Ranked higher" : factor < 1.0 ? "Ranked lower" : "Left where it was";
        return Optional.of(badge(Character.toUpperCase(reason.charAt(0)) + reason.substring(1), Feather.BRIEFCASE,
                style, moved + " for your deal (" + deal.deal().label() + ") by the team's feedback from deals like it"));
    }

    /** Marketing's word first: Official, Draft, Retired (without a replacement: with one the row says what to use), Expired. */
    static List<Label> curationBadges(ResultItem item) {
        ShownCuration c = item.curation();
        if (c == null) {
            return List.of();
        }
        List<Label> list = new ArrayList<>();
        String owner = c.curation().owner() == null ? "" : " (owner: " + c.curation().owner() + ")";
        switch (c.state()) {
            case OFFICIAL -> {
                if (!c.expired()) { // an expired file is official no more (r24, finding 6): Expired alone says it
                    list.add(badge("Official", Feather.AWARD, "badge-official", "Marketing marked this file official"
                            + owner));
                }
            }
            case DRAFT -> list.add(badge("Draft", Feather.EDIT, "badge-curation-draft",
                    "Marketing marked this file a draft" + owner));
            case RETIRED -> {
                if (c.replacedBy() == null) {
                    list.add(badge("Retired", Feather.SLASH, "badge-retired", "Marketing retired this file" + owner));
                }
            }
        }
        if (c.expired()) {
            list.add(badge("Expired", Feather.CLOCK, "badge-expired", (c.state() == CurationState.OFFICIAL
                    ? "Marketing marked this file official until it expired after " : "Its curation expired after ")
                    + c.curation().expires() + owner));
        }
        return list;
    }

    /**
     * "Older version: Didn't land ×2": the feedback on the older versions listed under the row (the tag most reps
     * gave), so it is not lost from sight when the newest version heads the row; the tooltip says each one's.
     */
    private static Label olderVersionsBadge(ResultItem item) {
        Map<String, Integer> tags = new HashMap<>();
        StringBuilder each = new StringBuilder("Feedback on " + (item.olderFeedback().size() == 1 ? "an older version"
                : "older versions") + " listed under this row:");
        for (String path : item.hit().versions()) {
            FeedbackSummary f = item.olderFeedback().get(path);
            if (f != null) {
                f.tagCounts().forEach((tag, n) -> tags.merge(tag, n, Integer::sum));
                each.append('\n').append(Formats.lastName(path)).append(": ").append(FeedbackLabels.inShort(f));
            }
        }
        Map.Entry<String, Integer> top = tags.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElse(null);
        String what = top != null ? FeedbackLabels.counted(top.getKey(), top.getValue())
                : FeedbackLabels.inShort(item.olderFeedback().values().iterator().next());
        Label badge = badge((item.olderFeedback().size() == 1 ? "Older version: " : "Older versions: ") + what,
                top == null ? Feather.MESSAGE_SQUARE : FeedbackLabels.icon(top.getKey()), "badge-older", each.toString());
        if (top != null) {
            badge.getStyleClass().add(badge.getStyleClass().size() - 1, "badge-" + FeedbackLabels.id(top.getKey()));
        }
        return badge;
    }

    private static Label badge(String text, Ikon ikon, String style, String accessible) {
        Label l = new Label(text.isEmpty() ? null : text, Icons.of(ikon, 11));
        l.getStyleClass().addAll("badge", style);
        l.setAccessibleText(accessible);
        l.setTooltip(new Tooltip(accessible));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
