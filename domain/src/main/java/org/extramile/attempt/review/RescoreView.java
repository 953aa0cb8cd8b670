package org.extramile.attempt.review;

import java.time.Instant;

/** A rescore as audited: which scenario, with which rubric version, how many attempts and turns, who, when, why. */
public record RescoreView(
        String scenario, int rubricVersion, int attempts, int turns, String reason, String by, Instant at) {}
