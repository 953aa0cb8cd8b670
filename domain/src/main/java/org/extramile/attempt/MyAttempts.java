package org.extramile.attempt;

import java.util.List;

/** A trainee's attempts, newest first, and their history per scenario. */
public record MyAttempts(List<AttemptSummary> attempts, List<ScenarioHistory> scenarios) {}
