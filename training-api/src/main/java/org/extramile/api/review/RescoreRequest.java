package org.extramile.api.review;

import jakarta.validation.constraints.Size;

/** The published rubric version to rescore with, and why. */
public record RescoreRequest(
        Integer version, @Size(max = 2000, message = "A reason is at most 2000 characters.") String reason) {}
