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
 * narrow window: with every badge kept whole, a row with four of them had no room left for its title. The leading
 * badges that say why the row stands where it does (marketing's curation, the rep's deal) are always shown, cut
 * short with "…" when the room is short: the deal's reason went into "+5" beside a long title (curation re-test 21,
 * finding 7).
 */
final class BadgeStrip extends Pane {

    private static final double GAP = 6;
    /** A badge always shown keeps at least this much room (its icon and a few letters), less only if it is narrower. */
    static final double KEPT_MIN_WIDTH = 48;

    private final Label more = new Label();
    private final Tooltip hidden = new Tooltip();
    private List<Label> badges = List.of();
    private int kept;

    BadgeStrip() {
        getStyleClass().add("badges");
        more.getStyleClass().addAll("badge", "badge-more");
        more.setTooltip(hidden);
        more.setVisible(false);
    }

    void setBadges(List<Label> shown) {
        setBadges(shown, 0);
    }

    /** @param kept how many of the first badges are always shown (cut short when the room is short) */
    void setBadges(List<Label> shown, int kept) {
        badges = List.copyOf(shown);
        this.kept = Math.min(kept, badges.size());
        List<Label> children = new ArrayList<>(badges);
        children.add(more);
        getChildren().setAll(children);
    }

    @Override
    protected double computeMinWidth(double height) {
        double width = 0;
        for (int i = 0; i < kept; i++) {
            width += (i == 0 ? 0 : GAP) + Math.min(badges.get(i).prefWidth(-1), KEPT_MIN_WIDTH);
        }
        return snappedLeftInset() + width + snappedRightInset();
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
        double[] widths = widths(room);
        int fit = fitting(room, widths);
        if (fit == kept && kept > 0 && fit < badges.size()) { // the kept ones leave room for the "+N" after them
            more.setText("+" + (badges.size() - fit));
            widths = widths(room - GAP - more.prefWidth(-1));
        }
        double x = snappedLeftInset();
        double top = snappedTopInset();
        double height = getHeight() - top - snappedBottomInset();
        for (int i = 0; i < badges.size(); i++) {
            Label badge = badges.get(i);
            badge.setVisible(i < fit);
            if (i < fit) {
                double w = widths[i];
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

    /** Each badge's width: its own, but the kept ones cut from the last when together they are wider than the room. */
    private double[] widths(double room) {
        double[] widths = new double[badges.size()];
        double keptWidth = 0;
        for (int i = 0; i < badges.size(); i++) {
            widths[i] = badges.get(i).prefWidth(-1);
            if (i < kept) {
                keptWidth += (i == 0 ? 0 : GAP) + widths[i];
            }
        }
        double excess = keptWidth - room;
        for (int i = kept - 1; i >= 0 && excess > 0; i--) {
            double cut = Math.min(excess, widths[i] - Math.min(widths[i], KEPT_MIN_WIDTH));
            widths[i] -= cut;
            excess -= cut;
        }
        return widths;
    }

    /**
     * How many badges are shown in this room: the kept ones always, then all that fit, leaving room for the "+N" badge
     * when some do not.
     */
    private int fitting(double room, double[] widths) {
        double width = 0;
        for (int i = 0; i < badges.size(); i++) {
            width += (i == 0 ? 0 : GAP) + widths[i];
            if (i >= kept && width > room + 0.5) {
                for (int fit = i; fit > kept; fit--) {
                    more.setText("+" + (badges.size() - fit));
                    if (shownWidth(fit, widths) + GAP + more.prefWidth(-1) <= room + 0.5) {
                        return fit;
                    }
                }
                return kept;
            }
        }
        return badges.size();
    }

    private static double shownWidth(int count, double[] widths) {
        double width = 0;
        for (int i = 0; i < count; i++) {
            width += (i == 0 ? 0 : GAP) + widths[i];
        }
        return width;
    }
}
