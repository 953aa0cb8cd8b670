package org.extramile.scenario.pack;

import java.util.List;
import org.extramile.rubric.LabelledExample;
import org.extramile.rubric.Rubric;

/**
 * One scenario with its rubric, as a document (see schemas/scenario-pack.json), and the trainer-labelled answers
 * stored with the rubric, which its calibration learns from (none in packs written before they existed).
 */
public record ScenarioPack(
        Integer packVersion, PackScenario scenario, Rubric rubric, List<LabelledExample> labelledExamples) {

    public static final int FORMAT = 1;

    public ScenarioPack {
        labelledExamples = labelledExamples == null ? List.of() : List.copyOf(labelledExamples);
    }
}
