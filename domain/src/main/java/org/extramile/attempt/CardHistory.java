package org.extramile.attempt;

import java.io.Serializable;
import java.time.Instant;
import org.extramile.scoring.ScoreCard;

/** A score card a turn has had: by which rubric version, made how, when and by whom. */
public record CardHistory(int rubricVersion, CardSource source, Instant at, String by, ScoreCard card)
        implements Serializable {}
