package org.peerpath.certification;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpath.content.ContentImporter;
import org.peerpath.identity.Role;
import org.peerpath.identity.StaffService;
import org.peerpath.identity.SystemCaller;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.TestContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StaffDashboardTest {

    @Autowired
    StaffDashboard dashboard;
    @Autowired
    CertificationService certification;
    @Autowired
    StaffService staff;
    @Autowired
    ContentImporter importer;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    long organization;
    long supervisor;

    @BeforeEach
    void setUp() {
        SystemCaller.run(() -> importer.importFrom(TestContent.SHIPPED));
        organization = fixtures.organization();
        supervisor = fixtures.idOf(fixtures.account(organization, Role.SUPERVISOR));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void everyStaffMemberHasARowKeptCurrentByEvents_pagedFilteredAndSortedFromTheDatabase() {
        long ana = trainee("Ana Alvarez", supervisor);
        long ben = trainee("Ben Brooks", null);
        trainee("Cleo Chen", supervisor);
        fixtures.signIn(fixtures.account(fixtures.organization(), Role.ORG_ADMIN));
        assertThat(dashboard.count(DashboardFilter.NONE)).as("another organization's admin sees none of them").isEqualTo(1);

        String admin = fixtures.account(organization, Role.ORG_ADMIN);
        fixtures.signIn(admin);
        assertThat(dashboard.count(DashboardFilter.NONE)).isEqualTo(5);
        List<StaffStanding> trainees = dashboard.page(new DashboardFilter(null, CertificationStatus.IN_TRAINING, null, null), 0, 50, "displayName", true);
        assertThat(trainees).extracting(StaffStanding::name).containsExactly("Ana Alvarez", "Ben Brooks", "Cleo Chen");
        assertThat(dashboard.page(new DashboardFilter("CLEO", null, null, null), 0, 50, "displayName", true))
                .extracting(StaffStanding::name).containsExactly("Cleo Chen");
        assertThat(dashboard.page(new DashboardFilter(null, null, supervisor, null), 0, 50, "displayName", false))
                .extracting(StaffStanding::name).containsExactly("Cleo Chen", "Ana Alvarez");
        assertThat(dashboard.page(DashboardFilter.NONE, 2, 2, "displayName", true)).hasSize(2);

        // Assigning a supervisor is an identity change; the row follows in the same transaction.
        staff.assignSupervisor(ben, supervisor, staff.member(ben).version());
        assertThat(dashboard.count(new DashboardFilter(null, null, supervisor, null))).isEqualTo(3);

        // A certificate expiring within 60 days shows in the expiring filter and the chart.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        jdbc.update("update certification_standing set status = 'CERTIFIED', certificate_expires_on = ? where trainee_id = ?", today.plusDays(40), ana);
        assertThat(dashboard.page(new DashboardFilter(null, null, null, 60), 0, 50, "certificateExpiresOn", true))
                .extracting(StaffStanding::name).containsExactly("Ana Alvarez");
        assertThat(dashboard.expiringPerMonth().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1);
        assertThat(dashboard.staffByStatus()).containsEntry(CertificationStatus.IN_TRAINING, 2L).containsEntry(CertificationStatus.CERTIFIED, 1L);

        String csv = csv(new DashboardFilter(null, CertificationStatus.IN_TRAINING, null, null), "displayName", true);
        assertThat(csv.lines()).hasSize(3).first().asString().startsWith("name,roles,supervisor");
        assertThat(csv).contains("\"Ben Brooks\"").doesNotContain("Ana Alvarez");
    }

    @Test
    void theCalendarMovesCertificatesToExpiringSoonAndExpired_eachByItsProgramsWindow() {
        long ana = trainee("Ana Alvarez", supervisor);
        long ben = trainee("Ben Brooks", supervisor);
        long cleo = trainee("Cleo Cruz", supervisor);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String certified = "update certification_standing set status = ?, certificate_expires_on = ?, certificate_expiring_from = ? "
                + "where trainee_id = ?";
        // A 90-day window, 30 days left; expired today; a program with a 30-day window and 60 days left.
        jdbc.update(certified, "CERTIFIED", today.plusDays(30), today.minusDays(60), ana);
        jdbc.update(certified, "EXPIRING_SOON", today, today.minusDays(90), ben);
        jdbc.update(certified, "CERTIFIED", today.plusDays(60), today.plusDays(30), cleo);

        SystemCaller.run(() -> standingUpdates.moveWithTheCalendar());

        assertThat(jdbc.queryForObject("select status from certification_standing where trainee_id = ?", String.class, ana)).isEqualTo("EXPIRING_SOON");
        assertThat(jdbc.queryForObject("select status from certification_standing where trainee_id = ?", String.class, ben)).isEqualTo("EXPIRED");
        assertThat(jdbc.queryForObject("select status from certification_standing where trainee_id = ?", String.class, cleo))
                .as("its program warns only 30 days ahead").isEqualTo("CERTIFIED");
    }

    @Autowired
    StandingUpdates standingUpdates;
    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @Test
    void aPageCostsTheSameFewStatementsWhateverItsSize_noQueryPerRow() {
        for (int i = 0; i < 30; i++) {
            trainee("Trainee " + i, supervisor);
        }
        fixtures.signIn(fixtures.account(organization, Role.ORG_ADMIN));
        var statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();

        statistics.clear();
        assertThat(dashboard.page(DashboardFilter.NONE, 0, 5, "displayName", true)).hasSize(5);
        long forFive = statistics.getPrepareStatementCount();
        statistics.clear();
        assertThat(dashboard.page(DashboardFilter.NONE, 0, 30, "displayName", true)).hasSize(30);
        long forThirty = statistics.getPrepareStatementCount();

        assertThat(forThirty).isEqualTo(forFive).isLessThanOrEqualTo(2);
        long someone = fixtures.idOf(fixtures.account(organization, supervisor, Role.TRAINEE));
        certification.progressOf(someone);
        statistics.clear();
        certification.progressOf(someone);
        assertThat(statistics.getPrepareStatementCount()).as("one trainee's progress").isLessThanOrEqualTo(15);
    }

    @Test
    void theSupervisorFilterAndTheTraineePicker_costAFewStatementsHoweverManyStaff() {
        for (int i = 0; i < 6; i++) {
            fixtures.account(organization, Role.SUPERVISOR);
        }
        for (int i = 0; i < 40; i++) {
            trainee("Trainee " + i, supervisor);
        }
        fixtures.signIn(fixtures.account(organization, Role.ORG_ADMIN));
        var statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();

        statistics.clear();
        var supervisors = staff.supervisors();
        assertThat(supervisors).hasSize(7).allSatisfy(m -> assertThat(m.roles()).contains(Role.SUPERVISOR));
        assertThat(statistics.getPrepareStatementCount()).as("supervisors with their roles").isEqualTo(1);

        statistics.clear();
        assertThat(dashboard.trainees("", 0, 25)).hasSize(25).extracting(PersonName::displayName).startsWith("Trainee 0", "Trainee 1", "Trainee 10");
        assertThat(dashboard.countTrainees("")).isEqualTo(40);
        assertThat(dashboard.trainees("trainee 3", 0, 25)).extracting(PersonName::displayName).containsExactly("Trainee 3", "Trainee 30",
                "Trainee 31", "Trainee 32", "Trainee 33", "Trainee 34", "Trainee 35", "Trainee 36", "Trainee 37", "Trainee 38", "Trainee 39");
        assertThat(statistics.getPrepareStatementCount()).as("two trainee pages and a count").isEqualTo(3);
    }

    @Test
    void sortingByStatusFollowsTheLifecycle_andTheCsvFollowsTheGridsSort() {
        long ana = trainee("Ana Alvarez", supervisor);
        long ben = trainee("Ben Brooks", supervisor);
        long cleo = trainee("Cleo Chen", supervisor);
        long dan = trainee("Dan Diallo", supervisor);
        long eve = trainee("Eve Evans", supervisor);
        // Alphabetically: Certified, Eligible, Expired, Expiring soon, In training, Revoked.
        jdbc.update("update certification_standing set status = 'REVOKED' where trainee_id = ?", ana);
        jdbc.update("update certification_standing set status = 'EXPIRING_SOON' where trainee_id = ?", ben);
        jdbc.update("update certification_standing set status = 'CERTIFIED' where trainee_id = ?", cleo);
        jdbc.update("update certification_standing set status = 'ELIGIBLE' where trainee_id = ?", dan);
        jdbc.update("update certification_standing set status = 'EXPIRED' where trainee_id = ?", eve);
        fixtures.signIn(fixtures.account(organization, Role.ORG_ADMIN));
        var trainees = new DashboardFilter(null, null, supervisor, null);

        assertThat(dashboard.page(trainees, 0, 50, "status", true)).extracting(StaffStanding::name)
                .containsExactly("Dan Diallo", "Cleo Chen", "Ben Brooks", "Eve Evans", "Ana Alvarez");
        assertThat(dashboard.page(trainees, 0, 50, "status", false)).extracting(StaffStanding::name)
                .containsExactly("Ana Alvarez", "Eve Evans", "Ben Brooks", "Cleo Chen", "Dan Diallo");
        assertThat(csv(trainees, "status", false).lines().skip(1).map(line -> line.substring(1, line.indexOf('"', 1))))
                .containsExactly("Ana Alvarez", "Eve Evans", "Ben Brooks", "Cleo Chen", "Dan Diallo");
    }

    @Test
    void theCsvOfAnOrganizationLargerThanAPage_hasEveryoneOnce() {
        for (int i = 0; i < 1005; i++) {
            jdbc.update("insert into certification_standing (trainee_id, organization_id, display_name, roles, active, in_program, "
                    + "status, requirements_met, percent_done, education_hours, practice_hours, supervision_hours, certificate_revoked, "
                    + "updated_at) values (?, ?, ?, 'Trainee', true, true, 'IN_TRAINING', false, 0, 0, 0, 0, false, now(6))",
                    10_000_000L + i, organization, String.format("Generated %04d", i));
        }
        fixtures.signIn(fixtures.account(organization, Role.ORG_ADMIN));

        List<String> lines = csv(DashboardFilter.NONE, "percentDone", false).lines().skip(1).toList();

        assertThat(lines).hasSize(1005 + 2).doesNotHaveDuplicates();
    }

    private String csv(DashboardFilter filter, String sortBy, boolean ascending) {
        var out = new java.io.ByteArrayOutputStream();
        try {
            dashboard.writeCsv(filter, sortBy, ascending, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private long trainee(String name, Long supervisorId) {
        long id = fixtures.idOf(fixtures.account(organization, supervisorId, Role.TRAINEE));
        jdbc.update("update user_account set display_name = ? where id = ?", name, id);
        jdbc.update("update certification_standing set display_name = ? where trainee_id = ?", name, id);
        return id;
    }
}
