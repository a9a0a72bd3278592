package org.collateralfinder.model;

/**
 * One page, slide or sheet of a file where a search matched, with its own snippet.
 *
 * @param page    1-based number of the page, slide or sheet
 * @param name    the sheet's name, null for slides and pages
 * @param snippet text of that page around the matches, as {@link Snippet} writes it (escaped, matches in
 *                {@code <b>} and {@code </b>})
 * @param match   where in the file's text the snippet's first match is (a preview showing the text goes there)
 */
public record PageHit(int page, String name, String snippet, int match) {

    /**
     * How a person is told where it is: "slide 7 of 24" in a presentation, "sheet Q3 prices" (else "sheet 2")
     * in a workbook, "page 3" elsewhere.
     *
     * @param type  the file's {@link FileKind} id
     * @param pages how many pages, slides or sheets the file has; 0 when unknown
     */
    public String label(String type, int pages) {
        if (FileKind.PRESENTATION.id().equals(type)) {
            return "slide " + page + (pages >= page ? " of " + pages : "");
        }
        if (FileKind.SPREADSHEET.id().equals(type)) {
            return "sheet " + (name == null ? Integer.toString(page) : name);
        }
        return "page " + page;
    }
}
