package org.collateralfinder.teamindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.assertj.core.groups.Tuple;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.offline.OfflineStore;
import org.collateralfinder.search.FeedbackFilters;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A share indexed once and published; laptops copy the index instead of reading the files, and search it
 * as if they had crawled the share themselves (issue 14, items 1 to 4).
 */
class TeamIndexTest {

    @TempDir
    Path tmp;

    /** Queries a rep would type, with filters and orders, over every kind of file in the share. */
    private static final List<SearchRequest> QUERIES = List.of(
            SearchRequest.of("pricing", 20),
            SearchRequest.of("northwind", 20),
            SearchRequest.of("contoso battlecard", 20),
            SearchRequest.of("tailspin", 20),
            SearchRequest.of("crazy ones", 20),
            SearchRequest.of("fabrikam onboarding", 20),
            SearchRequest.of("pric", 20).asYouType(true),
            SearchRequest.of("type:pdf", 20),
            new SearchRequest("", 20, Map.of(), SearchRequest.Order.NEWEST),
            new SearchRequest("", 20, Map.of(), SearchRequest.Order.NAME),
            new SearchRequest("pricing", 20, Map.of("type", List.of("presentation")), SearchRequest.Order.RELEVANCE));

    @Test
    void aLaptopCopiesThePublishedIndexReadsNoFileAndFindsWhatACrawlFindsUnderItsOwnMountPoint() throws IOException {
        try (TeamShare team = new TeamShare(tmp, true);
             IndexFixture laptop = team.laptop("laptop");
             IndexFixture crawler = team.laptop("crawler")) {
            TeamIndexPublisher.Result published = team.publish();
            assertThat(published.generation()).isEqualTo(1);
            assertThat(published.documents()).isEqualTo(13); // 11 files and the archive's 2 members

            TeamShare.Run run = TeamShare.index(laptop);
            assertThat(run.copied().notes()).isEmpty();
            assertThat(run.copied().copiedFiles()).isEqualTo(published.filesPublished());
            assertThat(run.copied().copiedBytes()).isEqualTo(published.bytesPublished());
            assertThat(run.stats().added() + run.stats().updated() + run.stats().failed()).isZero();
            assertThat(run.stats().unchanged()).isEqualTo(13);
            assertThat(run.stats().files()).isEqualTo(13);

            crawler.run();
            for (SearchRequest q : QUERIES) {
                SearchResult copied = laptop.search.search(q);
                SearchResult crawled = crawler.search.search(q);
                assertThat(shown(copied)).as(q.toString()).isEqualTo(shown(crawled));
                assertThat(copied.total()).as(q.toString()).isEqualTo(crawled.total());
                assertThat(copied.facets()).as(q.toString()).isEqualTo(crawled.facets());
            }
            Path mount = team.laptopMount;
            assertThat(laptop.query("northwind pricing").hits()).extracting(SearchHit::path, SearchHit::versions)
                    .containsExactly(
                            Tuple.tuple(mount.resolve("Decks/Pricing Deck v2.pptx").toString(),
                                    List.of(mount.resolve("Decks/Pricing Deck v1.pptx").toString())),
                            Tuple.tuple(mount.resolve("Notes/pricing-faq.md").toString(), List.of()));
            assertThat(laptop.query("contoso").hits()).extracting(SearchHit::path, SearchHit::duplicates).containsExactly(
                    Tuple.tuple(mount.resolve("Archive/2024/Battlecard Contoso.docx").toString(),
                            List.of(mount.resolve("Briefs/Battlecard Contoso.docx").toString())));
            assertThat(laptop.query("tailspin").hits()).extracting(SearchHit::path).containsExactly(
                    mount.resolve("Launch kit.zip") + "!/kit/press.txt", mount.resolve("Launch kit.zip") + "!/kit/teaser.txt");
            assertThat(laptop.search.documentText(mount.resolve("Case study Fabrikam.pdf").toString()).orElseThrow())
                    .contains("Fabrikam cut onboarding time by forty percent.");
            assertThat(ownDocuments(laptop)).isZero();
        }
    }

    @Test
    void republishingWritesOnlyNewIndexFilesAndTheLaptopCopiesJustThose() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            TeamIndexPublisher.Result first = team.publish();
            TeamShare.index(laptop);
            Manifest one = Manifest.read(team.share.resolve(".collateral-index/manifest.json"));

