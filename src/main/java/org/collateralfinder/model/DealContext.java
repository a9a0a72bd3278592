package org.collateralfinder.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a rep is working on: the deal's industry, its stage and the competitor in it, each optional. Search then
 * favours files that worked in deals like it according to the team's feedback (entries record industry and stage;
 * a comment that names the competitor tells of a deal against it), and feedback given meanwhile records its industry
 * and stage. Values keep the rep's spelling; they compare ignoring case and spacing ({@link #same}).
 *
 * @param industry   e.g. "healthcare", or null
 * @param stage      the deal stage, e.g. "proposal", or null
 * @param competitor e.g. "Acme", or null
 */
public record DealContext(String industry, String stage, String competitor) {

    /** The longest value, as feedback's labels. */
    public static final int MAX_CHARS = 100;
    private static final DealContext NONE = new DealContext(null, null, null);
    private static final String EXAMPLE = "e.g. industry=healthcare,stage=proposal,competitor=Acme";

    public DealContext {
        industry = clean("industry", industry);
        stage = clean("stage", stage);
        competitor = clean("competitor", competitor);
    }

    /** No deal: search ranks as without one. */
    public static DealContext none() {
        return NONE;
    }

    public boolean isEmpty() {
        return industry == null && stage == null && competitor == null;
    }

    /**
     * Reads {@code industry=…,stage=…,competitor=…} (any of them, in any order; {@code deal-stage} is read as
     * {@code stage}); blank is no deal.
     *
     * @throws CollateralException with a sentence for an unknown name, a name given twice or one without a value
     */
    public static DealContext parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new CollateralException("Say what \"" + part.strip() + "\" is: name=value, " + EXAMPLE + ".");
            }
            String name = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = part.substring(eq + 1).strip();
            String key = switch (name) {
                case "industry" -> "industry";
                case "stage", "deal-stage", "deal_stage", "dealstage" -> "stage";
                case "competitor" -> "competitor";
                default -> throw new CollateralException("A deal has an industry, a stage and a competitor, not \""
                        + name + "\": " + EXAMPLE + ".");
            };
            if (value.isEmpty()) {
                throw new CollateralException("Give the deal's " + key + " a value after \"" + name + "=\": "
                        + EXAMPLE + ".");
            }
            if (values.putIfAbsent(key, value) != null) {
                throw new CollateralException("The deal's " + key + " is given twice (\"" + values.get(key)
                        + "\" and \"" + value + "\"): give it once.");
            }
        }
        return new DealContext(values.get("industry"), values.get("stage"), values.get("competitor"));
    }

    /** The form {@link #parse} reads; empty for no deal. */
    public String spec() {
        List<String> parts = new ArrayList<>();
        if (industry != null) {
            parts.add("industry=" + industry);
        }
        if (stage != null) {
            parts.add("stage=" + stage);
        }
        if (competitor != null) {
            parts.add("competitor=" + competitor);
        }
        return String.join(",", parts);
    }

    /** As the window's header shows it: "healthcare · proposal · against Acme"; "No deal" when empty. */
    public String label() {
        List<String> parts = new ArrayList<>();
        if (industry != null) {
            parts.add(industry);
        }
        if (stage != null) {
            parts.add(stage);
        }
        if (competitor != null) {
            parts.add("against " + competitor);
        }
        return parts.isEmpty() ? "No deal" : String.join(" · ", parts);
    }

    /** Whether two values name the same thing: case and spacing aside ("Health care" is not "healthcare"). */
    public static boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    /** A value's form for comparing: lower case, single spaces. */
    public static String key(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String clean(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String cleaned = value.strip().replaceAll("\\s+", " ");
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_CHARS) {
            throw new CollateralException("The deal's " + name + " is " + cleaned.codePointCount(0, cleaned.length())
                    + " characters long; it may have at most " + MAX_CHARS + ".");
        }
        if (cleaned.chars().anyMatch(Character::isISOControl)) {
            throw new CollateralException("The deal's " + name + " holds a control character; type it as plain text.");
        }
        return cleaned;
    }
}
