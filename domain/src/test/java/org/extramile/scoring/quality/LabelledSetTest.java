package org.extramile.scoring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.extramile.scenario.library.LibraryPack;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelledSetTest {

    static Stream<String> scenarios() {
        return LibraryPack.SLUGS.stream();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void shouldSplitEveryAnswerAddedLaterByTheRuleOnItsText(String slug) {
        LabelledSet set = LabelledSet.load("scoring/labelled/" + slug + ".json").orElseThrow();

        assertThat(set.answers()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(set.answers().subList(set.splitByHashAfter(), set.answers().size()))
                .allSatisfy(a ->
                        assertThat(a.evaluation()).as("split of %s", a.id()).isEqualTo(LabelledSet.splitOf(a.text())));
        assertThat(set.answers().stream().map(LabelledSet.Item::text).distinct())
                .hasSameSizeAs(set.answers());
    }
}
