package org.collateralfinder.search;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.collateralfinder.feedback.CurationByFile;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.model.Curation;
import org.collateralfinder.model.CurationState;

/**
 * Marketing's curation of a file as a result shows it.
 *
 * @param curation   the content's curation
 * @param expired    whether its expiry date has passed today
 * @param replacedBy  the path of the file that replaces it as this index has it now (found by its content, also
 *                    after a rename or an edit in place); null when none was named or it is no longer found
 * @param editedSince whether the file was edited since it was curated (its curation is of the content it had)
 * @param replacementRetired whether {@code replacedBy} is retired itself, with no replacement of its own to send reps
 *                    to (one that has one is followed: {@code replacedBy} is then the file at the end)
 */
public record ShownCuration(Curation curation, boolean expired, String replacedBy, boolean editedSince,
                            boolean replacementRetired) {

    /** A curation whose replacement, if any, is not retired. */
    public ShownCuration(Curation curation, boolean expired, String replacedBy, boolean editedSince) {
        this(curation, expired, replacedBy, editedSince, false);
    }

    /**
     * The file's curation as it is shown, if it has one ({@link CurationByFile}: a file edited in place keeps it), with
     * the path the replacement has in this index now. The one way search, collections and the report say it.
     */
    public static Optional<ShownCuration> of(CurationByFile files, KnownFile file) {
        return files.of(file).map(curation -> {
            CurationByFile.Replacement replacement = files.replacementNow(curation);
            return new ShownCuration(curation, curation.expired(files.today()), replacement.path(),
                    files.editedSince(file, curation), replacement.retired());
        });
    }

    /** Whether the curator named a replacement that is no longer found (no file has it, nor an edit of it). */
    public boolean replacementLost() {
        return replacedBy == null && curation.replacedByHash() != null;
    }

    public CurationState state() {
        return curation.state();
    }

    /**
     * What marketing says of the file, as the window's detail and the command line's results say it: "Retired — use
     * price-sheet-2026.pdf · expires after 2027-01-31 · owner Maria Lopez (maria, 2026-12-06) · edited since".
     *
     * @param named how the replacement is named (the window: its file name; the command line: its path)
     */
    public String summary(UnaryOperator<String> named) {
        Curation c = curation;
        StringBuilder said = new StringBuilder(switch (c.state()) {
            case OFFICIAL -> "Official";
            case DRAFT -> "Draft";
            case RETIRED -> "Retired";
        });
        if (c.state() == CurationState.RETIRED && replacedBy != null && replacementRetired) {
            said.append(" — ").append(named.apply(replacedBy)).append(", named to replace it, is retired too");
        } else if (c.state() == CurationState.RETIRED && replacedBy != null) {
            said.append(" — use ").append(named.apply(replacedBy));
        } else if (replacementLost()) {
            said.append(" — the file named to replace it is no longer found");
        }
        if (c.expires() != null) {
            said.append(expired ? " · expired after " : " · expires after ").append(c.expires());
        }
        if (c.owner() != null) {
            said.append(" · owner ").append(c.owner());
        }
        said.append(" (").append(c.curator()).append(", ").append(c.day()).append(")");
        return editedSince ? said.append(" · edited since").toString() : said.toString();
    }

    /** Whether a rep should think twice before sending it: retired, or expired. */
    public boolean discouraged() {
        return expired || curation.state() == CurationState.RETIRED;
    }
}
