package org.extramile.rubric;

import java.io.Serializable;
import org.extramile.scenario.Branch;
import org.extramile.scenario.Step;
import org.extramile.scoring.ScoreCard;

/**
 * What the draft rubric makes of a sample answer: its score card, and where the script would take the role-play
 * next, so that an author sees each branch work before any trainee meets it. {@code next} is null when the
 * role-play would end with this answer; {@code branch} is null when no branch was taken and the step's default way
 * on was followed.
 */
public record Preview(ScoreCard card, Branch branch, Step next) implements Serializable {}
