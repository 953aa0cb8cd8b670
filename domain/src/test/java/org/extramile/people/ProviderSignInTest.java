package org.extramile.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Which existing account a first sign-in through the identity provider may take, by username. */
class ProviderSignInTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final ProviderSubject LEE = new ProviderSubject("https://login.example.com", "sub-lee");

    @Test
    void shouldCreateAnAccountWhenNobodyHasTheUsername() {
        assertThat(ProviderSignIn.accountToLink(Optional.empty(), false)).isEmpty();
        assertThat(ProviderSignIn.accountToLink(Optional.empty(), true)).isEmpty();
    }

    @Test
    void shouldNeverTakeAnAccountBoundToSomeoneElseAtTheProvider() {
        Account lees = Account.signedUpAtProvider("lee", LEE, "Lee", null, EnumSet.of(Role.TRAINEE), NOW);

        for (boolean linkExistingByUsername : new boolean[] {false, true}) {
            assertThatThrownBy(() -> ProviderSignIn.accountToLink(Optional.of(lees), linkExistingByUsername))
                    .isInstanceOfSatisfying(SignInRefused.class, refused -> assertThat(refused.reason())
                            .isEqualTo(SignInRefused.Reason.USERNAME_TAKEN));
        }
    }

    @Nested
    class AnAccountNeverBoundToTheProvider {

        private final Account passwordAccount = new Account("lee", "Lee", "hash", EnumSet.of(Role.ADMIN), NOW);

        @Test
        void shouldBeRefusedByDefault() {
            assertThatThrownBy(() -> ProviderSignIn.accountToLink(Optional.of(passwordAccount), false))
                    .isInstanceOfSatisfying(SignInRefused.class, refused -> assertThat(refused.reason())
                            .isEqualTo(SignInRefused.Reason.ACCOUNT_NOT_LINKED));
        }

        @Test
        void shouldBeLinkedWhenConfigurationAllowsLinkingByUsername() {
            assertThat(ProviderSignIn.accountToLink(Optional.of(passwordAccount), true))
                    .containsSame(passwordAccount);
        }
    }
}
