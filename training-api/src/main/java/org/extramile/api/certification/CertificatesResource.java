package org.extramile.api.certification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.api.problem.Problems;
import org.extramile.api.security.ClientAddress;
import org.extramile.certification.CertificateView;
import org.extramile.certification.Certificates;
import org.extramile.certification.VerificationThrottle;
import org.extramile.shared.NotFoundException;

@Path("certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Certificates",
        description = "Verification for anyone; downloads for the holder and staff; revocation by HR.")
public class CertificatesResource {

    static final String VC_JWT = "application/vc+jwt";

    @Inject
    Certificates certificates;

    @Inject
    VerificationThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{serial}")
    @PermitAll
    @Operation(summary = "Verify a certificate: every printed field, its status and the PDF's SHA-256. No login.")
    public Response verify(@PathParam("serial") String serial) {
        String address = clientAddress.of(request);
        long wait = throttle.wait(address);
        if (wait > 0) {
            return Response.fromResponse(Problems.response(
                            Response.Status.TOO_MANY_REQUESTS,
                            "too-many-lookups",
                            "Too many lookups of serials that do not exist came from your address: try again in " + wait
                                    + " seconds."))
                    .header(HttpHeaders.RETRY_AFTER, wait)
                    .build();
        }
        try {
            return Response.ok(certificates.verify(serial)).build();
        } catch (NotFoundException e) {
            throttle.missed(address);
            throw e;
        }
    }

    @GET
    @Path("{serial}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The certificate's PDF, as issued: for its holder, HR, trainers and admins.")
    public Response pdf(@PathParam("serial") String serial) {
        String canonical = mayRead(serial);
        return Response.ok(certificates.pdf(canonical))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + canonical + ".pdf\"")
                .build();
    }

    @GET
    @Path("{serial}/credential")
    @Produces(VC_JWT)
    @Operation(
            summary = "The certificate as a signed Open Badges 3.0 credential (a compact JWT, ES256; keys at"
                    + " /.well-known/jwks.json): for its holder, HR, trainers and admins.")
    public Response credential(@PathParam("serial") String serial) {
        String canonical = mayRead(serial);
        return Response.ok(certificates.credential(canonical))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + canonical + ".jwt\"")
                .build();
    }

    @POST
    @Path("{serial}/revoke")
    @RolesAllowed({"HR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a certificate, with a reason; verification and the status list show it at once.")
    public CertificateView revoke(@PathParam("serial") String serial, ReasonRequest body) {
        return certificates.revoke(
                serial,
                body == null ? null : body.reason(),
                security.getUserPrincipal().getName());
    }

    @POST
    @Path("{serial}/reissue")
    @RolesAllowed({"HR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reissue a certificate under a new serial (e.g. a corrected name); the old one is superseded.")
    public CertificateView reissue(@PathParam("serial") String serial, ReasonRequest body) {
        return certificates.reissue(
                serial,
                body == null ? null : body.reason(),
                security.getUserPrincipal().getName());
    }

    /** The serial in its canonical form, if the caller may download it; another trainee's is not found. */
    private String mayRead(String serial) {
        CertificateView certificate = certificates.verify(serial);
        boolean staff =
                security.isUserInRole("HR") || security.isUserInRole("TRAINER") || security.isUserInRole("ADMIN");
        if (!staff
                && !certificates
                        .holder(serial)
                        .equals(security.getUserPrincipal().getName())) {
            throw new NotFoundException("You hold no certificate with the serial '" + serial + "'.");
        }
        return certificate.serial();
    }
}
