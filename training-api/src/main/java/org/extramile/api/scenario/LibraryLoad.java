package org.extramile.api.scenario;

import jakarta.validation.constraints.NotNull;

/** Loading the library's edition of a scenario, over the versions the trainer read with the update. */
public record LibraryLoad(
        @NotNull(message = "Send the scenario's version, as read with the update.") Long scenarioVersion,
        @NotNull(message = "Send the draft rubric's version, as read with the update.") Long rubricVersion) {}
