package org.extramile.scenario;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The customer the trainee meets. */
public record Persona(
        @Size(max = Limits.NAME, message = "A persona's name is at most 200 characters.") String name,
        @Size(max = Limits.TEXT, message = "A persona's description is at most 2000 characters.") String description)
        implements Serializable {}
