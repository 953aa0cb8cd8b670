package org.extramile.api.scenario;

import jakarta.validation.constraints.NotNull;
import org.extramile.scenario.library.LibraryParts;

/**
 * Loading the library's edition of a scenario over the versions the trainer read with the update: the parts named in
 * {@code take} (the texts, the script, the keys of the criterion changes, the labelled answers), or all of it.
 */
public record LibraryLoad(
        @NotNull(message = "Send the scenario's version, as read with the update.") Long scenarioVersion,
        @NotNull(message = "Send the draft rubric's version, as read with the update.") Long rubricVersion,
        LibraryParts take) {}
