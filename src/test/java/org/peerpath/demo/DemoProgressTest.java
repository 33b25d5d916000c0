package org.peerpath.demo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpath.content.ContentImporter;
import org.peerpath.identity.SystemCaller;
import org.peerpath.learning.CatalogEntry;
import org.peerpath.learning.LearningService;
import org.peerpath.learning.Progress;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.TestContent;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoProgressTest {

    @Autowired
    ContentImporter importer;
    @Autowired
    DemoDataLoader demoData;
    @Autowired
    DemoProgressLoader demoProgress;
    @Autowired
    LearningService learning;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void theSecondDemoTraineeHasReadFoundationsAndStartedMotivationalInterviewing() {
        SystemCaller.run(() -> importer.importFrom(TestContent.SHIPPED));
        SystemCaller.run(demoData::load);
        SystemCaller.run(demoProgress::load);
        SystemCaller.run(demoProgress::load); // a restart changes nothing

        fixtures.signIn(DemoAccounts.SECOND_TRAINEE.email());
        Map<String, CatalogEntry> catalog = learning.myCatalog().stream()
                .collect(Collectors.toMap(CatalogEntry::moduleId, Function.identity()));

        assertThat(catalog.get("foundations").status()).isEqualTo(Progress.Status.LESSONS_READ);
        assertThat(catalog.get("motivational-interviewing").lessonsRead()).isEqualTo(1);
        assertThat(catalog.get("ethical-boundaries").status()).isEqualTo(Progress.Status.NOT_STARTED);
    }
}
