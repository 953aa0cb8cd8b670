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
        assertThat(ProviderSignIn.accountToLink(Optional.empty(), false, NOW)).isEmpty();
        assertThat(ProviderSignIn.accountToLink(Optional.empty(), true, NOW)).isEmpty();
    }

    @Test
    void shouldNeverTakeAnAccountBoundToSomeoneElseAtTheProvider() {
        Account lees = Account.signedUpAtProvider("lee", LEE, "Lee", null, EnumSet.of(Role.TRAINEE), NOW);

        for (boolean linkExistingByUsername : new boolean[] {false, true}) {
            assertThatThrownBy(() -> ProviderSignIn.accountToLink(Optional.of(lees), linkExistingByUsername, NOW))
                    .isInstanceOfSatisfying(SignInRefused.class, refused -> assertThat(refused.reason())
                            .isEqualTo(SignInRefused.Reason.USERNAME_TAKEN));
        }
    }

    @Nested
    class AnAccountNeverBoundToTheProvider {

        private final Account passwordAccount = new Account("lee", "Lee", "hash", EnumSet.of(Role.ADMIN), NOW);

        @Test
        void shouldBeRefusedByDefault() {
            assertThatThrownBy(() -> ProviderSignIn.accountToLink(Optional.of(passwordAccount), false, NOW))
                    .isInstanceOfSatisfying(SignInRefused.class, refused -> assertThat(refused.reason())
                            .isEqualTo(SignInRefused.Reason.ACCOUNT_NOT_LINKED));
        }

        @Test
        void shouldBeLinkedWhileTheLinkAnAdministratorAllowedLasts() {
            passwordAccount.allowLinkUntil(NOW.plusSeconds(60));

            assertThat(ProviderSignIn.accountToLink(Optional.of(passwordAccount), false, NOW))
                    .containsSame(passwordAccount);
            assertThatThrownBy(() ->
                            ProviderSignIn.accountToLink(Optional.of(passwordAccount), false, NOW.plusSeconds(60)))
                    .as("the allowed time is over")
                    .isInstanceOfSatisfying(SignInRefused.class, refused -> assertThat(refused.reason())
                            .isEqualTo(SignInRefused.Reason.ACCOUNT_NOT_LINKED));
        }

        @Test
        void shouldForgetTheAllowedLinkOnceBoundAndRefuseAnotherPersonAfterward() {
            passwordAccount.allowLinkUntil(NOW.plusSeconds(60));
            passwordAccount.bindTo(LEE);

            assertThat(passwordAccount.providerLinkUntil()).isEmpty();
            assertThatThrownBy(() -> ProviderSignIn.accountToLink(Optional.of(passwordAccount), false, NOW))
                    .isInstanceOfSatisfying(SignInRefused.class, refused -> assertThat(refused.reason())
                            .isEqualTo(SignInRefused.Reason.USERNAME_TAKEN));
            assertThatThrownBy(() -> passwordAccount.allowLinkUntil(NOW.plusSeconds(60)))
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void shouldBeLinkedWhenConfigurationAllowsLinkingByUsername() {
            assertThat(ProviderSignIn.accountToLink(Optional.of(passwordAccount), true, NOW))
                    .containsSame(passwordAccount);
        }
    }
}
