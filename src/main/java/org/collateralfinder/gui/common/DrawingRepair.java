package org.collateralfinder.gui.common;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a window back into a state JavaFX can draw after an exception in its own drawing code (window re-test 22,
 * F1). Two things are left behind by such an exception, and both are repaired here:
 *
 * <ol>
 * <li><b>The text that cannot be laid out</b> (JavaFX 26's bug with wrapped complex text, see
 * {@link WrappingText}): it would throw again on the next frame. Each {@code Text} of the scene is asked for its
 * bounds; one that throws is shown in a way that does not wrap: a {@code WrappingText} keeps its text on one line
 * ({@link WrappingText#keepOnOneLine()}), a wrapping {@code Text} or label stops wrapping, anything else is
 * hidden.</li>
 * <li><b>JavaFX's own record of which children's bounds changed.</b> {@code Parent.updateCachedBounds} marks a
 * child clean and counts it before it asks for the child's bounds; when that throws, every {@code Parent} it was
 * in the middle of (all of them from the scene's root down to the text when a mouse move or a frame asked the
 * root's bounds) keeps counting one changed child more than it has, and from then on every frame fails in
 * {@code Parent.updateCachedBounds} with "Index -1 out of bounds": the window stops drawing and answering. Building
 * the rows again (a new list skin) cleared only the parents below the list, so it held or not depending on who
 * had asked for the bounds first (a frame, a mouse move over the window, the list's own layout). JavaFX has no
 * public way to clear that count, and a parent that was in the middle of it cannot be replaced (the scene's root
 * among them), so the count of every {@code Parent} in the scene is set again by reflection: every shown child is
 * marked changed, so the next frame works all bounds out afresh. JavaFX is loaded from the class path (the
 * unnamed module, open to reflection); where it cannot be reached, this part is skipped and said in the log.</li>
 * </ol>
 */
public final class DrawingRepair {

    private static final Logger LOG = LoggerFactory.getLogger(DrawingRepair.class);
    private static final Bookkeeping BOOKKEEPING = Bookkeeping.find();

    private DrawingRepair() {
    }

    /**
     * Repairs the scene (on the FX thread) and asks for a new frame; returns how many texts that could not be laid
     * out were changed so that they can.
     */
    public static int repair(Scene scene) {
        if (scene == null || scene.getRoot() == null) {
            return 0;
        }
        List<Text> broken = new ArrayList<>();
        collectBrokenTexts(scene.getRoot(), broken);
        broken.forEach(DrawingRepair::stopWrapping);
        if (BOOKKEEPING != null) {
            BOOKKEEPING.reset(scene.getRoot());
        }
        scene.getRoot().requestLayout();
        Platform.requestNextPulse();
        return broken.size();
    }

    /** Whether JavaFX's record of changed bounds can be set again here (see the class comment). */
    public static boolean canResetBounds() {
        return BOOKKEEPING != null;
    }

    private static void collectBrokenTexts(Node node, List<Text> broken) {
        if (!node.isVisible()) {
            return; // a hidden node's bounds are not worked out
        }
        if (node instanceof Text text) {
            try {
                text.getBoundsInLocal();
            } catch (RuntimeException e) {
                broken.add(text);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectBrokenTexts(child, broken);
            }
        }
    }

    private static void stopWrapping(Text text) {
        String shown = text.getText() == null ? "" : text.getText();
        LOG.warn("JavaFX could not lay out a text of {} characters ({}); it is shown without wrapping", shown.length(),
                shown.length() > 40 ? shown.substring(0, 40) + "…" : shown);
        if (text.getParent() instanceof WrappingText flow) {
            flow.keepOnOneLine();
        } else if (owningLabel(text) instanceof Labeled label) {
            label.setWrapText(false);
        } else if (text.getWrappingWidth() > 0) {
            text.setWrappingWidth(0);
        } else {
            text.setVisible(false);
        }
    }

    /** The label whose skin shows this text, if any. */
    private static Labeled owningLabel(Text text) {
        for (Parent p = text.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Labeled label) {
                return label;
            }
            if (!p.getClass().getName().startsWith("javafx.scene.control.skin.")
                    && !p.getClass().getName().startsWith("com.sun.javafx.scene.control.")) {
                return null; // the text is the app's own, not a part of a label's skin
            }
        }
        return null;
    }

    /** The private fields of {@code Parent} and {@code Node} that hold which children's bounds changed. */
    private record Bookkeeping(Field dirtyChildrenCount, Field dirtyChildren, Field cachedBoundsInvalid,
            Field currentlyProcessedChild, Field boundsChanged) {

        static Bookkeeping find() {
            try {
                Bookkeeping b = new Bookkeeping(Parent.class.getDeclaredField("dirtyChildrenCount"),
                        Parent.class.getDeclaredField("dirtyChildren"),
                        Parent.class.getDeclaredField("cachedBoundsInvalid"),
                        Parent.class.getDeclaredField("currentlyProcessedChild"),
                        Node.class.getDeclaredField("boundsChanged"));
                for (Field f : List.of(b.dirtyChildrenCount, b.dirtyChildren, b.cachedBoundsInvalid,
                        b.currentlyProcessedChild, b.boundsChanged)) {
                    f.setAccessible(true);
                }
                return b;
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.warn("JavaFX's record of changed bounds cannot be reached; after an error in its drawing the "
                        + "window may stay stuck", e);
                return null;
            }
        }

        void reset(Parent root) {
            try {
                resetTree(root);
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.warn("JavaFX's record of changed bounds could not be set again", e);
            }
        }

        private void resetTree(Parent parent) throws ReflectiveOperationException {
            List<Node> shown = new ArrayList<>();
            for (Node child : parent.getChildrenUnmodifiable()) {
                boundsChanged.setBoolean(child, child.isVisible());
                if (child.isVisible()) {
                    shown.add(child);
                }
            }
            dirtyChildrenCount.setInt(parent, shown.size());
            @SuppressWarnings("unchecked")
            List<Node> dirty = (List<Node>) dirtyChildren.get(parent);
            if (dirty != null) {
                dirty.clear();
                dirty.addAll(shown);
            }
            cachedBoundsInvalid.setBoolean(parent, true);
            currentlyProcessedChild.set(parent, null);
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child instanceof Parent p) {
                    resetTree(p);
                }
            }
        }
    }
}
