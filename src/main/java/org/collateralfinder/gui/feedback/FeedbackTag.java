package org.collateralfinder.gui.feedback;

/** The quick tags a rep gives a file after using it. */
public enum FeedbackTag {
    WORKED("worked", "Worked"),
    DIDNT_LAND("didnt-land", "Didn't land"),
    OUTDATED("outdated", "Outdated"),
    CUSTOMER_ASKED("customer-asked", "Customer asked");

    private final String id;
    private final String label;

    FeedbackTag(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
