package org.collateralfinder.gui.search;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/** The filter side panel: each facet's values with counts; clicking one narrows the results. */
public final class FiltersPanel extends ScrollPane {

    private final VBox content = new VBox(14);

    public FiltersPanel(SearchViewModel vm) {
        getStyleClass().addAll("filters-panel", atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(12));
        content.getStyleClass().add("filters-content");
        setContent(content);
        vm.facets().addListener((ListChangeListener<FacetGroup>) c -> rebuild(vm));
        rebuild(vm);
    }

    private void rebuild(SearchViewModel vm) {
        content.getChildren().clear();
        Label heading = new Label("Filters", Icons.of(Feather.FILTER, 14));
        heading.getStyleClass().add(Styles.TITLE_4);
        content.getChildren().add(heading);
        for (FacetGroup group : vm.facets()) {
            VBox block = new VBox(2);
            Label title = new Label(group.title().toUpperCase());
            title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, Styles.TEXT_BOLD, "facet-title");
            if (!group.note().isEmpty()) {
                title.setTooltip(new Tooltip(group.note()));
            }
            block.getChildren().add(title);
            for (FacetGroup.Option option : group.options()) {
                block.getChildren().add(optionButton(vm, group, option));
            }
            content.getChildren().add(block);
        }
    }

    private static ToggleButton optionButton(SearchViewModel vm, FacetGroup group, FacetGroup.Option option) {
        Label name = new Label(option.label());
        name.setMinWidth(0);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        Label count = new Label(String.format("%,d", option.count()));
        count.getStyleClass().addAll(Styles.TEXT_SMALL, "facet-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, name, count);
        row.setAlignment(Pos.CENTER_LEFT);
        ToggleButton button = new ToggleButton();
        button.setGraphic(row);
        button.setSelected(option.selected());
        button.setMaxWidth(Double.MAX_VALUE);
        row.prefWidthProperty().bind(button.widthProperty().subtract(24));
        button.getStyleClass().addAll("facet-option", Styles.FLAT, Styles.SMALL);
        button.setId("facet-" + group.dimension() + "-" + option.value().replaceAll("[^A-Za-z0-9]", "_"));
        button.setAccessibleText((option.selected() ? "Remove the filter " : "Show only ") + group.title() + " "
                + option.label() + ", " + Formats.plural(option.count(), "file", "files"));
        if ("source".equals(group.dimension())) {
            button.setTooltip(new Tooltip(option.value()));
        } else if (!group.note().isEmpty()) {
            button.setTooltip(new Tooltip(group.note()));
        }
        button.setOnAction(e -> vm.toggleFilter(group.dimension(), option.value(), option.label()));
        return button;
    }
}
