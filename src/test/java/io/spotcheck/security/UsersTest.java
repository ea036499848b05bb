package io.spotcheck.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsersTest {

    @Test
    void parsesUsersRolesAndBcryptPasswords() {
        var users = Users.parse("ann:secret:OFFICER;bo:{bcrypt}$2a$10$abcdefghijklmnopqrstuv:PLANNER+AUDITOR");

        assertThat(users).hasSize(2);
        assertThat(users.get(0).roles()).containsExactly(Role.OFFICER);
        assertThat(users.get(1).password()).startsWith("{bcrypt}$2a$10$");
        assertThat(users.get(1).roles()).containsExactlyInAnyOrder(Role.PLANNER, Role.AUDITOR);
    }

    @Test
    void malformedEntriesAreNamedWithoutTheirPassword() {
        assertThatThrownBy(() -> Users.parse("ann:secret")).hasMessageContaining("entry 1")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> Users.parse("ann:secret:OFFICER;bo:hidden:BOSS"))
                .hasMessageContaining("entry 2").hasMessageContaining("BOSS").hasMessageNotContaining("hidden");
        assertThatThrownBy(() -> Users.parse("ann:a:OFFICER;ann:b:ADMIN")).hasMessageContaining("defined twice");
    }

    @Test
    void withoutUsersOneAdminGetsARandomPasswordAnnouncedOnce() {
        List<String> announced = new ArrayList<>();

        var first = Users.orGeneratedAdmin(List.of(), announced::add);
        var second = Users.orGeneratedAdmin(List.of(), announced::add);

        assertThat(first).singleElement().satisfies(u -> {
            assertThat(u.name()).isEqualTo("admin");
            assertThat(u.roles()).isEqualTo(EnumSet.of(Role.ADMIN));
            assertThat(u.password()).hasSize(24).isEqualTo(announced.get(0));
        });
        assertThat(second.get(0).password()).isNotEqualTo(first.get(0).password());
        assertThat(first.get(0).toString()).doesNotContain(first.get(0).password());
    }

    @Test
    void configuredUsersGetNoGeneratedAdmin() {
        List<String> announced = new ArrayList<>();

        var users = Users.orGeneratedAdmin(Users.parse("ann:secret:OFFICER"), announced::add);

        assertThat(users).extracting(Users.User::name).containsExactly("ann");
        assertThat(announced).isEmpty();
    }
}
