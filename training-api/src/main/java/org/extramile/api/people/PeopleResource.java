package org.extramile.api.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.api.QueryParameters;
import org.extramile.api.problem.Problem;
import org.extramile.api.problem.Problems;
import org.extramile.people.Enrolment;
import org.extramile.people.ImportReport;
import org.extramile.people.InvitationRunView;
import org.extramile.people.InvitationRuns;
import org.extramile.people.NewPerson;
import org.extramile.people.People;
import org.extramile.people.PersonChange;
import org.extramile.people.PersonErasure;
import org.extramile.people.PersonView;
import org.extramile.people.RosterImport;
import org.extramile.privacy.PersonalData;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;

@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Callers.HR, Callers.ADMIN})
@Tag(name = "People", description = "HR's people: enrolment, search, roster import, one-time passwords.")
public class PeopleResource {

    private static final Set<String> CSV_TYPES = Set.of("text/csv", "application/csv", "text/plain");

    @Inject
    People people;

    @Inject
    RosterImport rosters;

    @Inject
    InvitationRuns invitationRuns;

    @Inject
    PersonErasure erasure;

    @Inject
    PersonalData personalData;

    @Context
    SecurityContext security;

    @GET
    @Operation(
            summary = "Search people by name, employee number, email or username (q), branch code, active and"
                    + " erased (erased=false: those who left and whose data is still kept); paged (page from 0, size"
                    + " up to 200), by name.")
    public Page<PersonView> search(
            @QueryParam("q") String text,
            @QueryParam("branch") String branch,
            @QueryParam("active") String active,
            @QueryParam("erased") String erased,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return people.search(
                text,
                branch,
                QueryParameters.bool("active", active),
                QueryParameters.bool("erased", erased),
                PageRequest.of(QueryParameters.integer("page", page), QueryParameters.integer("size", size)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Enrol one person. The 201 response holds a one-time password, shown this once; with"
                    + " ?delivery=mail, instead, the person is mailed a link to choose their password and the response"
                    + " says to which address and until when it works (409 if mail is not set up). HR may give"
                    + " TRAINEE and TRAINER; only an administrator HR or ADMIN.")
    public Response enrol(NewPerson person, @QueryParam("delivery") String delivery, @Context UriInfo uri) {
        Enrolment enrolment = byMail(delivery)
                ? people.enrolByMail(person, Callers.actor(security))
                : people.enrol(person, Callers.actor(security));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(enrolment.person().employeeNumber())
                        .build())
                .entity(enrolment)
                .build();
    }

    @GET
    @Path("{employeeNumber}")
    @Operation(summary = "One person by employee number.")
    public PersonView get(@PathParam("employeeNumber") String employeeNumber) {
        return people.get(employeeNumber);
    }

    @PUT
    @Path("{employeeNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Correct one person's record: {name, email, branch, hireDate, version} as GET gave them, changed;"
                    + " optionally language (en, fr: of their mail) and active (false: they left and can no longer"
                    + " log in; their records and certificates stay). 409 if the person changed since that version;"
                    + " HR may change trainees and trainers, only an administrator HR or ADMIN accounts. A new hire"
                    + " date moves their deadlines. Each changed field is audited, before and after.")
    public PersonView revise(@PathParam("employeeNumber") String employeeNumber, PersonChange change) {
        return people.revise(employeeNumber, change, Callers.actor(security));
    }

    @POST
    @Path("{employeeNumber}/invitation")
    @Operation(
            summary = "Issue a one-time password, shown this once (any earlier password stops working): how people"
                    + " imported from a roster log in the first time, and how a forgotten password is replaced."
                    + " ?delivery=mail instead mails the person a link to choose their password (nobody else sees"
                    + " one; a password they have works until they use it): 409 if mail is not set up, 400 if the"
                    + " person has no email address.")
    public Object invite(@PathParam("employeeNumber") String employeeNumber, @QueryParam("delivery") String delivery) {
        return byMail(delivery)
                ? people.mailInvitation(employeeNumber, Callers.actor(security))
                : people.invite(employeeNumber, Callers.actor(security));
    }

    @GET
    @Path("{employeeNumber}/data")
    @Operation(
            summary = "Everything ExtraMile keeps about one person, as one JSON file (a subject access request): their"
                    + " record, mail choices, every attempt with their answers and score cards, certificates and"
                    + " deadlines. Audited; HR reads trainees' and trainers', only an administrator HR's or ADMIN's.")
    public Response data(@PathParam("employeeNumber") String employeeNumber) {
        return MyDataResource.download(personalData.of(employeeNumber, Callers.actor(security)));
    }

    @POST
    @Path("{employeeNumber}/erasure")
    @Operation(
            summary = "Erase a trainee who left (deactivated first: 409 otherwise; 403 for staff accounts): their name,"
                    + " username, email address, employee number and the words of their answers, wherever kept (mail,"
                    + " audit log, review labels, deadline reasons), in one transaction that cannot be undone. Their"
                    + " attempts' points stay in the figures under the pseudonym answered; their certificates are"
                    + " revoked, and their PDFs deleted. The answer counts what was erased.")
    public PersonErasure.Erasure erase(@PathParam("employeeNumber") String employeeNumber) {
        return erasure.erase(employeeNumber, Callers.actor(security));
    }

    /** How a new password reaches the person: a mailed link, or else a one-time password in the answer. */
    private static boolean byMail(String delivery) {
        if (delivery == null || delivery.isBlank()) {
            return false;
        }
        if (delivery.equals("mail")) {
            return true;
        }
        throw QueryParameters.invalid(
                "delivery",
                "'delivery' is 'mail' or left out (a one-time password in the answer), not '" + delivery + "'.");
    }

    @POST
    @Path("invitations")
    @Operation(
            summary = "?delivery=mail (required): mail a link to choose a password to everyone on the roster who"
                    + " cannot log in yet (active, no password) and has an email address, unless a link of theirs"
                    + " still works; what follows a roster import. Answers how many were mailed and the employee"
                    + " numbers without an address, who need a one-time password. A large roster takes a while"
                    + " (20,000 people: about a minute): with the header 'Prefer: respond-async' it answers 202 at"
                    + " once, with the address to follow it at (Location). 409 if mail is not set up.")
    public Response inviteEveryoneWithoutPassword(
            @QueryParam("delivery") String delivery, @HeaderParam("Prefer") String prefer, @Context UriInfo uri) {
        if (!"mail".equals(delivery)) {
            throw QueryParameters.invalid(
                    "delivery",
                    "'delivery=mail' is required: one-time passwords are issued one person at a time, to be"
                            + " handed over.");
        }
        if (!respondAsync(prefer)) {
            return Response.ok(people.mailInvitations(Callers.actor(security))).build();
        }
        InvitationRunView started = invitationRuns.start(Callers.actor(security));
        return Response.accepted(started)
                .location(uri.getAbsolutePathBuilder()
                        .replaceQuery(null)
                        .path(started.id().toString())
                        .build())
                .header("Preference-Applied", "respond-async")
                .build();
    }

    @GET
    @Path("invitations/{id}")
    @Operation(
            summary = "A bulk invitation started with 'Prefer: respond-async': RUNNING (progress: people looked at of"
                    + " those who could not log in when it started), DONE (result: as the answer without the header),"
                    + " FAILED (and why) or INTERRUPTED (its node stopped). Links mailed before it stopped stay:"
                    + " starting again mails the rest.")
    public InvitationRunView invitation(@PathParam("id") UUID id) {
        return invitationRuns.find(id);
    }

    /** RFC 7240: the client would rather have a 202 and follow the work than wait for it. */
    private static boolean respondAsync(String prefer) {
        return prefer != null
                && Arrays.stream(prefer.split("[,;]")).map(String::strip).anyMatch("respond-async"::equalsIgnoreCase);
    }

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Import a roster: text/csv in UTF-8 (with or without BOM), a header row employeeNumber,name,"
                    + "email,branch,hireDate[,roles][,active], comma or semicolon, quoted fields. Creates or updates"
                    + " people by employee number in one transaction. Any rejected row: 422 listing every one by line"
                    + " number, nothing written. ?dryRun=true checks and counts without writing.")
    public Response importRoster(
            InputStream body, @QueryParam("dryRun") String dryRunParameter, @Context HttpHeaders headers)
            throws IOException {
        boolean dryRun = Boolean.TRUE.equals(QueryParameters.bool("dryRun", dryRunParameter));
        Response refused = refuseMediaType(headers.getMediaType());
        if (refused != null) {
            return refused;
        }
        byte[] roster = body.readNBytes(RosterImport.MAX_BYTES + 1);
        if (roster.length > RosterImport.MAX_BYTES) {
            return Problems.response(
                    Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "roster-too-large",
                    "A roster is at most " + RosterImport.MAX_BYTES / (1024 * 1024)
                            + " MB: split it into smaller files.");
        }
        ImportReport report = rosters.importRoster(roster, dryRun, Callers.actor(security));
        if (report.accepted()) {
            return Response.ok(report).build();
        }
        return Response.status(RosterRejection.STATUS)
                .type(Problem.MEDIA_TYPE)
                .entity(RosterRejection.of(report, "urn:uuid:" + UUID.randomUUID()))
                .build();
    }

    private static Response refuseMediaType(MediaType type) {
        if (type == null || !CSV_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
            return Problems.response(
                    Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "http-415",
                    "Send the roster as the request body with Content-Type: text/csv (UTF-8), not as "
                            + (type == null ? "no content type" : type.toString()) + ".");
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
            return Problems.response(
                    Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "http-415",
                    "A roster is read as UTF-8, not " + charset + ": save it as 'CSV UTF-8' and send it again.");
        }
        return null;
    }
}
