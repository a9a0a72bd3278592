package org.collateralfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Paths a publisher stored, as a laptop with another mount point (and maybe another OS) sees them. */
class PathMappingTest {

    @Test
    void aWindowsPublishersPathsAreShownUnderAMacMountPointAndFoundBack() {
        PathMapping m = new PathMapping("\\\\fs01\\marketing", "/Volumes/marketing", '\\', '/');
        assertThat(m.map("\\\\fs01\\marketing\\Decks\\Pricing.pptx")).isEqualTo("/Volumes/marketing/Decks/Pricing.pptx");
        assertThat(m.map("\\\\fs01\\marketing")).isEqualTo("/Volumes/marketing");
        assertThat(m.map("\\\\fs01\\marketing\\Kits\\kit.zip!/kit/a.txt")).isEqualTo("/Volumes/marketing/Kits/kit.zip!/kit/a.txt");
        assertThat(m.map("\\\\fs01\\marketing\\Decks\u0000pricing deck.pptx")).isEqualTo("/Volumes/marketing/Decks\u0000pricing deck.pptx");
        assertThat(m.unmap("/Volumes/marketing/Kits/kit.zip!/kit/a.txt")).isEqualTo("\\\\fs01\\marketing\\Kits\\kit.zip!/kit/a.txt");
        assertThat(m.unmap("/Volumes/marketing/Decks/Pricing.pptx")).isEqualTo("\\\\fs01\\marketing\\Decks\\Pricing.pptx");
    }

    @Test
    void aLinuxPublishersPathsAreShownUnderAWindowsDriveLetter() {
        PathMapping m = new PathMapping("/srv/marketing", "Z:\\Marketing", '/', '\\');
        assertThat(m.map("/srv/marketing/Decks/a.pptx")).isEqualTo("Z:\\Marketing\\Decks\\a.pptx");
        assertThat(m.map("/srv/marketing/kit.zip!/kit/a.txt")).isEqualTo("Z:\\Marketing\\kit.zip!/kit/a.txt");
        assertThat(m.unmap("Z:\\Marketing\\Decks\\a.pptx")).isEqualTo("/srv/marketing/Decks/a.pptx");
    }

    @Test
    void pathsOutsideTheFolderHaveNoCounterpart() {
        PathMapping m = new PathMapping("/srv/marketing", "/mnt/mkt", '/', '/');
        assertThat(m.map("/srv/marketing2/a.txt")).isEqualTo("/srv/marketing2/a.txt");
        assertThat(m.unmap("/mnt/mkt2/a.txt")).isNull();
        assertThat(m.unmap("/home/rep/a.txt")).isNull();
        assertThat(m.unmap("/mnt/mkt/a.txt")).isEqualTo("/srv/marketing/a.txt");
    }
}
