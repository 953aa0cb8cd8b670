package org.extramile.scoring;

import java.util.Map;

/**
 * An answer a trainer labelled (a review, an override, a "this verdict is wrong" in preview, an example stored with
 * the rubric): the step it answers, its text, and the level the trainer gave each criterion, by level name.
 */
public record LabelledAnswer(String step, String text, Map<String, String> levels) {

    public LabelledAnswer {
        levels = Map.copyOf(levels);
    }
}
