package org.peerpath.certification;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpath.common.ConcurrentChangeException;
import org.peerpath.common.ValidationException;
import org.peerpath.content.ContentImportResult;
import org.peerpath.content.ContentImporter;
import org.peerpath.identity.Role;
import org.peerpath.identity.SystemCaller;
import org.peerpath.practice.PracticeService;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.TestContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Programs as data: each organization's default program, and the program version each trainee is held to. */
@IntegrationTest
class ProgramEnrolmentTest {

    static final String ICRC = "icrc-peer-recovery";
    static final String TEXAS = "texas-recovery-support-peer-specialist";

    @Autowired
    CertificationService certification;
    @Autowired
    PracticeService practice;
    @Autowired
    ContentImporter importer;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    long organization;
    String admin;

    @BeforeEach
    void setUp() {
        SystemCaller.run(() -> importer.importFrom(TestContent.SHIPPED));
        organization = fixtures.organization();
        admin = fixtures.account(organization, Role.ORG_ADMIN);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void newTraineesAreEnrolledInTheirOrganizationsDefaultProgram_traineesAlreadyEnrolledKeepTheirs() {
        String before = fixtures.account(organization, Role.TRAINEE);
        fixtures.signIn(before);
        assertThat(certification.myProgress().orElseThrow().programId()).as("the fallback default").isEqualTo(ICRC);

        fixtures.signIn(admin);
        assertThat(certification.defaultProgram()).isEqualTo(ICRC);
        assertThat(certification.publishedPrograms()).extracting(ProgramSummary::id).containsExactlyInAnyOrder(ICRC, TEXAS);
        certification.chooseDefaultProgram(ICRC, TEXAS);
        assertThat(certification.defaultProgram()).isEqualTo(TEXAS);

        String newcomer = fixtures.account(organization, Role.TRAINEE);
        fixtures.signIn(newcomer);
        ProgramProgress texas = certification.myProgress().orElseThrow();
        assertThat(texas.programId()).isEqualTo(TEXAS);
        assertThat(texas.requirements()).extracting(RequirementProgress::label)
                .containsExactly("Education hours (all domains together)", "Supervised practice hours");
        assertThat(texas.missing()).containsExactly("Education hours (all domains together): 0 of 65.5 h", "Supervised practice hours: 0 of 250 h");
        assertThat(texas.affirmationRequired()).as("the Texas program asks for no affirmation").isFalse();
        assertThat(jdbc.queryForObject("select program_title from certification_standing where trainee_id = ?", String.class,
                fixtures.idOf(newcomer))).isEqualTo(texas.programTitle());
        // The practice log's bars compare with the trainee's own program: 250 practice hours, no supervision hours.
        assertThat(practice.myTotals().requiredPractice()).isEqualByComparingTo("250");
        assertThat(practice.myTotals().requiredSupervision()).isEqualByComparingTo("0");

        fixtures.signIn(before);
        assertThat(certification.myProgress().orElseThrow().programId()).isEqualTo(ICRC);
        assertThat(practice.myTotals().requiredPractice()).isEqualByComparingTo("500");
        assertThat(practice.myTotals().requiredSupervision()).isEqualByComparingTo("25");

        fixtures.signIn(fixtures.account(fixtures.organization(), Role.TRAINEE));
        assertThat(certification.myProgress().orElseThrow().programId()).as("another organization keeps its own default").isEqualTo(ICRC);
    }

    @Test
    void onlyAnOrgAdminChoosesTheDefault_amongPublishedPrograms_andAChoiceMadeMeanwhileIsNotOverwritten() {
        fixtures.signIn(fixtures.account(organization, Role.TRAINEE));
        assertThatThrownBy(() -> certification.chooseDefaultProgram(ICRC, TEXAS)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(fixtures.account(organization, Role.SUPERVISOR));
        assertThatThrownBy(() -> certification.chooseDefaultProgram(ICRC, TEXAS)).isInstanceOf(AccessDeniedException.class);

        fixtures.signIn(admin);
        assertThatThrownBy(() -> certification.chooseDefaultProgram(ICRC, "no-such-program"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("defaultProgram"));
        fixtures.signIn(fixtures.account(organization, Role.ORG_ADMIN));
        certification.chooseDefaultProgram(ICRC, TEXAS);
        fixtures.signIn(admin);
        assertThatThrownBy(() -> certification.chooseDefaultProgram(ICRC, ICRC)).as("this admin still saw the old default")
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(certification.defaultProgram()).isEqualTo(TEXAS);

        fixtures.signIn(fixtures.account(fixtures.organization(), Role.ORG_ADMIN));
        assertThat(certification.defaultProgram()).isEqualTo(ICRC);
    }

    @Test
    void thePracticeLogComparesWithTheVersionTheTraineeIsEnrolledIn_notTheNewest(@TempDir Path temp) throws Exception {
        String enrolled = fixtures.account(organization, Role.TRAINEE);
        fixtures.signIn(enrolled);
        assertThat(certification.myProgress().orElseThrow().programVersion()).isEqualTo(1);

        Path content = TestContent.copy(temp);
        Path program = content.resolve("programs/icrc-peer-recovery.yaml");
        TestContent.replace(program, "version: 1\n", "version: 2\n");
        TestContent.replace(program, "effectiveDate: 2026-01-01", "effectiveDate: 2027-01-01");
        TestContent.replace(program, "hours: 500\n", "hours: 600\n");
        assertThat(SystemCaller.call(() -> importer.importFrom(content)).outcome()).isEqualTo(ContentImportResult.Outcome.IMPORTED);

        assertThat(practice.myTotals().requiredPractice()).isEqualByComparingTo("500");
        fixtures.signIn(fixtures.account(organization, Role.TRAINEE));
        assertThat(practice.myTotals().requiredPractice()).as("not enrolled yet: the newest version of the default")
                .isEqualByComparingTo("600");
    }
}
