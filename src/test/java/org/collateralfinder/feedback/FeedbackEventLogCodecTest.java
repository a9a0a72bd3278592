package org.collateralfinder.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_A;
import static org.collateralfinder.feedback.FeedbackFixtures.id;
import static org.collateralfinder.feedback.FeedbackFixtures.withdrawal;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackEventLogCodecTest {

    private final EventLogCodec codec = new EventLogCodec();

    @Test
    void entryIsOneLineOfJsonThatDecodesToTheSameEntry() throws Exception {
        FeedbackEntry entry = new FeedbackEntry(id(1), HASH_A, "/share/deck.pptx", "alice",
                Instant.parse("2025-03-01T09:30:00.123456Z"), List.of("worked", "pilot"), 4,
                FeedbackValidationTest.ALL_CONTROL_CHARACTERS + "\"quoted\" 👍", "discovery", "healthcare");

        String line = codec.encode(entry);

        assertThat(line).doesNotContain("\n", "\r")
                .startsWith("{\"v\":1,\"id\":\"00000000-0000-4000-8000-000000000001\",\"type\":\"add\","
                        + "\"user\":\"alice\",\"at\":\"2025-03-01T09:30:00.123456Z\",\"hash\":\"" + HASH_A + "\"");
        assertThat(codec.decode(line)).isEqualTo(entry);
    }

    /** An entry given again by undoing its withdrawal carries the time it was first given, to every laptop. */
    @Test
    void anEntryGivenAgainCarriesWhenItWasFirstGiven() throws Exception {
        FeedbackEntry first = new FeedbackEntry(id(5), HASH_A, "/share/deck.pptx", "alice",
                Instant.parse("2025-03-01T09:30:00Z"), List.of("worked"), 5, null, null, null);
        FeedbackEntry again = first.givenAgain("/share/deck.pptx");

        String line = codec.encode(again);

        assertThat(line).contains("\"given\":\"2025-03-01T09:30:00Z\"");
        assertThat(codec.decode(line)).isEqualTo(again);
        assertThat(codec.encode(first)).doesNotContain("given");
    }

    @Test
    void withdrawalRoundTrips() throws Exception {
        FeedbackWithdrawal withdrawal = withdrawal(2, HASH_A, "bob", "2025-03-02T00:00:00Z");
        assertThat(codec.decode(codec.encode(withdrawal))).isEqualTo(withdrawal);
    }

    @Test
    void malformedLinesAreRejectedWithAReason() {
        String good = codec.encode(withdrawal(2, HASH_A, "bob", "2025-03-02T00:00:00Z"));
        assertThatThrownBy(() -> codec.decode(good.substring(0, good.length() - 1)))
                .hasMessage("not valid JSON");
        assertThatThrownBy(() -> codec.decode(good + " {}")).hasMessage("not valid JSON");
        assertThatThrownBy(() -> codec.decode("[1,2]")).hasMessage("not a JSON object");
        assertThatThrownBy(() -> codec.decode(good.replace("\"v\":1", "\"v\":2"))).hasMessage("unknown format version 2");
        assertThatThrownBy(() -> codec.decode(good.replace("withdraw", "delete"))).hasMessage("unknown event type");
        assertThatThrownBy(() -> codec.decode(good.replace("2025-03-02T00:00:00Z", "yesterday")))
                .hasMessage("invalid id, time or value");
        assertThatThrownBy(() -> codec.decode(good.replace("\"user\":\"bob\",", "")))
                .hasMessage("missing \"user\"");
        assertThatThrownBy(() -> codec.decode(new byte[] {'{', (byte) 0xC3, '}'})).hasMessage("not valid JSON");
    }

    @Test
    void anEntryAboutSomeSlidesCarriesThemAndOneAboutTheWholeFileHasNoSlidesKey() throws Exception {
        FeedbackEntry aboutSlides = new FeedbackEntry(id(3), HASH_A, "/share/deck.pptx", "alice",
                Instant.parse("2025-03-01T09:30:00Z"), List.of("didn't land"), null, null, null, null, List.of(9, 7));
        FeedbackEntry wholeFile = new FeedbackEntry(id(4), HASH_A, "/share/deck.pptx", "bob",
                Instant.parse("2025-03-01T09:30:00Z"), List.of("worked"), null, null, null, null);

        String line = codec.encode(aboutSlides);

        assertThat(aboutSlides.slides()).containsExactly(7, 9);
        assertThat(line).endsWith(",\"slides\":[7,9]}");
        assertThat(codec.decode(line)).isEqualTo(aboutSlides);
        assertThat(codec.encode(wholeFile)).doesNotContain("slides");
        assertThat(((FeedbackEntry) codec.decode(codec.encode(wholeFile))).slides()).isEmpty();
    }

    @Test
    void aLineWithBadSlidesIsRejectedWithAReason() {
        String good = codec.encode(new FeedbackEntry(id(3), HASH_A, "/share/deck.pptx", "alice",
                Instant.parse("2025-03-01T09:30:00Z"), List.of("worked"), null, null, null, null, List.of(7)));
        assertThatThrownBy(() -> codec.decode(good.replace("[7]", "7"))).hasMessage("\"slides\" is not a list");
        assertThatThrownBy(() -> codec.decode(good.replace("[7]", "[\"7\"]"))).hasMessage("a slide is not a whole number");
        assertThatThrownBy(() -> codec.decode(good.replace("[7]", "[0]")))
                .hasMessage("Slides are numbered from 1, as the preview shows them (\"Slide 7 of 24\"); 0 is not a slide number.");
    }
}
