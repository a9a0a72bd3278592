package org.collateralfinder.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.offline.OfflineStore;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceRegistry;

/**
 * Whether a hit's file can be opened now: its source (at any of its mount points) is reachable.
 * Each source is checked once per command, with a time limit. A pinned file has an offline copy.
 */
final class SourceAvailability implements Json.Availability {

    private final Map<String, SourceRegistry.SourceFolder> sources = new HashMap<>();
    private final Map<String, Boolean> checked = new HashMap<>();
    private final OfflineStore offline;

    SourceAvailability(List<SourceRegistry.SourceFolder> sources, OfflineStore offline) {
        sources.forEach(s -> this.sources.put(s.path(), s));
        this.offline = offline;
    }

    @Override
    public boolean available(SearchHit hit) {
        return checked.computeIfAbsent(hit.source(), source -> {
            SourceRegistry.SourceFolder folder = sources.get(source);
            if (folder == null) {
                return false;
            }
            Reachability.Check check = StatusCommand.checkMountPoints(folder);
            return check.state().available();
        });
    }

    @Override
    public boolean offlineCopy(SearchHit hit) {
        return offline.copyFor(hit.path()).isPresent();
    }
}
