package org.peerpath.learning;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpath.content.ContentImporter;
import org.peerpath.content.Domain;
import org.peerpath.identity.Role;
import org.peerpath.identity.SystemCaller;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.TestContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class LearningServiceTest {

    static final List<String> FOUNDATIONS = List.of("the-coach-role", "lived-experience", "roles-compared",
            "pathways-and-dimensions", "evidence-and-credential");

    @Autowired
    LearningService learning;
    @Autowired
    ContentImporter importer;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LearningEvidence evidence;
    @Autowired
    ApplicationEvents events;

    @TempDir
    Path temp;

    long organization;

    @BeforeEach
    void loadContent() {
        SystemCaller.run(() -> importer.importFrom(TestContent.SHIPPED));
        organization = fixtures.organization();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    long signedInTrainee() {
        String email = fixtures.account(organization, Role.TRAINEE);
        fixtures.signIn(email);
        return fixtures.idOf(email);
    }

    CatalogEntry entry(String moduleId) {
        return learning.myCatalog().stream().filter(e -> e.moduleId().equals(moduleId)).findFirst().orElseThrow();
    }

    @Test
    void readingLessonsIsTrackedAndTheReaderResumesWhereTheTraineeLeftOff() {
        signedInTrainee();
        assertThat(learning.myCatalog()).hasSize(5).allMatch(e -> e.status() == Progress.Status.NOT_STARTED);
        assertThat(learning.resumeLesson("foundations")).isEqualTo("the-coach-role");

        LessonPage page = learning.markRead("foundations", "the-coach-role");
        learning.openLesson("foundations", "roles-compared");

        assertThat(page.read()).isTrue();
        assertThat(page.nextLessonId()).isEqualTo("lived-experience");
        assertThat(learning.resumeLesson("foundations")).isEqualTo("roles-compared");
        assertThat(entry("foundations").lessonsRead()).isEqualTo(1);
        assertThat(entry("foundations").status()).isEqualTo(Progress.Status.IN_PROGRESS);
    }

    @Test
    void completionNeedsEveryLessonAndThePassedQuizThenCreditsHoursPerDomainOnce() {
        long me = signedInTrainee();
        FOUNDATIONS.forEach(lesson -> learning.markRead("foundations", lesson));
        assertThat(entry("foundations").status()).isEqualTo(Progress.Status.LESSONS_READ);
        assertThat(learning.myEducationHoursByDomain().get(Domain.ADVOCACY)).isEqualByComparingTo("0");

        learning.recordQuizPassed(me, "foundations", 1);
        learning.recordQuizPassed(me, "foundations", 1);

        assertThat(entry("foundations").status()).isEqualTo(Progress.Status.COMPLETE);
        var hours = learning.myEducationHoursByDomain();
        assertThat(hours.get(Domain.ADVOCACY)).isEqualByComparingTo("1.5");
        assertThat(hours.get(Domain.MENTORING_EDUCATION)).isEqualByComparingTo("1");
        assertThat(hours.get(Domain.RECOVERY_WELLNESS_SUPPORT)).isEqualByComparingTo("1");
        assertThat(hours.get(Domain.ETHICAL_RESPONSIBILITY)).isEqualByComparingTo("0.5");
    }

    @Test
    void completingAModuleIsAnnouncedOnceAndShowsInTheEvidenceOtherFeaturesRead() {
        long me = signedInTrainee();
        FOUNDATIONS.forEach(lesson -> learning.markRead("foundations", lesson));
        assertThat(evidence.completedModules(me)).isEmpty();

        learning.recordQuizPassed(me, "foundations", 1);
        learning.recordQuizPassed(me, "foundations", 1);

        assertThat(events.stream(ModuleCompleted.class)).containsExactly(new ModuleCompleted(me, "foundations", 1));
        assertThat(evidence.completedModules(me)).containsExactly("foundations");
        assertThat(evidence.educationHours(me).get(Domain.ADVOCACY)).isEqualByComparingTo("1.5");
        assertThat(evidence.educationHours(List.of(me, me + 1000))).containsOnlyKeys(me);
    }

    @Test
    void aQuizPassedBeforeTheLastLessonCompletesTheModuleWhenThatLessonIsRead() {
        long me = signedInTrainee();
        FOUNDATIONS.subList(0, 4).forEach(lesson -> learning.markRead("foundations", lesson));
        learning.recordQuizPassed(me, "foundations", 1);
        assertThat(entry("foundations").status()).isEqualTo(Progress.Status.IN_PROGRESS);

        learning.markRead("foundations", FOUNDATIONS.getLast());

        assertThat(entry("foundations").status()).isEqualTo(Progress.Status.COMPLETE);
        assertThat(learning.myEducationHoursByDomain().get(Domain.ADVOCACY)).isEqualByComparingTo("1.5");
    }

    @Test
    void aTraineeCannotReadOrChangeAnotherTraineesProgress() {
        long other = signedInTrainee();
        learning.markRead("foundations", "the-coach-role");
        Fixtures.signOut();

        signedInTrainee();

        assertThat(entry("foundations").lessonsRead()).isZero();
        assertThatThrownBy(() -> learning.educationHoursByDomain(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> learning.recordQuizPassed(other, "foundations", 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> learning.recordLessonsRead(other, "foundations", FOUNDATIONS))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSupervisorSeesTheirOwnTraineesHoursOnly() {
        String supervisorEmail = fixtures.account(organization, Role.SUPERVISOR);
        long supervisor = fixtures.idOf(supervisorEmail);
        long mine = fixtures.idOf(fixtures.account(organization, supervisor, Role.TRAINEE));
        long notMine = fixtures.idOf(fixtures.account(organization, Role.TRAINEE));
        fixtures.signIn(supervisorEmail);

        assertThat(learning.educationHoursByDomain(mine)).hasSize(4);
        assertThatThrownBy(() -> learning.educationHoursByDomain(notMine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> learning.myCatalog()).isInstanceOf(AccessDeniedException.class);
        // Grading a written answer may complete a quiz for their own trainee only.
        assertThatThrownBy(() -> learning.recordQuizPassed(notMine, "foundations", 1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEnrolledTraineeKeepsTheirVersionWhenANewOneIsLoaded() throws IOException {
        signedInTrainee();
        learning.markRead("foundations", "the-coach-role");
        Path content = TestContent.copy(temp);
        TestContent.append(content.resolve("modules/foundations/lessons/01-the-coach-role.md"), "\nRevised for version two.\n");
        TestContent.replace(content.resolve("modules/foundations/module.yaml"), "version: 1", "version: 2");
        SystemCaller.run(() -> importer.importFrom(content));

        assertThat(entry("foundations").version()).isEqualTo(1);
        assertThat(learning.openLesson("foundations", "the-coach-role").html()).doesNotContain("Revised for version two.");
        assertThat(entry("foundations").lessonsRead()).isEqualTo(1);

        signedInTrainee();
        assertThat(entry("foundations").version()).isEqualTo(2);
        LessonPage page = learning.openLesson("foundations", "the-coach-role");
        assertThat(page.moduleVersion()).isEqualTo(2);
        assertThat(page.html()).contains("Revised for version two.");
    }

    @Test
    void unknownModulesAndLessonsAreNotFound() {
        signedInTrainee();

        assertThatThrownBy(() -> learning.openLesson("no-such-module", "x"))
                .isInstanceOf(org.peerpath.common.NotFoundException.class);
        assertThatThrownBy(() -> learning.openLesson("foundations", "no-such-lesson"))
                .isInstanceOf(org.peerpath.common.NotFoundException.class);
    }
}
