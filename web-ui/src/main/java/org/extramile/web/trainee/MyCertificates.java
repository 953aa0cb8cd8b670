package org.extramile.web.trainee;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extramile.certification.CertificateView;
import org.extramile.certification.Certificates;
import org.extramile.certification.ExpiryNoticeView;
import org.extramile.certification.ExpiryNotices;
import org.extramile.web.shared.Pages;

/**
 * The trainee's certificates, newest first. The PDF and the credential are downloaded from the API,
 * which accepts the browser's login session and lets only the holder (and staff) read them.
 */
@Named
@RequestScoped
public class MyCertificates {

    @Inject
    Certificates certificates;

    @Inject
    ExpiryNotices expiryNotices;

    /** An organisation that would rather its staff did not show their training on LinkedIn turns the offer off. */
    @Inject
    @ConfigProperty(name = "extramile.certificates.linkedin", defaultValue = "true")
    boolean offerLinkedIn;

    private List<CertificateView> held = List.of();
    private Map<String, ExpiryNoticeView> notices = Map.of();

    public void load() {
        held = certificates.heldBy(Pages.caller());
        notices = expiryNotices.forHolder(Pages.caller());
    }

    /** The notice that this certificate expires soon, if the daily job wrote one and it still stands; else null. */
    public ExpiryNoticeView notice(CertificateView certificate) {
        return "valid".equals(certificate.status()) ? notices.get(certificate.serial()) : null;
    }

    /** LinkedIn's form to add a valid certificate to one's profile; null where none is offered. */
    public String linkedIn(CertificateView certificate) {
        return offerLinkedIn
                ? LinkedInProfileLink.of(certificate, ZoneId.systemDefault()).orElse(null)
                : null;
    }

    public String pdf(CertificateView certificate) {
        return download(certificate, "pdf");
    }

    public String credential(CertificateView certificate) {
        return download(certificate, "credential");
    }

    private static String download(CertificateView certificate, String what) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/certificates/"
                + URLEncoder.encode(certificate.serial(), StandardCharsets.UTF_8) + "/" + what;
    }

    public List<CertificateView> getHeld() {
        return held;
    }
}
