package org.extramile.people;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LockoutRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static Account admin(String username) {
        return new Account(username, "Admin " + username, "hash", EnumSet.of(Role.ADMIN), NOW);
    }

    @Nested
    class Roles {

        @Test
        void shouldRefuseAnAdministratorRemovingTheirOwnAdminRole() {
            assertThatThrownBy(() -> LockoutRules.checkRoles("jo", admin("jo"), EnumSet.of(Role.HR), 3))
                    .isInstanceOf(LockoutException.class)
                    .hasMessageContaining("your own ADMIN role");
        }

        @Test
        void shouldRefuseTakingAdminFromTheLastActiveAdministrator() {
            assertThatThrownBy(() -> LockoutRules.checkRoles("jo", admin("sam"), EnumSet.of(Role.TRAINER), 0))
                    .isInstanceOf(LockoutException.class)
                    .hasMessageContaining("'sam' is the last active administrator");
        }

        @Test
        void shouldLetAnotherAdministratorTakeAdminWhileOthersRemain() {
            assertThatCode(() -> LockoutRules.checkRoles("jo", admin("sam"), EnumSet.of(Role.TRAINER), 1))
                    .doesNotThrowAnyException();
        }

        @Test
        void shouldLetAnAdministratorAddRolesToThemselves() {
            assertThatCode(() -> LockoutRules.checkRoles("jo", admin("jo"), EnumSet.of(Role.ADMIN, Role.HR), 0))
                    .doesNotThrowAnyException();
        }

        @Test
        void shouldLetAnInactiveAdministratorLoseAdminEvenWithNoOtherActiveOne() {
            Account inactive = admin("sam");
            inactive.deactivate(Instant.EPOCH);

            assertThatCode(() -> LockoutRules.checkRoles("jo", inactive, EnumSet.of(Role.TRAINEE), 0))
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class Deactivation {

        @Test
        void shouldRefuseDeactivatingOneself() {
            assertThatThrownBy(() -> LockoutRules.checkDeactivation("jo", admin("jo"), 5))
                    .isInstanceOf(LockoutException.class)
                    .hasMessageContaining("your own account");
        }

        @Test
        void shouldRefuseDeactivatingTheLastActiveAdministrator() {
            assertThatThrownBy(() -> LockoutRules.checkDeactivation("jo", admin("sam"), 0))
                    .isInstanceOf(LockoutException.class)
                    .hasMessageContaining("last active administrator");
        }

        @Test
        void shouldDeactivateAnyoneElse() {
            Account trainee = new Account("kim", "Kim", "hash", EnumSet.of(Role.TRAINEE), NOW);

            assertThatCode(() -> LockoutRules.checkDeactivation("jo", trainee, 0))
                    .doesNotThrowAnyException();
        }
    }
}
