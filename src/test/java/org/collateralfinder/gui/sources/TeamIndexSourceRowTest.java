package org.collateralfinder.gui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.AppContext;
import org.collateralfinder.gui.UiThread;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.teamindex.TeamIndexPublisher;
import org.collateralfinder.teamindex.TeamIndexStatus;
import org.collateralfinder.testing.IndexFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's indexing copies a share's team index, and the Sources tab says which generation it searches. */
class TeamIndexSourceRowTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private final UiThread ui = new UiThread();
    private AppContext context;
    private SourcesViewModel vm;
    private final List<UserError> errors = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        context = AppContext.open(temp.resolve("data"), ui, new AppContext.Options(false, false, 1, Duration.ofSeconds(1),
                Duration.ofMillis(200), Duration.ZERO));
        vm = new SourcesViewModel(context.registry(), context.live()::search, context.availability(),
                context.reachability(), context.indexer(), context.dataDirectory().root(),
                new UiWork(context.background(), ui, errors::add));
    }

    @AfterEach
    void close() {
        context.close();
        ui.close();
    }

    @Test
    void aSourceWithAPublishedTeamIndexIsCopiedAndShowsItsGeneration() throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(share.resolve("note-" + i + ".txt"), "capybara field note " + i);
        }
        try (IndexFixture publisher = new IndexFixture(temp.resolve("publisher"), IndexFixture.testLimits())) {
            TeamIndexPublisher.sourcesFor(publisher.sources, share);
            publisher.run();
            new TeamIndexPublisher(TeamIndexPublisher.Options.defaults()).publish(publisher.index, share,
                    TeamIndexPublisher.defaultTarget(share));
        }
        context.registry().add(share, List.of());
        int before = ui.read(vm::runsStarted);
        ui.run(vm::reindex);
        ui.await("the run finished", LIMIT, () -> vm.runsStarted() > before && !vm.runningProperty().get());

        TeamIndexStatus team = TeamIndexStatus.of(context.dataDirectory().indexDir()).get(share.toString());
        assertThat(team.generation()).isEqualTo(1);
        ui.run(vm::reload);
        ui.await("the row is shown", LIMIT, () -> vm.rows().size() == 1 && vm.rows().getFirst().files() == 3);
        assertThat(ui.read(() -> vm.rows().getFirst().detail())).isEqualTo("3 files. Searches its " + team.describe() + ".");
        assertThat(context.search().search(new SearchRequest("capybara", 10, Map.of(), SearchRequest.Order.NAME)).hits())
                .extracting(h -> h.path()).containsExactly(share.resolve("note-0.txt").toString(),
                        share.resolve("note-1.txt").toString(), share.resolve("note-2.txt").toString());
        assertThat(errors).isEmpty();
    }
}
