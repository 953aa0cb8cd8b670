package org.extramile.scenario.pack;

import org.extramile.rubric.Rubric;

/** One scenario with its rubric, as a document (see schemas/scenario-pack.json). */
public record ScenarioPack(Integer packVersion, PackScenario scenario, Rubric rubric) {

    public static final int FORMAT = 1;
}
