package org.extramile.api.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.people.MailChoices;
import org.extramile.people.MailChoicesView;
import org.extramile.people.MailPreferences;

/** The caller's own choice of the mails one may do without. */
@Path("me/mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class MyMailResource {

    @Inject
    MailPreferences preferences;

    @Context
    SecurityContext security;

    @GET
    @Operation(
            summary = "Where your mail goes, in which language, and the mails you may do without: the review digest"
                    + " (trainers), expiry reminders (trainees).")
    public MailChoicesView get() {
        return preferences.of(security.getUserPrincipal().getName());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Choose {reviewDigest, expiryReminders, deadlineReminders, lateDigest, version}: a choice left out stays;"
                            + " 409 when the choices changed since the version you saw.")
    public MailChoicesView choose(MailChoices choices) {
        return preferences.choose(security.getUserPrincipal().getName(), choices);
    }
}
