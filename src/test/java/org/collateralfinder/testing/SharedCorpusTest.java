package org.collateralfinder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedCorpusTest {

    @Test
    void ciIsRecognisedFromTheUsualValuesOfItsVariable() {
        assertThat(SharedCorpus.underCi("true")).isTrue();
        assertThat(SharedCorpus.underCi("1")).isTrue();
        assertThat(SharedCorpus.underCi(null)).isFalse();
        assertThat(SharedCorpus.underCi("")).isFalse();
        assertThat(SharedCorpus.underCi("false")).isFalse();
        assertThat(SharedCorpus.underCi("0")).isFalse();
    }
}
