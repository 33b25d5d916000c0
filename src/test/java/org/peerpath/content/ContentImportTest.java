package org.peerpath.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpath.identity.Role;
import org.peerpath.identity.SystemCaller;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.SignedInAs;
import org.peerpath.testsupport.TestContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ContentImportTest {

    @Autowired
    ContentImporter importer;
    @Autowired
    ContentCatalog catalog;

    @TempDir
    Path temp;

    ContentImportResult load(Path dir) {
        return SystemCaller.call(() -> importer.importFrom(dir));
    }

    @Test
    void importsTheShippedContent() {
        ContentImportResult result = load(TestContent.SHIPPED);

        assertThat(result.outcome()).as(result.problems().toString()).isEqualTo(ContentImportResult.Outcome.IMPORTED);
        SystemCaller.run(() -> {
            assertThat(catalog.latestModules()).extracting(PublishedModule::moduleId).first().isEqualTo("foundations");
            // Each module at the version its module.yaml states (the Empathy Sandwich's quiz changed in version 2).
            assertThat(catalog.latestModules()).hasSize(5).allSatisfy(m ->
                    assertThat(m.version()).isEqualTo(m.moduleId().equals("empathy-sandwich") ? 2 : 1));
            PublishedLesson lesson = catalog.lesson("empathy-sandwich", 2, "three-layers").orElseThrow();
            assertThat(lesson.html()).contains("<img src=\"data:image/svg+xml;base64,").contains("class=\"callout");
            assertThat(catalog.questions("motivational-interviewing", 1)).hasSizeGreaterThanOrEqualTo(16);
            assertThat(catalog.latestProgram("icrc-peer-recovery").orElseThrow().requirements()).hasSize(8);
            ContentStatus status = catalog.status();
            assertThat(status.modules()).hasSize(5).allMatch(ContentStatus.ModuleVersionRow::live);
            assertThat(status.programs()).extracting(ContentStatus.ProgramVersionRow::programId)
                    .containsExactly("icrc-peer-recovery", "texas-recovery-support-peer-specialist");
            assertThat(catalog.latestPrograms()).extracting(ProgramDefinition::id)
                    .containsExactly("icrc-peer-recovery", "texas-recovery-support-peer-specialist");
            assertThat(status.imports()).singleElement().extracting(ContentStatus.ImportRow::outcome).isEqualTo("IMPORTED");
        });
    }

    @Test
    void importingTheSameContentAgainChangesNothing() {
        load(TestContent.SHIPPED);

        ContentImportResult again = load(TestContent.SHIPPED);

        assertThat(again.outcome()).isEqualTo(ContentImportResult.Outcome.UNCHANGED);
        SystemCaller.run(() -> assertThat(catalog.status().imports()).hasSize(1));
    }

    @Test
    void aBumpedVersionIsImportedBesideTheOldOne() throws IOException {
        load(TestContent.SHIPPED);
        Path content = TestContent.copy(temp);
        Path module = content.resolve("modules/foundations");
        TestContent.append(module.resolve("lessons/01-the-coach-role.md"), "\nA new closing paragraph.\n");
        TestContent.replace(module.resolve("module.yaml"), "version: 1", "version: 2");

        ContentImportResult result = load(content);

        assertThat(result.outcome()).isEqualTo(ContentImportResult.Outcome.IMPORTED);
        assertThat(result.summary()).contains("foundations v2").doesNotContain("motivational-interviewing");
        SystemCaller.run(() -> {
            assertThat(catalog.latestModule("foundations").orElseThrow().version()).isEqualTo(2);
            assertThat(catalog.lesson("foundations", 2, "the-coach-role").orElseThrow().html()).contains("A new closing paragraph.");
            assertThat(catalog.lesson("foundations", 1, "the-coach-role").orElseThrow().html()).doesNotContain("A new closing");
        });
    }

    @Test
    void changedFilesWithoutAVersionBumpAreRefusedAndNothingHalfLoads() throws IOException {
        load(TestContent.SHIPPED);
        Path content = TestContent.copy(temp);
        TestContent.append(content.resolve("modules/foundations/lessons/01-the-coach-role.md"), "\nChanged quietly.\n");
        // a correctly bumped module in the same import must not be loaded either
        TestContent.append(content.resolve("modules/ethical-boundaries/lessons/01-scope-of-practice.md"), "\nNew.\n");
        TestContent.replace(content.resolve("modules/ethical-boundaries/module.yaml"), "version: 1", "version: 2");

        ContentImportResult result = load(content);

        assertThat(result.outcome()).isEqualTo(ContentImportResult.Outcome.REFUSED);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("modules/foundations/module.yaml");
            assertThat(p.message()).contains("version 1 is already published").contains("version: 2");
        });
        SystemCaller.run(() -> {
            assertThat(catalog.latestModule("ethical-boundaries").orElseThrow().version()).isEqualTo(1);
            assertThat(catalog.lesson("foundations", 1, "the-coach-role").orElseThrow().html()).doesNotContain("Changed quietly");
            assertThat(catalog.status().imports()).first().satisfies(i -> {
                assertThat(i.outcome()).isEqualTo("REFUSED");
                assertThat(i.problems()).contains("modules/foundations/module.yaml");
            });
        });
    }

    @Test
    void invalidContentIsRefusedWithItsProblems() throws IOException {
        Path content = TestContent.copy(temp);
        TestContent.replace(content.resolve("modules/foundations/module.yaml"), "contactHours: 4", "contactHours: 5");

        ContentImportResult result = load(content);

        assertThat(result.outcome()).isEqualTo(ContentImportResult.Outcome.REFUSED);
        assertThat(result.problems()).isNotEmpty();
        SystemCaller.run(() -> assertThat(catalog.latestModules()).isEmpty());
    }

    @Test
    @SignedInAs(Role.TRAINEE)
    void onlyPlatformAdminsImportOrSeeTheImportHistory() {
        assertThatThrownBy(() -> importer.importFrom(TestContent.SHIPPED)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.status()).isInstanceOf(AccessDeniedException.class);
    }
}
