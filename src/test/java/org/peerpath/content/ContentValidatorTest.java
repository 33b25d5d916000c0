package org.peerpath.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpath.testsupport.TestContent;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentValidatorTest {

    @TempDir
    Path temp;

    @Test
    void shippedContentIsValid() {
        ContentCheck check = ContentValidator.check(TestContent.SHIPPED);

        assertThat(check.problems()).as(check.report()).isEmpty();
        assertThat(check.content().modules()).extracting(ModuleDefinition::id).containsExactlyInAnyOrder(
                "foundations", "motivational-interviewing", "ethical-boundaries", "empathy-sandwich", "wellness-dimensions");
        ModuleDefinition mi = check.content().module("motivational-interviewing").orElseThrow();
        assertThat(mi.prerequisites()).containsExactly("foundations");
        assertThat(mi.domainHours()).containsEntry(Domain.MENTORING_EDUCATION, new BigDecimal("2.5"));
        assertThat(mi.lessons()).hasSize(6).first().extracting(LessonDefinition::id).isEqualTo("spirit");
        assertThat(check.content().module("empathy-sandwich").orElseThrow().images())
                .extracting(LessonImage::name).containsExactly("empathy-sandwich-layers.svg");
        assertThat(check.content().programs()).extracting(ProgramDefinition::id)
                .containsExactlyInAnyOrder("icrc-peer-recovery", "texas-recovery-support-peer-specialist");
        assertThat(check.content().programs()).filteredOn(p -> p.id().equals("icrc-peer-recovery")).singleElement()
                .satisfies(p -> assertThat(p.requirements()).hasSize(8));
        assertThat(check.content().programs()).filteredOn(p -> p.id().startsWith("texas")).singleElement().satisfies(p -> {
            assertThat(p.requirements()).containsExactly(new ProgramDefinition.TotalEducationHours(new BigDecimal("65.5")),
                    new ProgramDefinition.PracticeHours(new BigDecimal("250"), List.of()));
            assertThat(p.renewal()).isEqualTo(new ProgramDefinition.Renewal(24, new BigDecimal("20"), new BigDecimal("3")));
            assertThat(p.description()).contains("Not tracked here", "knowledge assessment", "intern certificate");
        });
    }

    @Test
    void totalEducationHoursTakeHoursOnly() throws IOException {
        Path content = copyOfShippedContent();
        Path texas = content.resolve("programs/texas-recovery-support-peer-specialist.yaml");
        replace(texas, "  - kind: TOTAL_EDUCATION_HOURS\n    hours: 65.5\n", "  - kind: TOTAL_EDUCATION_HOURS\n    domain: ADVOCACY\n");

        ContentCheck check = ContentValidator.check(content);

        assertThat(check.problems()).extracting(ContentProblem::toString)
                .anySatisfy(p -> assertThat(p).matches("programs/texas-recovery-support-peer-specialist.yaml:\\d+: "
                        + "Field 'domain' is not used by TOTAL_EDUCATION_HOURS requirements.*"))
                .anySatisfy(p -> assertThat(p).matches("programs/texas-recovery-support-peer-specialist.yaml:\\d+: .*'hours'.*"));
    }

    @Test
    void reportsEveryKindOfBreakWithFileLineAndFix() throws IOException {
        Path content = copyOfShippedContent();
        Path mi = content.resolve("modules/motivational-interviewing");
        replace(mi.resolve("module.yaml"), "title: Motivational interviewing", "titel: Motivational interviewing");
        replace(mi.resolve("module.yaml"), "  MENTORING_EDUCATION: 2.5", "  MENTORING: 2");
        replace(content.resolve("modules/foundations/module.yaml"), "prerequisites: []", "prerequisites: [empathy-sandwich]");
        Files.writeString(content.resolve("modules/foundations/lessons/01-the-coach-role.md"),
                "\nSee <b>this</b> and [the missing lesson](lesson:no-such-lesson).\n", java.nio.file.StandardOpenOption.APPEND);
        replaceFirst(content.resolve("modules/empathy-sandwich/questions.yaml"), "    answer: b", "    answer: z");
        Files.delete(content.resolve("modules/empathy-sandwich/lessons/images/empathy-sandwich-layers.svg"));
        Files.delete(content.resolve("modules/wellness-dimensions/lessons/05-wellness-plan.md"));
        replace(content.resolve("programs/icrc-peer-recovery.yaml"), "wellness-dimensions]", "wellness]");

        ContentCheck check = ContentValidator.check(content);

        assertThat(check.isValid()).isFalse();
        assertThat(check.content()).as("broken content is never handed out").isNull();
        assertThat(check.problems()).extracting(ContentProblem::toString).anySatisfy(p -> assertThat(p)
                        .startsWith("modules/motivational-interviewing/module.yaml:2: Unknown field 'titel'"))
                .anySatisfy(p -> assertThat(p).startsWith("modules/motivational-interviewing/module.yaml:1: Missing required field 'title'"))
                .anySatisfy(p -> assertThat(p).startsWith("modules/motivational-interviewing/module.yaml:14: Unknown domain 'MENTORING'"))
                .anySatisfy(p -> assertThat(p).contains("module.yaml:").contains("domainHours add up to 4.5 but contactHours is 5"))
                .anySatisfy(p -> assertThat(p).contains("Prerequisites form a cycle"))
                .anySatisfy(p -> assertThat(p).matches("modules/foundations/lessons/01-the-coach-role.md:\\d+: Raw HTML is not allowed.*'<b'.*"))
                .anySatisfy(p -> assertThat(p).matches("modules/foundations/lessons/01-the-coach-role.md:\\d+: .*lesson 'no-such-lesson'.*goes nowhere.*"))
                .anySatisfy(p -> assertThat(p).isEqualTo("modules/empathy-sandwich/questions.yaml:22: The answer 'z' names no option "
                        + "of question q01. Its options are: a, b, c, d."))
                .anySatisfy(p -> assertThat(p).matches("modules/empathy-sandwich/lessons/02-three-layers.md:9: Image 'images/empathy-sandwich-layers.svg' is not in .*"))
                .anySatisfy(p -> assertThat(p).matches("modules/wellness-dimensions/module.yaml:\\d+: Lesson file 'lessons/05-wellness-plan.md' does not exist.*"))
                .anySatisfy(p -> assertThat(p).matches("programs/icrc-peer-recovery.yaml:\\d+: MODULES_PASSED names 'wellness', which is not a module.*"));
    }

    @Test
    void reportsQuestionBankAndLessonRules() throws IOException {
        Path content = copyOfShippedContent();
        Path foundations = content.resolve("modules/foundations");
        replace(foundations.resolve("module.yaml"), "minutes: 45", "minutes: 40");
        String questions = Files.readString(foundations.resolve("questions.yaml"));
        // a classification item naming a category that does not exist, and a duplicate question id
        Files.writeString(foundations.resolve("questions.yaml"), questions.replaceFirst("    category: (\\w+)", "    category: nonsense")
                .replaceFirst("id: q02", "id: q01"));
        replace(foundations.resolve("module.yaml"), "coverTags: [", "coverTags: [never-used, ");
        replace(foundations.resolve("questions.yaml"), "    answer: [a, c, d]", "    answer: [a, b, c, d, e]");
        Files.writeString(foundations.resolve("lessons/02-lived-experience.md"),
                "\n# A title\n\n#### Too deep\n\n> Just a quote\n\n> [!WARNING]\n> Careful\n", java.nio.file.StandardOpenOption.APPEND);

        ContentCheck check = ContentValidator.check(content);

        assertThat(check.problems()).extracting(ContentProblem::toString)
                .anySatisfy(p -> assertThat(p).contains("foundations/module.yaml:").contains("Lesson minutes add up to"))
                .anySatisfy(p -> assertThat(p).contains("foundations/questions.yaml:").contains("names category 'nonsense'"))
                .anySatisfy(p -> assertThat(p).contains("foundations/questions.yaml:").contains("Question id 'q01' is used twice"))
                .anySatisfy(p -> assertThat(p).contains("coverTags lists 'never-used'"))
                .anySatisfy(p -> assertThat(p).contains("foundations/questions.yaml:").contains("must leave at least one option out"))
                .anySatisfy(p -> assertThat(p).contains("02-lived-experience.md:").contains("Level-1 heading"))
                .anySatisfy(p -> assertThat(p).contains("02-lived-experience.md:").contains("Heading level jumps from # to ####"))
                .anySatisfy(p -> assertThat(p).contains("02-lived-experience.md:").contains("Plain blockquote"))
                .anySatisfy(p -> assertThat(p).contains("02-lived-experience.md:").contains("Unknown call-out '[!WARNING]'"));
    }

    @Test
    void unknownPrerequisiteAndInvalidYaml() throws IOException {
        Path content = copyOfShippedContent();
        replace(content.resolve("modules/ethical-boundaries/module.yaml"), "prerequisites: [foundations]",
                "prerequisites: [foundation]");
        replace(content.resolve("modules/wellness-dimensions/questions.yaml"), "questions:", "questions: [");

        ContentCheck check = ContentValidator.check(content);

        assertThat(check.problems()).extracting(ContentProblem::toString)
                .anySatisfy(p -> assertThat(p).matches("modules/ethical-boundaries/module.yaml:\\d+: Prerequisite 'foundation' is not a module.*"))
                .anySatisfy(p -> assertThat(p).matches("modules/wellness-dimensions/questions.yaml:\\d+: Not valid YAML.*"));
    }

    @Test
    void theExpiringSoonWindowIsOptional_defaulting90Days_andMustBeSensibleWhenSet() throws IOException {
        Path content = copyOfShippedContent();
        Path program = content.resolve("programs/icrc-peer-recovery.yaml");
        replace(program, "expiringSoonDays: 90\n", "");

        ContentCheck withoutIt = ContentValidator.check(content);
        assertThat(withoutIt.problems()).as(withoutIt.report()).isEmpty();
        assertThat(withoutIt.content().programs()).filteredOn(p -> p.id().equals("icrc-peer-recovery")).singleElement()
                .extracting(ProgramDefinition::expiringSoonDays).isEqualTo(90);

        TestContent.append(program, "expiringSoonDays: 0\n");
        assertThat(ContentValidator.check(content).problems()).extracting(ContentProblem::toString)
                .anySatisfy(p -> assertThat(p).matches("programs/icrc-peer-recovery.yaml:\\d+: expiringSoonDays must be from 1 to 365 days.*"));
    }

    @Test
    void missingFolderIsAProblemNotACrash() {
        assertThat(ContentValidator.check(temp.resolve("nothing-here")).problems()).singleElement()
                .extracting(ContentProblem::message).asString().contains("does not exist");
    }

    Path copyOfShippedContent() throws IOException {
        return TestContent.copy(temp);
    }

    static void replace(Path file, String from, String to) throws IOException {
        TestContent.replace(file, from, to);
    }

    static void replaceFirst(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        int at = text.indexOf(from);
        Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
    }
}
