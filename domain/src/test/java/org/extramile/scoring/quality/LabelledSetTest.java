package org.extramile.scoring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.extramile.rubric.LabelledExample;
import org.extramile.scenario.library.LibraryPack;
import org.extramile.scenario.pack.ScenarioPacks;
import org.extramile.scoring.text.AnswerLanguage;
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

    /**
     * New hires' English, slang, typos and all, is never taken for another language: an answer that is would go unscored
     * to a trainer. The calibration split is read too, since it reached the trainers' labels.
     */
    @ParameterizedTest
    @MethodSource("scenarios")
    void shouldReadEveryLabelledAnswerAsEnglish(String slug) {
        LabelledSet set = LabelledSet.load("scoring/labelled/" + slug + ".json").orElseThrow();

        assertThat(set.answers())
                .allSatisfy(a -> assertThat(AnswerLanguage.shared().foreign(a.text()))
                        .as(a.text())
                        .isEmpty());
    }

    /**
     * The library packs ship their calibration answers as labelled examples, so that an installation scores the
     * seeded scenarios with the calibrated models these figures describe; never an evaluation answer, which would
     * make the figures a test on the training set.
     */
    @ParameterizedTest
    @MethodSource("scenarios")
    void shouldShipExactlyTheCalibrationSplitWithTheLibraryPack(String slug) {
        LabelledSet set = LabelledSet.load("scoring/labelled/" + slug + ".json").orElseThrow();

        List<LabelledExample> shipped =
                ScenarioPacks.read(LibraryPack.document(slug)).labelledExamples();

        assertThat(shipped)
                .containsExactlyElementsOf(set.calibration().stream()
                        .map(a -> new LabelledExample(a.step(), a.text(), a.labels()))
                        .toList());
    }
}
