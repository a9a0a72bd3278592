package org.collateralfinder.gui.search;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;

/**
 * A row's badges side by side, as many as the width given fits, first ones first; when some do not fit, a
 * "+2" badge stands for them (its tooltip names them). So the strip can give way to the title beside it in a
 * narrow window: with every badge kept whole, a row with four of them had no room left for its title.
 */
final class BadgeStrip extends Pane {

    private static final double GAP = 6;

    private final Label more = new Label();
    private final Tooltip hidden = new Tooltip();
    private List<Label> badges = List.of();

    BadgeStrip() {
        getStyleClass().add("badges");
        more.getStyleClass().addAll("badge", "badge-more");
        more.setTooltip(hidden);
        more.setVisible(false);
    }

    void setBadges(List<Label> shown) {
        badges = List.copyOf(shown);
        List<Label> children = new ArrayList<>(badges);
        children.add(more);
        getChildren().setAll(children);
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        double width = 0;
        for (Label badge : badges) {
            width += (width == 0 ? 0 : GAP) + badge.prefWidth(-1);
        }
        return snappedLeftInset() + width + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double height = more.prefHeight(-1);
        for (Label badge : badges) {
            height = Math.max(height, badge.prefHeight(-1));
        }
        return snappedTopInset() + height + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        int fit = fitting(room);
        double x = snappedLeftInset();
        double top = snappedTopInset();
        double height = getHeight() - top - snappedBottomInset();
        for (int i = 0; i < badges.size(); i++) {
            Label badge = badges.get(i);
            badge.setVisible(i < fit);
            if (i < fit) {
                double w = badge.prefWidth(-1);
                double h = Math.min(height, badge.prefHeight(-1));
                badge.resizeRelocate(snapPositionX(x), snapPositionY(top + (height - h) / 2), w, h);
                x += w + GAP;
            }
        }
        boolean cut = fit < badges.size();
        more.setVisible(cut);
        if (cut) {
            more.setText("+" + (badges.size() - fit));
            hidden.setText(String.join("\n", badges.subList(fit, badges.size()).stream()
                    .map(Label::getAccessibleText).toList()));
            more.setAccessibleText(hidden.getText());
            double w = more.prefWidth(-1);
            double h = Math.min(height, more.prefHeight(-1));
            more.resizeRelocate(snapPositionX(Math.min(x, in.getLeft() + Math.max(0, room - w))),
                    snapPositionY(top + (height - h) / 2), w, h);
        }
    }

    /** How many badges are shown in this room: all that fit, leaving room for the "+N" badge when some do not. */
    private int fitting(double room) {
        double width = 0;
        for (int i = 0; i < badges.size(); i++) {
            width += (i == 0 ? 0 : GAP) + badges.get(i).prefWidth(-1);
            if (width > room + 0.5) {
                for (int fit = i; fit > 0; fit--) {
                    more.setText("+" + (badges.size() - fit));
                    if (shownWidth(fit) + GAP + more.prefWidth(-1) <= room + 0.5) {
                        return fit;
                    }
                }
                return 0;
            }
        }
        return badges.size();
    }

    private double shownWidth(int count) {
        double width = 0;
        for (int i = 0; i < count; i++) {
            width += (i == 0 ? 0 : GAP) + badges.get(i).prefWidth(-1);
        }
        return width;
    }
}
