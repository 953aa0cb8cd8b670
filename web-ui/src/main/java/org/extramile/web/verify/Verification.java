package org.extramile.web.verify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.extramile.api.problem.DatabaseOutage;
import org.extramile.api.security.ClientAddress;
import org.extramile.certification.CertificateView;
import org.extramile.certification.Certificates;
import org.extramile.certification.Serial;
import org.extramile.certification.VerificationThrottle;
import org.extramile.people.PersonErased;
import org.extramile.shared.NotFoundException;

/** The verification page: a typed serial is looked up, under the same throttle as the public API. */
@Named
@RequestScoped
public class Verification {

    private static final Logger LOG = Logger.getLogger(Verification.class.getName());

    /**
     * What the page shows: nothing asked yet, a certificate, no such serial, too many guesses, or no answer for want
     * of the database.
     */
    public enum Outcome {
        ASK,
        FOUND,
        UNKNOWN,
        THROTTLED,
        UNAVAILABLE
    }

    @Inject
    Certificates certificates;

    @Inject
    VerificationThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    private String serial;
    private CertificateView certificate;
    private Outcome outcome = Outcome.ASK;
    private long wait;
    /** What makes the serial looked up no serial at all, if anything: the page says how to put it right. */
    private Serial.Flaw flaw;

    /**
     * The page's view action: looks up the serial of the address, if there is one. The certificates and the throttle's
     * counts are in the database: when it cannot be reached the page says to try again shortly (503), like the API.
     */
    public void load() {
        if (serial == null || serial.isBlank()) {
            return;
        }
        try {
            lookUpSerial();
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causes(e)) {
                throw e;
            }
            LOG.warning(() -> "Verification page answered 503: the database cannot be reached (" + e + ")");
            outcome = Outcome.UNAVAILABLE;
            certificate = null;
            response().setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response().setHeader("Retry-After", "5");
        }
    }

    private void lookUpSerial() {
        String address = clientAddress.of(request());
        wait = throttle.wait(address);
        if (wait > 0) {
            outcome = Outcome.THROTTLED;
            response().setStatus(429);
            return;
        }
        try {
            certificate = certificates.verify(serial);
            outcome = Outcome.FOUND;
        } catch (NotFoundException e) {
            throttle.missed(address);
            outcome = Outcome.UNKNOWN;
            flaw = Serial.flaw(serial).orElse(null);
            response().setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Whether the certificate was revoked as its holder's personal data was erased: the page says so in its words. */
    public boolean isHolderErased() {
        return certificate != null && PersonErased.ERASED.equals(certificate.revocationReason());
    }

    /** The form's action: goes to the serial's own address, the one a QR code opens. */
    public void lookUp() throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String typed = serial == null ? "" : serial.strip();
        context.redirect(context.getRequestContextPath() + "/verify/"
                + URLEncoder.encode(typed, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public CertificateView getCertificate() {
        return certificate;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Serial.Flaw getFlaw() {
        return flaw;
    }

    /** How many letters and digits the serial looked up has, as a serial is counted (13). */
    public int getCharacters() {
        return Serial.characters(serial);
    }

    public long getWait() {
        return wait;
    }

    public long percent(double share) {
        return Math.round(share * 100);
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse)
                FacesContext.getCurrentInstance().getExternalContext().getResponse();
    }
}
