package org.extramile.scenario;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Where the role-play happens, what is missing or went wrong, and what the trainee knows. */
public record Situation(
        @Size(max = Limits.TEXT, message = "A setting is at most 2000 characters.") String setting,
        @Size(max = Limits.TEXT, message = "What is missing is at most 2000 characters.") String missing,
        @Size(max = Limits.TEXT, message = "What the trainee knows is at most 2000 characters.") String known)
        implements Serializable {}
