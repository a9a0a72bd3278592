package org.collateralfinder.assets;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The content of one generated prose document or slide deck, independent of its file format: each
 * {@link Section} becomes a heading with text in a document, or one slide in a deck.
 *
 * @param title    the document title, also written into the file's title metadata
 * @param subtitle a line under the title, also used as the subject metadata
 * @param author   the author metadata
 * @param keywords comma-separated keywords for the metadata
 * @param created  the fixed creation and modification time, read as UTC
 * @param sections the body, in order
 */
record SampleDocument(String title, String subtitle, String author, String keywords, LocalDateTime created,
                      List<Section> sections) {

    SampleDocument {
        sections = List.copyOf(sections);
    }

    /** A heading with prose, then bullets, then an optional table whose first row is the header. */
    record Section(String heading, List<String> paragraphs, List<String> bullets, List<List<String>> table) {

        Section {
            paragraphs = List.copyOf(paragraphs);
            bullets = List.copyOf(bullets);
            table = table.stream().map(List::copyOf).toList();
        }

        static Section of(String heading, String... paragraphs) {
            return new Section(heading, List.of(paragraphs), List.of(), List.of());
        }

        static Section bullets(String heading, String... bullets) {
            return new Section(heading, List.of(), List.of(bullets), List.of());
        }

        Section withBullets(String... moreBullets) {
            return new Section(heading, paragraphs, List.of(moreBullets), table);
        }

        @SafeVarargs
        final Section withTable(List<String>... rows) {
            return new Section(heading, paragraphs, bullets, List.of(rows));
        }
    }
}
