package org.collateralfinder.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** How a list of slides, pages or sheets is said: "slide 7", "slides 3–5, 9" (runs of three or more as a range). */
public final class PartList {

    private PartList() {
    }

    /**
     * @param part    "slide", "page" or "sheet" ({@link FileKind#partName()})
     * @param numbers 1-based, in any order; repeats count once
     * @return "slide 7", "slides 3–5, 9"; "" for none
     */
    public static String describe(String part, List<Integer> numbers) {
        TreeSet<Integer> sorted = new TreeSet<>(numbers);
        if (sorted.isEmpty()) {
            return "";
        }
        List<String> runs = new ArrayList<>();
        Integer first = null;
        Integer last = null;
        for (int n : sorted) {
            if (last != null && n == last + 1) {
                last = n;
                continue;
            }
            if (first != null) {
                runs.add(run(first, last));
            }
            first = n;
            last = n;
        }
        runs.add(run(first, last));
        return (sorted.size() == 1 ? part : part + "s") + " " + String.join(", ", runs);
    }

    private static String run(int first, int last) {
        return first == last ? Integer.toString(first)
                : last == first + 1 ? first + ", " + last : first + "\u2013" + last;
    }
}
