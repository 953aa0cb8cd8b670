package org.extramile.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extramile.people.Role;

/**
 * OpenID Connect single sign-on, configured through MicroProfile Config and off unless
 * {@code extramile.oidc.provider-uri} is set. The annotation hands Soteria (Jakarta Security's implementation in
 * Payara) the definition of its OpenID Connect mechanism; each attribute is an EL expression on this bean, evaluated
 * the first time someone signs in, never at start-up, so an installation without single sign-on never reaches the
 * provider. Soteria evaluates only an attribute that is one whole {@code ${...}} expression, and caches the
 * configuration it builds for the application's life. {@link Authentication} stays the application's mechanism and
 * hands only the two single sign-on addresses to Soteria's ({@link SingleSignOn}). See docs/security.md.
 */
@Named
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${singleSignOnSettings.providerUri}",
        clientId = "${singleSignOnSettings.clientId}",
        clientSecret = "${singleSignOnSettings.clientSecret}",
        // Not an expression (it does not end in '}'): Soteria puts this application's address in place of baseURL.
        redirectURI = "${baseURL}" + SingleSignOn.CALLBACK,
        scopeExpression = "${singleSignOnSettings.scopes}",
        claimsDefinition =
                @ClaimsDefinition(
                        callerNameClaim = "${singleSignOnSettings.usernameClaim}",
                        callerGroupsClaim = "${singleSignOnSettings.groupsClaim}"),
        // The provider's keys are fetched on the first sign-in; Soteria's 500 ms is short for a busy machine.
        jwksConnectTimeout = 5000,
        jwksReadTimeout = 5000)
public class SingleSignOnSettings {

    private static final String ROLES = "extramile.oidc.roles.";

    @Inject
    @ConfigProperty(name = "extramile.oidc.provider-uri")
    Optional<String> providerUri;

    @Inject
    @ConfigProperty(name = "extramile.oidc.client-id", defaultValue = "extramile")
    String clientId;

    @Inject
    @ConfigProperty(name = "extramile.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "extramile.oidc.username-claim", defaultValue = "preferred_username")
    String usernameClaim;

    @Inject
    @ConfigProperty(name = "extramile.oidc.groups-claim", defaultValue = "groups")
    String groupsClaim;

    @Inject
    @ConfigProperty(name = "extramile.oidc.scopes", defaultValue = "openid email profile")
    String scopes;

    @Inject
    @ConfigProperty(name = "extramile.oidc.display-name", defaultValue = "single sign-on")
    String displayName;

    @Inject
    Config config;

    /** Whether single sign-on is configured: the login page offers it and its two addresses answer. */
    public boolean isEnabled() {
        return providerUri.filter(uri -> !uri.isBlank()).isPresent();
    }

    /** The roles these provider groups map to ({@code extramile.oidc.roles.<ROLE>}: comma-separated groups). */
    public Set<Role> rolesFor(Set<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            Set<String> mapped = config.getOptionalValue(ROLES + role.name(), String.class)
                    .map(list -> Arrays.stream(list.split(","))
                            .map(String::strip)
                            .filter(group -> !group.isEmpty())
                            .collect(Collectors.toSet()))
                    .orElse(Set.of());
            if (groups.stream().anyMatch(mapped::contains)) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** The provider's name on the login page's button: "Sign in with ...". */
    public String getDisplayName() {
        return displayName;
    }

    public String getProviderUri() {
        return providerUri.orElse("");
    }

    /** The provider's origin, where the browser goes to sign in and out; none when single sign-on is off. */
    public Optional<String> providerOrigin() {
        return isEnabled() ? Origins.of(getProviderUri()) : Optional.empty();
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret.orElse("");
    }

    public String getUsernameClaim() {
        return usernameClaim;
    }

    public String getGroupsClaim() {
        return groupsClaim;
    }

    public String getScopes() {
        return scopes;
    }
}
