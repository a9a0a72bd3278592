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
}
