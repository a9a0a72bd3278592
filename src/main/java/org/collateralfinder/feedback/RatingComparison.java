package org.collateralfinder.feedback;

/** How a {@code rating:} filter compares a file's average rating: {@code rating:>=4}, {@code rating:3}. */
public enum RatingComparison {
    LESS("<"), LESS_OR_EQUAL("<="), EQUAL("="), GREATER_OR_EQUAL(">="), GREATER(">");

    private final String symbol;

    RatingComparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean test(double average, double value) {
        return switch (this) {
            case LESS -> average < value;
            case LESS_OR_EQUAL -> average <= value;
            case EQUAL -> average == value;
            case GREATER_OR_EQUAL -> average >= value;
            case GREATER -> average > value;
        };
    }

    /** The comparison a symbol names ({@code "", "=", "<", "<=", ">", ">="}); empty means equal. */
    public static RatingComparison ofSymbol(String symbol) {
        if (symbol == null || symbol.isEmpty()) {
            return EQUAL;
        }
        for (RatingComparison c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        throw new InvalidFeedbackException("\"" + symbol + "\" is not a comparison; use <, <=, =, >= or >.");
    }
}
