package org.collateralfinder.gui.search;

import java.util.List;

/** Suggestions for tests whose search box needs none: always ready, never suggesting. */
public final class NoSuggestions implements Suggestions {

    public static final Suggestions NONE = new NoSuggestions();

    private NoSuggestions() {
    }

    @Override
    public List<String> suggest(String typed, int limit) {
        return List.of();
    }

    @Override
    public void rebuild() {
    }

    @Override
    public boolean isReady() {
        return true;
    }
}
