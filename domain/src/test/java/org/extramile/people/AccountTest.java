package org.extramile.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void shouldBeActiveWithTheRolesItWasGiven() {
        Account account = new Account("sam.taylor", " Sam Taylor ", "hash", EnumSet.of(Role.TRAINEE), NOW);

        assertThat(account.isActive()).isTrue();
        assertThat(account.view()).isEqualTo(new AccountView("sam.taylor", "Sam Taylor", Set.of(Role.TRAINEE), true));
    }

    @Test
    void shouldRejectUsernamesThatCannotBeTypedSafely() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Account("Sam Taylor", "Sam", "hash", EnumSet.of(Role.TRAINEE), NOW))
                .withMessageContaining("username");
    }

    @Test
    void shouldKeepErasedPeoplesPseudonymsForThemAlone() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Account("erased-12", "Sam", "hash", EnumSet.of(Role.TRAINEE), NOW))
                .withMessageContaining("erased people");
        assertThat(new Account("erased-sam", "Sam", "hash", EnumSet.of(Role.TRAINEE), NOW).isErased())
                .isFalse();
        assertThat(PersonRules.isEmployeeNumber("ERASED-12")).isFalse();
        assertThat(PersonRules.isEmployeeNumber("Erased-12b")).isTrue();

        Account account = new Account("sam", "Sam", "hash", EnumSet.of(Role.TRAINEE), NOW);
        account.erase("erased-12", NOW);

        assertThat(account.isErased()).isTrue();
        assertThat(account.person().erased()).isTrue();
        assertThat(account.person().name()).isEqualTo(Account.ERASED);
    }

    @Test
    void shouldRememberSinceWhenItHasBeenInactiveAndForgetItWhenActiveAgain() {
        Account account = new Account("sam", "Sam", "hash", EnumSet.of(Role.TRAINEE), NOW);
        assertThat(account.leftAt()).isEmpty();

        account.deactivate(NOW.plusSeconds(60));
        account.deactivate(NOW.plusSeconds(120));

        assertThat(account.leftAt()).as("left once, from the first day").contains(NOW.plusSeconds(60));
        assertThat(account.person().leftAt()).isEqualTo(NOW.plusSeconds(60));
        account.reactivate();
        assertThat(account.leftAt()).isEmpty();
        account.deactivate(NOW.plusSeconds(180));
        assertThat(account.leftAt()).contains(NOW.plusSeconds(180));
    }

    @Test
    void shouldRequireARole() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Account("sam", "Sam", "hash", EnumSet.noneOf(Role.class), NOW))
                .withMessageContaining("role");
    }

    @Test
    void shouldStayBoundToThePersonItWasFirstBoundToAtTheProvider() {
        ProviderSubject lee = new ProviderSubject("https://login.example.com", "sub-lee");
        Account account = new Account("lee", "Lee", "hash", EnumSet.of(Role.TRAINEE), NOW);
        assertThat(account.providerSubject()).isEmpty();

        account.bindTo(lee);
        account.bindTo(lee);

        assertThat(account.providerSubject()).contains(lee);
        assertThatIllegalStateException()
                .isThrownBy(() -> account.bindTo(new ProviderSubject("https://login.example.com", "sub-other")));
        assertThat(account.providerSubject()).contains(lee);
    }

    @Test
    void shouldLetAOneTimePasswordOpenOnlyTheChangeAndOnlyUntilItExpires() {
        Account account = new Account("lee", "Lee", "hash", EnumSet.of(Role.TRAINEE), NOW);
        Instant expires = NOW.plus(Duration.ofDays(7));
        assertThat(account.passwordState(NOW)).isEqualTo(PasswordState.OWN);

        account.issueOneTimePassword("one-time hash", expires);

        assertThat(account.passwordState(expires.minusMillis(1))).isEqualTo(PasswordState.ONE_TIME);
        assertThat(account.passwordState(expires)).isEqualTo(PasswordState.ONE_TIME_EXPIRED);
        assertThat(account.person().oneTimePasswordExpires()).isEqualTo(expires);
        assertThat(account.person().passwordState(expires)).isEqualTo(PasswordState.ONE_TIME_EXPIRED);

        account.changePassword("own hash");

        assertThat(account.passwordState(expires.plus(Duration.ofDays(365)))).isEqualTo(PasswordState.OWN);
        assertThat(account.person().oneTimePasswordExpires()).isNull();
    }

    @Test
    void shouldShowTheMostPowerfulRoleAsTheMainOne() {
        AccountView view = new AccountView("lee", "Lee", Set.of(Role.TRAINEE, Role.HR), true);

        assertThat(view.mainRole()).isEqualTo(Role.HR);
    }
}
