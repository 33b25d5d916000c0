package org.peerpath.shell;

import org.junit.jupiter.api.Test;
import org.peerpath.identity.Role;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

class RoleHomesTest {

    @Test
    void eachRoleHasItsHome() {
        assertThat(HomeView.homeOf(EnumSet.of(Role.TRAINEE))).isEqualTo("courses");
        assertThat(HomeView.homeOf(EnumSet.of(Role.SUPERVISOR))).isEqualTo("review");
        assertThat(HomeView.homeOf(EnumSet.of(Role.ORG_ADMIN))).isEqualTo("org/staff");
        assertThat(HomeView.homeOf(EnumSet.of(Role.PLATFORM_ADMIN))).isEqualTo("admin");
    }

    @Test
    void severalRolesLandOnTheMostAdministrativeHome() {
        assertThat(HomeView.homeOf(EnumSet.of(Role.TRAINEE, Role.SUPERVISOR))).isEqualTo("review");
        assertThat(HomeView.homeOf(EnumSet.of(Role.SUPERVISOR, Role.ORG_ADMIN))).isEqualTo("org/staff");
    }
}
