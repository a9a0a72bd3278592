package org.collateralfinder.feedback;

import java.util.Locale;

/** What marketing says about a piece of feedback. */
public enum ResponseStatus {
    ACKNOWLEDGED("acknowledged", "acknowledged"),
    ADDRESSED("addressed", "addressed"),
    WONT_CHANGE("wont-change", "won't change");

    private final String code;
    private final String label;

    ResponseStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** As written in logs, the database and JSON: {@code acknowledged}, {@code addressed}, {@code wont-change}. */
    public String code() {
        return code;
    }

    /** As a person reads it: "won't change". */
    public String label() {
        return label;
    }

    /** The status a code (or label) names, in any case. */
    public static ResponseStatus of(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ResponseStatus status : values()) {
            if (status.code.equals(wanted) || status.label.equals(wanted)) {
                return status;
            }
        }
        throw new InvalidFeedbackException("The answer's status must be acknowledged, addressed or wont-change, not \""
                + text + "\".");
    }
}
