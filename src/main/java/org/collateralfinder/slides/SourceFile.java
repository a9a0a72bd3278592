package org.collateralfinder.slides;

import java.awt.Dimension;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.poi.sl.usermodel.SlideShow;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/** A deck or PDF opened for reading (from a copy of its bytes in memory: the file itself is never written). */
sealed interface SourceFile extends Closeable {

    Path path();

    /** How many slides or pages it has. */
    int count();

    /** "slide" or "page", for sentences. */
    String unit();

    /**
     * A PowerPoint deck of the Office Open XML family, whose slides are copied as slides.
     *
     * @param bytes     the file as read, from which the output deck may start as a copy
     * @param plainPptx a .pptx (not macro-enabled, a show or a template): one the output may start from
     */
    record Pptx(Path path, byte[] bytes, XMLSlideShow show, boolean plainPptx) implements SourceFile {
        @Override
        public int count() {
            return show.getSlides().size();
        }

        @Override
        public String unit() {
            return "slide";
        }

        @Override
        public void close() throws IOException {
            show.close(); // read from memory: nothing is written back
        }
    }

    /** A deck POI can draw but not copy slide by slide (the old binary .ppt): its slides go in as pictures. */
    record DrawnSlides(Path path, SlideShow<?, ?> show) implements SourceFile {
        @Override
        public int count() {
            return show.getSlides().size();
        }

        @Override
        public String unit() {
            return "slide";
        }

        Dimension pageSize() {
            return show.getPageSize();
        }

        @Override
        public void close() throws IOException {
            show.close();
        }
    }

    /** A PDF, whose pages are copied as pages into a PDF and drawn as pictures into a PPTX. */
    record Pdf(Path path, PDDocument document) implements SourceFile {
        @Override
        public int count() {
            return document.getNumberOfPages();
        }

        @Override
        public String unit() {
            return "page";
        }

        /**
         * What its author forbids, in words ("copying its text, changing it"), or null when nothing is forbidden (or
         * it was opened with its owner password). Opening needs no password for such a PDF; its author's setting
         * travels with its pages (slides re-test 20, finding 4).
         */
        String forbidden() {
            AccessPermission may = document.getCurrentAccessPermission();
            if (may.isOwnerPermission()) {
                return null;
            }
            List<String> not = new ArrayList<>();
            if (!may.canExtractContent()) {
                not.add("copying its text");
            }
            if (!may.canModify()) {
                not.add("changing it");
            }
            if (!may.canPrint()) {
                not.add("printing it");
            }
            return not.isEmpty() ? null : String.join(", ", not);
        }

        @Override
        public void close() throws IOException {
            document.close();
        }
    }
}
