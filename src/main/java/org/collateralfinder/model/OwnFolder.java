package org.collateralfinder.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * The folders Collateral Finder writes, which no folder walk indexes wherever they are found (inside a
 * source, on a share, behind a symbolic link): each holds a small marker file the app keeps there.
 */
public enum OwnFolder {
    /** A data folder: this computer's or another copy's (a teammate's on a share). */
    DATA(".collateral-finder-data", "a Collateral Finder data folder, never indexed",
            "This folder holds Collateral Finder's index, feedback and settings; no Collateral Finder indexes it."),
    /** A team feedback folder: the reps' event logs ({@code <user>.jsonl}). */
    TEAM_FEEDBACK(".collateral-finder-team", "a team feedback folder, never indexed",
            "This folder holds the team's Collateral Finder feedback logs; no Collateral Finder indexes it.");

    private final String marker;
    private final String reason;
    private final String text;

    OwnFolder(String marker, String reason, String text) {
        this.marker = marker;
        this.reason = reason;
        this.text = text;
    }

    /** The marker file's name. */
    public String marker() {
        return marker;
    }

    /** Whether {@code folder} is one of these: it holds the marker file. */
    public boolean isMarked(Path folder) {
        return Files.exists(folder.resolve(marker));
    }

    /** Why a walk passed over such a folder, as status lists it. */
    public String reason() {
        return reason;
    }

    /** What the marker file says to a person who opens it. */
    public String markerText() {
        return text + System.lineSeparator();
    }

    /**
     * What a folder is, from the names of its entries: one of the app's own folders when it holds a
     * marker, or (a data folder of a version before the markers) both {@code instance.lock} and
     * {@code sources.json}.
     */
    public static Optional<OwnFolder> recognise(Collection<String> entryNames) {
        for (OwnFolder folder : values()) {
            if (entryNames.contains(folder.marker)) {
                return Optional.of(folder);
            }
        }
        if (entryNames.contains("instance.lock") && entryNames.contains("sources.json")) {
            return Optional.of(DATA);
        }
        return Optional.empty();
    }
}
