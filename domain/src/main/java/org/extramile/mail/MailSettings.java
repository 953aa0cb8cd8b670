package org.extramile.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The organisation's SMTP server, from {@code extramile.mail.*}. Without a host there is no mail: nothing is queued,
 * and the pages say what they always said.
 */
@ApplicationScoped
public class MailSettings {

    /** Long enough for a slow server, short enough that a dead one does not hold the job for minutes. */
    private static final String TIMEOUT_MILLIS = "20000";

    @Inject
    @ConfigProperty(name = "extramile.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "extramile.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "extramile.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "extramile.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "extramile.mail.from", defaultValue = "ExtraMile <noreply@localhost>")
    String from;

    /** {@code starttls} (required, the submission port's way), {@code ssl} (port 465) or {@code none}. */
    @Inject
    @ConfigProperty(name = "extramile.mail.security", defaultValue = "starttls")
    String security;

    /** The language of mail to someone who has not used ExtraMile yet: {@code en} or {@code fr}. */
    @Inject
    @ConfigProperty(name = "extramile.mail.language", defaultValue = "en")
    String language;

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** The texts of a mail to someone who last used ExtraMile in {@code spoken}, if known. */
    public MailTexts texts(Optional<String> spoken) {
        return MailTexts.in(spoken.filter(MailTexts::supported).orElse(language));
    }

    public String from() {
        return from;
    }

    public String security() {
        return security;
    }

    /** Where the mail goes, for a log line or an error that an administrator reads. */
    public String server() {
        return host.orElse("(none)") + ":" + port;
    }

    /** Opens the connection the job's run sends all its mail on, logged in if a username is set. */
    void connect(Transport transport) throws MessagingException {
        if (username.isPresent()) {
            transport.connect(host.orElseThrow(), port, username.get(), password.orElse(""));
        } else {
            transport.connect();
        }
    }

    MimeMessage message(Session session, Mail mail, Instant now) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from, true));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setSentDate(Date.from(now));
        // Out-of-office replies and the like should not answer a machine.
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    Session session() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        switch (security) {
            case "starttls" -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
            }
            case "ssl" -> properties.put("mail.smtp.ssl.enable", "true");
            case "none" -> {}
            default ->
                throw new IllegalStateException(
                        "extramile.mail.security is '" + security + "': it must be starttls, ssl or none.");
        }
        if (username.isPresent()) {
            properties.put("mail.smtp.auth", "true");
        }
        return Session.getInstance(properties);
    }
}
