package org.extramile.rubric;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One answer the scorer learns from, as a trainer sees it: its step and words, the level given each criterion (the
 * latest, where it was labelled again), where the labels came from, who gave the latest and when. {@code id} names
 * it for removal; only the draft's own labels (written in preview or carried by a pack) can be removed, since a
 * review's are changed by reviewing the turn again and a published version's never change. {@code disagreements}
 * names the criteria on which the scorer, fitted without this answer, gave another verdict than the trainer: where a
 * label given by mistake shows, or words the rubric lacks.
 */
public record LabelledAnswerView(
        long id,
        String step,
        String text,
        Map<String, String> levels,
        ScoringLabel.Source source,
        String labelledBy,
        Instant labelledAt,
        boolean removable,
        List<String> disagreements)
        implements Serializable {

    public LabelledAnswerView {
        levels = Map.copyOf(levels);
        disagreements = List.copyOf(disagreements);
    }
}
