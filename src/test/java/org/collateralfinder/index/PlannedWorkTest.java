package org.collateralfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collateralfinder.sources.ScannedFile;
import org.junit.jupiter.api.Test;

/** The run's plan hands its files out in order, keeping none it handed out; a run notes only the new files it needs. */
class PlannedWorkTest {

    private static WorkItem item(String path) {
        return new WorkItem(new ScannedFile(path, 1, 2), "/share", false, false, null);
    }

    @Test
    void handsOutEachFileOnceInOrderAndKeepsItsSize() {
        List<WorkItem> items = List.of(item("/share/a.txt"), item("/share/b.txt"), item("/share/c.txt"));
        PlannedWork work = new PlannedWork(items);

        List<String> taken = new ArrayList<>();
        for (WorkItem next = work.take(); next != null; next = work.take()) {
            taken.add(next.file().path());
        }

        assertThat(taken).containsExactly("/share/a.txt", "/share/b.txt", "/share/c.txt");
        assertThat(work.take()).isNull();
        assertThat(work.size()).isEqualTo(3);
        assertThat(items).hasSize(3); // the planner's list is its own
    }

    @Test
    void anEmptyPlanHandsOutNothing() {
        PlannedWork work = new PlannedWork(List.of());

        assertThat(work.isEmpty()).isTrue();
        assertThat(work.take()).isNull();
    }

    @Test
    void aNewFileIsNotedOnlyWhenItsContentMayHaveLeftAnotherPath() {
        RunCounts counts = new RunCounts(Set.of("gone-content", "edited-away"));

        counts.appeared("/share/new/moved.txt", "gone-content");
        counts.appeared("/share/new/kept.txt", "edited-away");
        counts.appeared("/share/new/fresh.txt", "never-seen");

        assertThat(counts.appeared()).isEqualTo(Map.of("/share/new/moved.txt", "gone-content",
                "/share/new/kept.txt", "edited-away"));
    }

    @Test
    void theFileIsReadFromTheOnePathItWasFoundAt() {
        ScannedFile file = new ScannedFile("/share/deck.pptx", 10, 20);

        assertThat(file.toPath().toString()).isEqualTo(file.path());
    }
}
