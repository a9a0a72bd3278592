package org.collateralfinder.teamindex;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.collateralfinder.index.Indexer;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.PathChanges;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.task.ProgressListener;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;

/**
 * A share with real office files, a publisher indexing it at {@code share/}, and laptops reaching the
 * same folder at another path ({@code laptop-mount}, a symbolic link), each with a real data folder.
 */
final class TeamShare implements AutoCloseable {

    final Path tmp;
    final Path share;
    final Path laptopMount;
    final IndexFixture publisher;

    /**
     * @param officeFiles real office files (read by the extraction workers), else the same collateral as
     *                    text files, read in-process (quicker, for tests about copying rather than reading)
     */
    TeamShare(Path tmp, boolean officeFiles) throws IOException {
        this.tmp = tmp;
        this.share = Files.createDirectories(tmp.resolve("fileserver/marketing"));
        if (officeFiles) {
            writeCollateral(share);
        } else {
            writeTextCollateral(share);
        }
        this.laptopMount = Files.createSymbolicLink(tmp.resolve("laptop-mount"), share);
        this.publisher = new IndexFixture(tmp.resolve("publisher"), IndexFixture.testLimits());
        TeamIndexPublisher.sourcesFor(publisher.sources, share);
    }

    /** Indexes the share in the publisher's data folder and publishes it into {@code share/.collateral-index}. */
    TeamIndexPublisher.Result publish() throws IOException {
        publisher.run();
        return new TeamIndexPublisher(TeamIndexPublisher.Options.defaults())
                .publish(publisher.index, share, TeamIndexPublisher.defaultTarget(share));
    }

    /** A laptop whose one source is the share, reached at {@code laptop-mount}; nothing run yet. */
    IndexFixture laptop(String name) {
        IndexFixture laptop = new IndexFixture(tmp.resolve(name), IndexFixture.testLimits());
        laptop.sources.add(laptopMount, List.of());
        return laptop;
    }

    /** What {@code index} does on a laptop: copies its team indexes, then walks and reads what changed. */
    static Run index(IndexFixture laptop) {
        Indexer.Options options = Indexer.Options.defaults().withCommitInterval(Duration.ofSeconds(30));
        SourcesRun.Result run = SourcesRun.run(laptop.sources.list(), laptop.index,
                new Indexer(laptop.index, laptop.extractor, options, laptop.dataDir.root()), options.reachability(),
                laptop.dataDir.root(), ProgressListener.NONE, Cancellation.none());
        return new Run(run.copied(), run.stats(), run.changes());
    }

    /** @param changes the files edited in place and moved, as feedback follows them */
    record Run(TeamIndexCopier.Result copied, IndexRunStats stats, PathChanges changes) {
    }

    /** The share as marketing keeps it: decks with two versions, a brief filed twice, real files, an archive. */
    static void writeCollateral(Path share) throws IOException {
        Path decks = Files.createDirectories(share.resolve("Decks"));
        dated(OfficeFiles.pptx(decks.resolve("Pricing Deck v1.pptx"), "Northwind pricing",
                "Retail pricing for the Northwind region, first edition."), "2024-02-01T09:00:00Z");
        dated(OfficeFiles.pptx(decks.resolve("Pricing Deck v2.pptx"), "Northwind pricing",
                "Retail pricing for the Northwind region, second edition with volume discounts."), "2024-06-01T09:00:00Z");
        Path briefs = Files.createDirectories(share.resolve("Briefs"));
        dated(OfficeFiles.docx(briefs.resolve("Battlecard Contoso.docx"), "Battlecard: Contoso",
                "Answers to the pricing objections Contoso buyers raise.", "Contoso bundles support; we do not."),
                "2024-03-10T09:00:00Z");
        Path filed = Files.createDirectories(share.resolve("Archive/2024"));
        dated(Files.copy(briefs.resolve("Battlecard Contoso.docx"), filed.resolve("Battlecard Contoso.docx")),
                "2024-03-11T09:00:00Z");
        dated(OfficeFiles.pdf(share.resolve("Case study Fabrikam.pdf"), "Fabrikam case study",
                "Fabrikam cut onboarding time by forty percent.", "Northwind was the reference partner."),
                "2023-11-05T09:00:00Z");
        Path real = Files.createDirectories(share.resolve("Real"));
        for (String name : new String[] {"crazyones-pdfa.pdf", "simplelist.odt", "49386-null_dates.pptx"}) {
            try (InputStream in = TeamShare.class.getResourceAsStream("/teamindex/" + name)) {
                Files.copy(in, real.resolve(name));
            }
            dated(real.resolve(name), "2022-0" + (name.length() % 9 + 1) + "-15T09:00:00Z");
        }
        writeNotesAndKit(share);
    }

    private static void writeNotesAndKit(Path share) throws IOException {
        OfficeFiles.text(share.resolve("Notes/onboarding.txt"), "Onboarding checklist for new reps: pricing, "
                + "battlecards, the Fabrikam story.", "2025-01-20T09:00:00Z");
        OfficeFiles.text(share.resolve("Notes/pricing-faq.md"), "# Pricing FAQ\nWhy Northwind discounts stop at "
                + "twenty seats.", "2025-02-03T09:00:00Z");
        Path kit = share.resolve("Launch kit.zip");
        try (OutputStream out = Files.newOutputStream(kit); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("kit/teaser.txt"));
            zip.write("Launch teaser: the Tailspin edition ships in spring.".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("kit/press.txt"));
            zip.write("Press release draft for the Tailspin launch.".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        dated(kit, "2024-09-09T09:00:00Z");
    }

    /** The collateral as text files: 8 files and the archive's 2 members, 10 documents. */
    static void writeTextCollateral(Path share) throws IOException {
        OfficeFiles.text(share.resolve("Decks/Pricing Deck v1.md"), "# Northwind pricing\nRetail pricing for the "
                + "Northwind region, first edition.", "2024-02-01T09:00:00Z");
        OfficeFiles.text(share.resolve("Decks/Pricing Deck v2.md"), "# Northwind pricing\nRetail pricing for the "
                + "Northwind region, second edition with volume discounts.", "2024-06-01T09:00:00Z");
        OfficeFiles.text(share.resolve("Briefs/Battlecard Contoso.txt"), "Answers to the pricing objections Contoso "
                + "buyers raise.", "2024-03-10T09:00:00Z");
        dated(Files.copy(share.resolve("Briefs/Battlecard Contoso.txt"),
                Files.createDirectories(share.resolve("Archive/2024")).resolve("Battlecard Contoso.txt")),
                "2024-03-11T09:00:00Z");
        OfficeFiles.text(share.resolve("Case study Fabrikam.txt"), "Fabrikam cut onboarding time by forty percent.",
                "2023-11-05T09:00:00Z");
        writeNotesAndKit(share);
    }

    static Path dated(Path file, String instant) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(instant)));
        return file;
    }

    @Override
    public void close() {
        publisher.close();
    }
}
