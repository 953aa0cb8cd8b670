package org.extramile.scenario.pack;

import java.util.List;
import org.extramile.scenario.Persona;
import org.extramile.scenario.Script;
import org.extramile.scenario.Situation;
import org.extramile.scenario.Step;

/** The scenario part of a pack: what the catalogue shows and the script. */
public record PackScenario(
        String slug,
        String title,
        String summary,
        String sourceStory,
        Situation situation,
        Persona persona,
        Double passMark,
        List<Step> steps) {

    public Script script() {
        return new Script(situation, persona, steps);
    }

    PackScenario renamed(String newSlug) {
        return new PackScenario(newSlug, title, summary, sourceStory, situation, persona, passMark, steps);
    }

    PackScenario retitled(String newTitle) {
        return new PackScenario(slug, newTitle, summary, sourceStory, situation, persona, passMark, steps);
    }
}
