package org.extramile.api.review;

import jakarta.validation.constraints.Size;
import java.util.Map;

/** Levels to set, by criterion key (e.g. {"remake-now": "fully"}), and why: the reason is required. */
public record OverrideRequest(
        Map<String, String> levels,
        @Size(max = 2000, message = "A reason is at most 2000 characters.") String reason) {}
