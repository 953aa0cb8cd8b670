package org.extramile.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.api.QueryParameters;
import org.extramile.mail.MailStatus;
import org.extramile.mail.Outbox;
import org.extramile.mail.OutboxView;
import org.extramile.mail.TestMail;
import org.extramile.mail.TestMailOutcome;
import org.extramile.people.Account;
import org.extramile.people.AccountRepository;
import org.extramile.shared.PageRequest;

@Path("admin/mail")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class MailResource {

    @Inject
    Outbox outbox;

    @Inject
    TestMail testMail;

    @Inject
    AccountRepository accounts;

    @Context
    SecurityContext security;

    @GET
    @Operation(
            summary = "The outbox: whether mail is on and through which server, how many mails wait, were sent or"
                    + " were given up (kept 90 days), and a page of them newest first, with each one's attempts and"
                    + " last error; never their text. ?status=waiting|sent|given-up, ?to= part of the address.")
    public OutboxView outbox(
            @QueryParam("status") String status,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return outbox.overview(
                status(status),
                to,
                PageRequest.of(QueryParameters.integer("page", page), QueryParameters.integer("size", size)));
    }

    @POST
    @Path("test")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Send a test mail at once, past the outbox, to 'to' or else the caller's own address: answers"
                    + " whether the SMTP server took it, or its error. 409 while mail is off.")
    public TestMailOutcome test(TestMailRequest request) {
        String caller = security.getUserPrincipal().getName();
        String to = request != null && request.to() != null && !request.to().isBlank()
                ? request.to()
                : accounts.findByUsername(caller).flatMap(Account::email).orElse(null);
        return testMail.send(to, caller);
    }

    private static MailStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return MailStatus.ofParameter(value.strip())
                .orElseThrow(() -> QueryParameters.invalid(
                        "status",
                        "'status' is "
                                + Arrays.stream(MailStatus.values())
                                        .map(MailStatus::parameter)
                                        .collect(Collectors.joining(", "))
                                + " or left out, not '" + value + "'."));
    }
}
