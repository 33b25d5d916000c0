package org.peerpath.identity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpath.common.ConcurrentChangeException;
import org.peerpath.common.NotFoundException;
import org.peerpath.common.ValidationException;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Org admins manage their own organization's people, and nobody reaches across organizations. */
@IntegrationTest
class StaffServiceIntegrationTest {

    @Autowired
    StaffService staff;
    @Autowired
    Fixtures fixtures;

    long org;
    long otherOrg;
    String admin;
    String supervisor;
    String trainee;
    String outsider;

    @BeforeEach
    void people() {
        org = fixtures.organization();
        otherOrg = fixtures.organization();
        admin = fixtures.account(org, Role.ORG_ADMIN);
        supervisor = fixtures.account(org, Role.SUPERVISOR);
        trainee = fixtures.account(org, fixtures.idOf(supervisor), Role.TRAINEE);
        outsider = fixtures.account(otherOrg, Role.TRAINEE);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void orgAdminSeesOnlyTheirOwnOrganization() {
        fixtures.signIn(admin);

        assertThat(staff.staff()).extracting(StaffMember::email).containsExactlyInAnyOrder(admin, supervisor, trainee);
        assertThatThrownBy(() -> staff.member(fixtures.idOf(outsider))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void traineesAndSupervisorsCannotAdministerStaff() {
        fixtures.signIn(trainee);
        assertThatThrownBy(() -> staff.staff()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.member(fixtures.idOf(supervisor))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.invite("x@example.org", "X", EnumSet.of(Role.TRAINEE), null))
                .isInstanceOf(AccessDeniedException.class);

        fixtures.signIn(supervisor);
        assertThatThrownBy(() -> staff.deactivate(fixtures.idOf(trainee), 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInIsRefused() {
        assertThatThrownBy(() -> staff.staff()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void supervisorSeesOnlyTheirOwnTrainees() {
        String otherSupervisor = fixtures.account(org, Role.SUPERVISOR);
        fixtures.account(org, fixtures.idOf(otherSupervisor), Role.TRAINEE);
        fixtures.signIn(supervisor);

        assertThat(staff.myTrainees()).extracting(StaffMember::email).containsExactly(trainee);
        assertThat(staff.isMyTrainee(fixtures.idOf(trainee))).isTrue();
        assertThat(staff.isMyTrainee(fixtures.idOf(otherSupervisor))).isFalse();
    }

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    /** Roles are loaded with the accounts, not by a statement per account. */
    @Test
    void listsOfStaffAndSupervisorsLoadEveryonesRolesInOneStatement() {
        for (int i = 0; i < 12; i++) {
            fixtures.account(org, Role.SUPERVISOR, Role.TRAINEE);
            fixtures.account(org, fixtures.idOf(supervisor), Role.TRAINEE);
        }
        fixtures.signIn(admin);
        var statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();

        statistics.clear();
        assertThat(staff.staff()).hasSize(27).allSatisfy(m -> assertThat(m.roles()).isNotEmpty());
        assertThat(statistics.getPrepareStatementCount()).as("everyone with roles, then the supervisors' names").isEqualTo(2);

        statistics.clear();
        assertThat(staff.supervisors()).hasSize(13).allSatisfy(m -> assertThat(m.roles()).contains(Role.SUPERVISOR));
        assertThat(staff.supervisors()).filteredOn(m -> m.roles().contains(Role.TRAINEE)).as("all their roles").hasSize(12);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
    }

    @Test
    void assigningASupervisorFromAnotherOrganizationIsRefused() {
        String foreignSupervisor = fixtures.account(otherOrg, Role.SUPERVISOR);
        fixtures.signIn(admin);
        StaffMember member = staff.member(fixtures.idOf(trainee));

        assertThatThrownBy(() -> staff.assignSupervisor(member.id(), fixtures.idOf(foreignSupervisor), member.version()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("from your organization");
        assertThat(staff.member(member.id()).supervisorId()).isEqualTo(fixtures.idOf(supervisor));
    }

    @Test
    void aStaleEditIsRefusedInsteadOfOverwritingTheNewerOne() {
        fixtures.signIn(admin);
        StaffMember seenByFirstAdmin = staff.member(fixtures.idOf(trainee));
        StaffMember seenBySecondAdmin = staff.member(fixtures.idOf(trainee));

        staff.changeRoles(seenByFirstAdmin.id(), EnumSet.of(Role.TRAINEE, Role.SUPERVISOR), seenByFirstAdmin.version());

        assertThatThrownBy(() -> staff.changeRoles(seenBySecondAdmin.id(), EnumSet.of(Role.TRAINEE), seenBySecondAdmin.version()))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(staff.member(seenByFirstAdmin.id()).roles()).containsExactlyInAnyOrder(Role.TRAINEE, Role.SUPERVISOR);
    }

    @Test
    void adminsCannotGrantPlatformAdminNorLockThemselvesOut() {
        fixtures.signIn(admin);
        StaffMember self = staff.member(fixtures.idOf(admin));
        StaffMember member = staff.member(fixtures.idOf(trainee));

        assertThatThrownBy(() -> staff.changeRoles(member.id(), EnumSet.of(Role.PLATFORM_ADMIN), member.version()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> staff.changeRoles(self.id(), EnumSet.of(Role.SUPERVISOR), self.version()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("your own administrator role");
        assertThatThrownBy(() -> staff.deactivate(self.id(), self.version()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void deactivationKeepsTheRecordAndCanBeUndone() {
        fixtures.signIn(admin);
        StaffMember member = staff.member(fixtures.idOf(trainee));

        StaffMember deactivated = staff.deactivate(member.id(), member.version());

        assertThat(deactivated.active()).isFalse();
        assertThat(deactivated.deactivatedAt()).isNotNull();
        assertThat(staff.staff()).extracting(StaffMember::email).contains(trainee);
        assertThat(staff.reactivate(member.id(), deactivated.version()).active()).isTrue();
    }

    /** Two admins each removing the other's admin role at the same moment would leave nobody to repair it. */
    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        String secondAdmin = fixtures.account(org, Role.ORG_ADMIN);
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> demote(admin, secondAdmin, start));
            var second = pool.submit(() -> demote(secondAdmin, admin, start));
            start.countDown();
            assertThat(java.util.List.of(first.get(), second.get())).containsExactlyInAnyOrder("demoted", "last active administrator");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLastActiveAdminCannotBeDeactivatedByAnother() {
        String secondAdmin = fixtures.account(org, Role.ORG_ADMIN);
        fixtures.signIn(admin);
        StaffMember other = staff.member(fixtures.idOf(secondAdmin));
        staff.deactivate(other.id(), other.version());

        fixtures.signIn(secondAdmin);
        // A deactivated admin's open session is ended, but their service calls are refused even if one got through.
        StaffMember first = staff.member(fixtures.idOf(admin));
        assertThatThrownBy(() -> staff.deactivate(first.id(), first.version()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("last active administrator");
    }

    private String demote(String by, String whom, java.util.concurrent.CountDownLatch start) throws InterruptedException {
        var context = fixtures.contextFor(by);
        start.await();
        SecurityContextHolder.setContext(context);
        try {
            StaffMember member = staff.member(fixtures.idOf(whom));
            staff.changeRoles(member.id(), EnumSet.of(Role.SUPERVISOR), member.version());
            return "demoted";
        } catch (ValidationException e) {
            return e.getMessage().contains("last active administrator") ? "last active administrator" : e.getMessage();
        } finally {
            Fixtures.signOut();
        }
    }
}