            TeamIndexPublisher.Result same = team.publish();
            assertThat(same).isEqualTo(new TeamIndexPublisher.Result(1, 10, 0, 0, false));
            assertThat(TeamShare.index(laptop).copied().copiedFiles()).isZero();

            OfficeFiles.text(team.share.resolve("Notes/onboarding.txt"), "Onboarding checklist for new reps: the "
                    + "zeppelin edition.", "2025-04-01T09:00:00Z");
            TeamIndexPublisher.Result second = team.publish();
            Manifest two = Manifest.read(team.share.resolve(".collateral-index/manifest.json"));
            List<String> newFiles = two.files().stream().filter(e -> !one.files().contains(e)).map(Manifest.Entry::name).toList();
            assertThat(second.generation()).isEqualTo(2);
            assertThat(second.filesPublished()).isEqualTo(newFiles.size()).isLessThan(two.files().size());
            assertThat(second.bytesPublished()).isEqualTo(two.files().stream().filter(e -> newFiles.contains(e.name()))
                    .mapToLong(Manifest.Entry::size).sum()).isLessThan(first.bytesPublished());
            assertThat(two.segmentsFile()).isEqualTo(newFiles.get(newFiles.size() - 1));
            for (Manifest.Entry e : two.files()) {
                Path published = team.share.resolve(".collateral-index").resolve(two.filesFolder()).resolve(e.name());
                assertThat(Files.size(published)).as(e.name()).isEqualTo(e.size());
                assertThat(PublishedFolder.footerChecksum(published)).as(e.name()).isEqualTo(e.checksum());
            }

