package org.extramile.people;

/**
 * Who a person is at an OpenID Connect provider, for good: the issuer and the subject of their ID tokens. Unlike the
 * username the provider sends (OpenID Connect Core §5.7: {@code preferred_username} may change and be given to
 * someone else), this pair never changes and never names anyone else, so an account is bound to it.
 */
public record ProviderSubject(String issuer, String subject) {

    public ProviderSubject {
        if (issuer == null || issuer.isBlank() || issuer.length() > 1000) {
            throw new IllegalArgumentException("An ID token's issuer is a URL of at most 1000 characters: " + issuer);
        }
        if (subject == null || subject.isEmpty() || subject.length() > 255) {
            throw new IllegalArgumentException("An ID token's subject is 1 to 255 characters: " + subject);
        }
    }
}
