package org.collateralfinder.model;

/** Why a file's contents could not be extracted. The file stays findable by its name. */
public enum FailureReason {
    ENCRYPTED("encrypted", "the file is password-protected or encrypted"),
    CORRUPT("corrupt", "the file is damaged or not in the format its name says"),
    TIMEOUT("timeout", "reading the file took longer than the time limit"),
    TOO_LARGE("too large", "the file is larger than the extraction limits allow"),
    UNSUPPORTED("unsupported", "no reader for this kind of file"),
    UNREADABLE("unreadable", "the file could not be opened (permissions, special file or I/O error)");

    private final String id;
    private final String description;

    FailureReason(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** Stable identifier used in the index and in JSON output. */
    public String id() {
        return id;
    }

    /** A sentence fragment explaining the reason. */
    public String description() {
        return description;
    }

    public static FailureReason fromId(String id) {
        for (FailureReason r : values()) {
            if (r.id.equals(id) || r.name().equalsIgnoreCase(id)) {
                return r;
            }
        }
        return CORRUPT;
    }
}
