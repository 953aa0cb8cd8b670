package org.extramile.web.hr;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Collectors;
import org.extramile.people.Actor;
import org.extramile.people.Role;
import org.extramile.shared.ConflictException;
import org.extramile.shared.ForbiddenException;
import org.extramile.shared.NotFoundException;
import org.extramile.web.shared.Failures;

/** The HR person or administrator using the page, as the people use cases need them. */
final class Staff {

    private Staff() {}

    static Actor actor() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return new Actor(
                external.getUserPrincipal().getName(),
                Arrays.stream(Role.values())
                        .filter(role -> external.isUserInRole(role.name()))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
    }

    /**
     * Shows a refusal that is not about one field (a taken employee number, a role HR may not give, a
     * person gone) above the form, in the domain's words; returns false for anything else.
     */
    static boolean reportRefusal(RuntimeException failure) {
        Optional<String> refusal = refusal(failure);
        refusal.ifPresent(Failures::error);
        return refusal.isPresent();
    }

    /** Why the platform refused (a conflict, a forbidden or unknown person), if that is what the failure was. */
    static Optional<String> refusal(RuntimeException failure) {
        return Failures.find(failure, ConflictException.class)
                .map(RuntimeException.class::cast)
                .or(() -> Failures.find(failure, ForbiddenException.class))
                .or(() -> Failures.find(failure, NotFoundException.class))
                .map(RuntimeException::getMessage);
    }
}
