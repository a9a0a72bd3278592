package org.collateralfinder.gui.common;

import java.util.List;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A grid of labels beside values whose one growing column wraps ({@link WrappingText}: paths, lists, the
 * platform): its height for a width counts the lines that column wraps onto at the width it gets, which
 * {@code GridPane}'s own does not (it measured the values unwrapped, and what held the grid cut off or
 * overlapped their last lines). One cell per row and column, no spans.
 */
public class WrappingGrid extends GridPane {

    @Override
    protected double computePrefHeight(double width) {
        List<Node> cells = getManagedChildren();
        int columns = cells.stream().mapToInt(WrappingGrid::column).max().orElse(-1) + 1;
        int growing = -1;
        double[] widths = new double[columns];
        for (Node cell : cells) {
            widths[column(cell)] = Math.max(widths[column(cell)], cell.prefWidth(-1));
            if (getHgrow(cell) == Priority.ALWAYS || column(cell) < getColumnConstraints().size()
                    && getColumnConstraints().get(column(cell)).getHgrow() == Priority.ALWAYS) {
                growing = column(cell);
            }
        }
        if (width < 0 || growing < 0) {
            return super.computePrefHeight(width);
        }
        double others = snappedLeftInset() + snappedRightInset() + getHgap() * (columns - 1);
        for (int c = 0; c < columns; c++) {
            others += c == growing ? 0 : widths[c];
        }
        widths[growing] = Math.max(0, width - others);
        TreeMap<Integer, Double> rows = new TreeMap<>();
        for (Node cell : cells) {
            rows.merge(row(cell), cell.prefHeight(widths[column(cell)]), Math::max);
        }
        double height = snappedTopInset() + snappedBottomInset() + getVgap() * Math.max(0, rows.size() - 1);
        for (double row : rows.values()) {
            height += snapSizeY(row);
        }
        return height;
    }

    private static int column(Node cell) {
        Integer c = getColumnIndex(cell);
        return c == null ? 0 : c;
    }

    private static int row(Node cell) {
        Integer r = getRowIndex(cell);
        return r == null ? 0 : r;
    }
}
