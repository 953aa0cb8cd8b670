package org.extramile.scoring.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SimilarityTest {

    @Test
    void shouldSumEveryDimensionWhateverTheLength() {
        float[] a = {1, 2, 3, 4, 5, 6, 7};
        float[] b = {7, 6, 5, 4, 3, 2, 1};

        assertThat(SentenceEncoder.similarity(a, b)).isEqualTo(84.0);
        assertThat(SentenceEncoder.similarity(new float[] {0.5f}, new float[] {0.5f}))
                .isEqualTo(0.25);
    }

    @Test
    void shouldFindAnEmbeddedSentenceIdenticalToItself() {
        float[] vector = SentenceEncoder.shared().embed("Let me run to the shop and get you one.");

        assertThat(SentenceEncoder.similarity(vector, vector)).isCloseTo(1.0, within(1e-5));
    }
}
