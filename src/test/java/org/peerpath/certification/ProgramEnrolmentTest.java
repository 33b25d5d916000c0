package org.peerpath.certification;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpath.common.ConcurrentChangeException;
import org.peerpath.common.NotFoundException;
import org.peerpath.common.ValidationException;
import org.peerpath.content.ContentImportResult;
import org.peerpath.content.ContentImporter;
import org.peerpath.identity.Role;
import org.peerpath.identity.SystemCaller;
import org.peerpath.content.Domain;
import org.peerpath.practice.Activity;
import org.peerpath.practice.EntryDetails;
import org.peerpath.practice.EntryRef;
import org.peerpath.practice.PracticeService;
import org.peerpath.practice.SignatureContext;
import org.peerpath.practice.Setting;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.TestContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

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
    @Autowired
    Clock clock;

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

    // ---- Several programs per trainee -------------------------------------------------------------------------

    @Test
    void aSecondProgram_hasItsOwnSectionProgressAndCertificate_andIssuingItLeavesTheFirstAlone() {
        String supervisor = fixtures.account(organization, Role.SUPERVISOR);
        String trainee = fixtures.account(organization, fixtures.idOf(supervisor), Role.TRAINEE);
        long traineeId = fixtures.idOf(trainee);
        fixtures.signIn(admin);
        assertThat(certification.progressOf(traineeId).programId()).isEqualTo(ICRC);
        assertThat(certification.enrol(traineeId, TEXAS).status()).isEqualTo(CertificationStatus.IN_TRAINING);

        // 66 approved training hours (Texas counts every domain together) and 256 signed practice hours.
        approvedTraining(trainee, "66");
        signedPractice(trainee, supervisor, 32);

        fixtures.signIn(trainee);
        CertificationOverview mine = certification.myCertification().orElseThrow();
        assertThat(mine.programs()).extracting(ProgramProgress::programId).containsExactly(ICRC, TEXAS);
        assertThat(mine.signedPracticeHours().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("256");
        ProgramProgress icrc = mine.programs().get(0);
        ProgramProgress texas = mine.programs().get(1);
        assertThat(icrc.status()).isEqualTo(CertificationStatus.IN_TRAINING);
        assertThat(icrc.missing()).contains("Supervised practice hours: 256 of 500 h", "Ethics affirmation signed: 0 of 1");
        assertThat(texas.status()).isEqualTo(CertificationStatus.ELIGIBLE);
        assertThat(texas.requirements()).allMatch(RequirementProgress::met);
        assertThatThrownBy(() -> certification.attestEthics(TEXAS)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("asks for no ethics affirmation");
        certification.attestEthics(ICRC);
        assertThat(certification.myCertification().orElseThrow().programs().get(0).ethicsAttested()).isTrue();

        fixtures.signIn(admin);
        assertThatThrownBy(() -> certification.issue(traineeId, ICRC)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("has not met every requirement");
        CertificateView issued = certification.issue(traineeId, TEXAS);
        assertThat(issued.programTitle()).isEqualTo(texas.programTitle());
        assertThat(issued.expiresOn()).isEqualTo(issued.issuedOn().plusMonths(24));
        assertThat(jdbc.queryForObject("select program_id from certificate where id = ?", String.class, issued.id())).isEqualTo(TEXAS);

        CertificationOverview after = certification.certificationOf(traineeId);
        assertThat(after.programs().get(1).status()).isEqualTo(CertificationStatus.CERTIFIED);
        assertThat(after.programs().get(1).certificate().id()).isEqualTo(issued.id());
        assertThat(after.programs().get(1).renewal().ethicsRequired()).as("Texas renewal: 3 ethics hours").isEqualByComparingTo("3");
        assertThat(after.programs().get(0).status()).as("the first program is untouched").isEqualTo(CertificationStatus.IN_TRAINING);
        assertThat(after.programs().get(0).certificate()).isNull();
        assertThat(after.programs().get(0).next().action()).isEqualTo(CertificateRules.Action.ISSUE);
        assertThatThrownBy(() -> certification.issue(traineeId, TEXAS)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("already holds");
        assertThatThrownBy(() -> certification.withdraw(traineeId, TEXAS)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("stays with it");

        // The dashboard row shows the organization's default program while the trainee is in it...
        assertThat(row(traineeId)).containsEntry("program_id", ICRC).containsEntry("status", "IN_TRAINING")
                .containsEntry("certificate_code", null);
        // ...and follows the default when the organization changes it.
        certification.chooseDefaultProgram(ICRC, TEXAS);
        assertThat(row(traineeId)).containsEntry("program_id", TEXAS).containsEntry("status", "CERTIFIED")
                .containsEntry("certificate_code", issued.code());
    }

    @Test
    void anEnrolmentWithoutACertificateCanBeWithdrawn_butEveryTraineeKeepsOneProgram() {
        long traineeId = fixtures.idOf(fixtures.account(organization, Role.TRAINEE));
        fixtures.signIn(admin);
        certification.enrol(traineeId, TEXAS);
        assertThatThrownBy(() -> certification.enrol(traineeId, TEXAS))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("already enrolled"));

        certification.withdraw(traineeId, TEXAS);
        assertThat(certification.certificationOf(traineeId).programs()).extracting(ProgramProgress::programId).containsExactly(ICRC);
        assertThatThrownBy(() -> certification.withdraw(traineeId, TEXAS)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certification.withdraw(traineeId, ICRC)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("at least one program");

        // Enrolled in Texas only, the trainee is not put back into the default program: Texas is their program now.
        certification.enrol(traineeId, TEXAS);
        certification.withdraw(traineeId, ICRC);
        assertThat(certification.certificationOf(traineeId).programs()).extracting(ProgramProgress::programId).containsExactly(TEXAS);
        assertThat(certification.progressOf(traineeId).programId()).isEqualTo(TEXAS);
        assertThat(row(traineeId)).containsEntry("program_id", TEXAS);
        assertThat(jdbc.queryForObject("select count(*) from certification_enrolment where trainee_id = ?", Integer.class, traineeId))
                .isEqualTo(1);
    }

    @Test
    void onlyTheTraineesOwnOrgAdminsEnrolAndWithdraw_traineesNeverEnrolThemselves() {
        String trainee = fixtures.account(organization, Role.TRAINEE);
        long traineeId = fixtures.idOf(trainee);
        String supervisor = fixtures.account(organization, Role.SUPERVISOR);

        fixtures.signIn(trainee);
        assertThatThrownBy(() -> certification.enrol(traineeId, TEXAS)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certification.withdraw(traineeId, ICRC)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(supervisor);
        assertThatThrownBy(() -> certification.enrol(traineeId, TEXAS)).isInstanceOf(AccessDeniedException.class);

        fixtures.signIn(fixtures.account(fixtures.organization(), Role.ORG_ADMIN));
        assertThatThrownBy(() -> certification.enrol(traineeId, TEXAS)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certification.withdraw(traineeId, ICRC)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certification.certificationOf(traineeId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certification.progressOf(traineeId, ICRC)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certification.issue(traineeId, ICRC)).isInstanceOf(NotFoundException.class);

        fixtures.signIn(admin);
        assertThatThrownBy(() -> certification.enrol(fixtures.idOf(supervisor), TEXAS)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("is not a trainee");
        assertThatThrownBy(() -> certification.enrol(traineeId, "no-such-program"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("program"));
        assertThatThrownBy(() -> certification.issue(traineeId, TEXAS)).as("not enrolled in it").isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForList("select program_id from certification_enrolment where trainee_id = ?", String.class, traineeId))
                .containsExactly(ICRC);
    }

    private java.util.Map<String, Object> row(long personId) {
        return jdbc.queryForMap("select program_id, status, certificate_code from certification_standing where trainee_id = ?", personId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Initial (not continuing) education, logged by the trainee and approved by the admin. */
    private void approvedTraining(String trainee, String hours) {
        fixtures.signIn(trainee);
        var training = certification.recordOutsideTraining(OutsideTrainingRecord.typed("Peer specialist training", "Training entity",
                today().minusDays(20), new BigDecimal(hours), Domain.ADVOCACY, false, false));
        fixtures.signIn(admin);
        certification.reviewOutsideTraining(training.id(), training.version(), true);
    }

    /** Eight-hour shifts on as many days, signed by the trainee's supervisor. */
    private void signedPractice(String trainee, String supervisor, int days) {
        fixtures.signIn(trainee);
        List<EntryRef> refs = new ArrayList<>();
        for (int day = 1; day <= days; day++) {
            var entry = practice.saveDraft(null, 0, new EntryDetails(today().minusDays(day), LocalTime.of(8, 0), 8 * 60,
                    Domain.values()[day % 4], Activity.ONE_TO_ONE, Setting.RECOVERY_COMMUNITY, "Coaching shift at the centre."));
            refs.add(new EntryRef(entry.id(), entry.version()));
        }
        practice.submit(refs);
        fixtures.signIn(supervisor);
        practice.sign(practice.queue().stream().map(e -> new EntryRef(e.id(), e.version())).toList(), Fixtures.PASSWORD,
                new SignatureContext("127.0.0.1", "test"));
    }
}
