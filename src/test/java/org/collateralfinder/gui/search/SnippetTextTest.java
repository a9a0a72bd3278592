package org.collateralfinder.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTextTest {

    @Test
    void splitsASnippetIntoPlainAndBoldRuns() {
        assertThat(SnippetText.parse("Volume <b>pricing</b> for <b>enterprise</b>."))
                .containsExactly(new SnippetText.Span("Volume ", false), new SnippetText.Span("pricing", true),
                        new SnippetText.Span(" for ", false), new SnippetText.Span("enterprise", true),
                        new SnippetText.Span(".", false));
    }

    @Test
    void showsTheDocumentsOwnMarkupAsTextNotAsHighlight() {
        assertThat(SnippetText.parse("&lt;script&gt;x&lt;/script&gt; &lt;b&gt;<b>bold</b>&lt;/b&gt; &amp; more"))
                .containsExactly(new SnippetText.Span("<script>x</script> <b>", false), new SnippetText.Span("bold", true),
                        new SnippetText.Span("</b> & more", false));
    }

    /**
     * Window test 9, New 10: in a snippet that starts in Arabic, the closing English sentence's full stop went
     * to its left (".English line again: pricing for the region"); a left-to-right mark after it keeps it at
     * the sentence's end, as the preview's lines each keep their own direction. Sentences in the snippet's own
     * direction are left as they are.
     */
    @Test
    void aSentenceWrittenTheOtherWayKeepsItsFullStopAtItsEnd() {
        assertThat(SnippetText.parse("السعر يشمل ضريبة القيمة المضافة. English line again: <b>pricing</b> for the region."))
                .containsExactly(new SnippetText.Span("السعر يشمل ضريبة القيمة المضافة. English line again: ", false),
                        new SnippetText.Span("pricing", true), new SnippetText.Span(" for the region.\u200E", false));
        assertThat(SnippetText.parse("Multilingual brochure. <b>السعر</b> يشمل ضريبة. Pricing."))
                .containsExactly(new SnippetText.Span("Multilingual brochure. ", false), new SnippetText.Span("السعر", true),
                        new SnippetText.Span(" يشمل ضريبة.\u200F Pricing.", false));
    }
}
