package org.extramile.rubric;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** One level of a criterion, e.g. "partly": what it looks like and its points (lost, for a penalty). */
public record Level(
        @NotBlank(message = "A level needs a name, e.g. 'fully'.")
                @Size(max = 60, message = "A level's name is at most 60 characters.")
                String name,
        @Size(max = 500, message = "A level's descriptor is at most 500 characters.") String descriptor,
        @PositiveOrZero(message = "A level's points cannot be negative (a penalty's points are deducted).")
                @Max(value = 100, message = "A level is worth at most 100 points.")
                int points) {}