            TeamShare.Run run = TeamShare.index(laptop);
            assertThat(run.copied().copiedFiles()).isEqualTo(second.filesPublished());
            assertThat(run.copied().copiedBytes()).isEqualTo(second.bytesPublished());
            assertThat(run.stats().added() + run.stats().updated()).isZero();
            assertThat(laptop.query("zeppelin").hits()).extracting(SearchHit::path)
                    .containsExactly(team.laptopMount.resolve("Notes/onboarding.txt").toString());
            assertThat(laptop.index.copies().get(team.laptopMount.toString()).orElseThrow().generation()).isEqualTo(2);
        }
    }

    @Test
    void filesChangedAddedOrDeletedAfterPublishingAreReadAloneUntilTheNextGenerationHasThem() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            team.publish();
            TeamShare.index(laptop);
            Path mount = team.laptopMount;
            OfficeFiles.text(team.share.resolve("Notes/onboarding.txt"), "Onboarding for new reps: the zeppelin "
                    + "edition.", "2025-04-01T09:00:00Z");
            OfficeFiles.text(team.share.resolve("Notes/new.txt"), "A quokka appears in the spring campaign.",
                    "2025-04-02T09:00:00Z");
            Files.delete(team.share.resolve("Case study Fabrikam.txt"));

            TeamShare.Run delta = TeamShare.index(laptop);
            assertThat(delta.copied().copiedFiles()).isZero();
            assertThat(List.of(delta.stats().added(), delta.stats().updated(), delta.stats().removed(),
                    delta.stats().unchanged(), delta.stats().files())).containsExactly(1, 1, 1, 8, 10);
            assertThat(ownDocuments(laptop)).isEqualTo(2);
            assertDeltaSeen(laptop.search, mount);
            try (var reopened = IndexService.openForReading(laptop.dataDir.indexDir())) {
                assertDeltaSeen(new SearchService(reopened), mount); // another process
            }

            team.publish();
            TeamShare.Run next = TeamShare.index(laptop);
            assertThat(next.copied().copiedFiles()).isPositive();
            assertThat(List.of(next.stats().added(), next.stats().updated(), next.stats().removed(),
                    next.stats().unchanged())).containsExactly(0, 0, 0, 10);
            assertThat(ownDocuments(laptop)).isZero();
            assertDeltaSeen(laptop.search, mount);
        }
    }

    private static void assertDeltaSeen(SearchService search, Path mount) {
        assertThat(search.search(SearchRequest.of("zeppelin", 10)).hits()).extracting(SearchHit::path)
                .containsExactly(mount.resolve("Notes/onboarding.txt").toString());
        assertThat(search.search(SearchRequest.of("checklist", 10)).hits()).isEmpty();
        assertThat(search.search(SearchRequest.of("quokka", 10)).hits()).extracting(SearchHit::path)
                .containsExactly(mount.resolve("Notes/new.txt").toString());
        assertThat(search.search(SearchRequest.of("forty percent", 10)).hits()).isEmpty();
        assertThat(search.documentCount()).isEqualTo(10);
    }

    @Test
    void thePublishedFolderIsNeverIndexedAsCollateral() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false)) {
            team.publish();
            assertThat(files(team.share.resolve(".collateral-index"))).contains("manifest.json", "history/1.json");
            var again = team.publisher.run();
            assertThat(List.of(again.files(), again.added(), again.unchanged())).containsExactly(10, 0, 10);
            assertThat(team.publisher.search.search(new SearchRequest("", 50, Map.of(), SearchRequest.Order.NAME)).hits())
                    .extracting(SearchHit::path).noneMatch(p -> p.contains(".collateral-index")).hasSize(8);
        }
    }

    @Test
    void teamFilesShareOneResultListWithLocalFilesFeedbackPinsPreviewsAndSimilarFiles() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            team.publish();
            Path mine = OfficeFiles.text(tmp.resolve("my-notes/Northwind call.txt"), "Northwind asked about pricing "
                    + "for forty seats; send the second edition.", "2025-03-01T09:00:00Z");
            laptop.sources.add(mine.getParent(), List.of());
            TeamShare.Run run = TeamShare.index(laptop);
            assertThat(List.of(run.stats().added(), run.stats().unchanged(), run.stats().files())).containsExactly(1, 10, 11);
            Path mount = team.laptopMount;
            String deck = mount.resolve("Decks/Pricing Deck v2.md").toString();

            assertThat(laptop.query("northwind pricing").hits()).extracting(SearchHit::path)
                    .containsExactly(deck, mine.toString(), mount.resolve("Notes/pricing-faq.md").toString());
            try (IndexFixture crawler = team.laptop("crawler")) {
                crawler.sources.add(mine.getParent(), List.of());
                crawler.run();
                for (SearchRequest q : QUERIES) {
                    assertThat(shown(laptop.search.search(q))).as(q.toString()).isEqualTo(shown(crawler.search.search(q)));
                }
            }

            try (FeedbackDatabase db = FeedbackDatabase.open(laptop.dataDir)) {
                FeedbackRepository feedback = new FeedbackRepository(db);
                SearchHit hit = laptop.query("volume discounts").hits().get(0);
                feedback.add(FeedbackEntry.create(hit.contentHash(), hit.path(), "alice", List.of("worked"), 5, null, null, null));
                SearchService ranked = new SearchService(laptop.index, new FeedbackFilters(feedback));
                assertThat(ranked.search(SearchRequest.of("tag:worked", 10)).hits())
                        .extracting(SearchHit::path).containsExactly(deck);
            }

            OfflineStore offline = new OfflineStore(laptop.dataDir.offlineDir(), laptop.dataDir.settingsFile("offline"));
            offline.pin(Path.of(deck));
            assertThat(Files.readString(offline.copyFor(deck).orElseThrow())).contains("volume discounts");

            assertThat(laptop.search.documentText(deck).orElseThrow()).contains("second edition with volume discounts");
            assertThat(laptop.search.search(SearchRequest.like(deck, 10)).hits()).extracting(SearchHit::path)
                    .containsExactly(mount.resolve("Decks/Pricing Deck v1.md").toString(), mine.toString(),
                            mount.resolve("Notes/pricing-faq.md").toString(), mount.resolve("Launch kit.zip") + "!/kit/teaser.txt",
                            mount.resolve("Archive/2024/Battlecard Contoso.txt").toString(),
                            mount.resolve("Notes/onboarding.txt").toString());
        }
    }

    /** What a result shows, hit by hit: everything but the time it took. */
    private static List<String> shown(SearchResult r) {
        List<String> out = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            out.add(String.join(" | ", h.path(), h.title(), h.type(), h.folder(), h.source(), String.valueOf(h.score()),
                    h.snippet(), String.valueOf(h.modified()), String.valueOf(h.size()), String.valueOf(h.contentHash()),
                    h.duplicates().toString(), h.versions().toString()));
        }
        out.add("message: " + r.message());
        return out;
    }

    /** Documents in the laptop's own index (not the copy). */
    static int ownDocuments(IndexFixture laptop) throws IOException {
        try (FSDirectory dir = FSDirectory.open(laptop.dataDir.indexDir()); DirectoryReader r = DirectoryReader.open(dir)) {
            return r.numDocs();
        }
    }

    static List<String> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @SuppressWarnings("unused")
    private static void touch(Path file, String text, String instant) throws IOException {
        OfficeFiles.text(file, text, instant);
    }
}
