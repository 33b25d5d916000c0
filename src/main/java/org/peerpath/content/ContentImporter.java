package org.peerpath.content;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports new module and program versions from the content folder, all in one transaction or not at all. A
 * published version is immutable: files that changed without a version bump are refused, and the content that is
 * already loaded stays live.
 */
@Service
public class ContentImporter {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final ModuleVersionRepository modules;
    private final LessonRepository lessons;
    private final QuestionRepository questions;
    private final ContentImageRepository images;
    private final ProgramVersionRepository programs;
    private final ContentImportRepository imports;
    private final Clock clock;

    ContentImporter(ModuleVersionRepository modules, LessonRepository lessons, QuestionRepository questions,
                    ContentImageRepository images, ProgramVersionRepository programs, ContentImportRepository imports,
                    Clock clock) {
        this.modules = modules;
        this.lessons = lessons;
        this.questions = questions;
        this.images = images;
        this.programs = programs;
        this.imports = imports;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional
    public ContentImportResult importFrom(Path contentDir) {
        ContentCheck check = ContentValidator.check(contentDir);
        if (!check.isValid()) {
            return refuse(null, "The content has " + check.problems().size() + " problem(s); nothing was imported.",
                    check.problems());
        }
        CourseContent content = check.content();
        String contentHash = contentHash(content);
        List<ContentProblem> refusals = new ArrayList<>();
        List<ModuleDefinition> newModules = new ArrayList<>();
        for (ModuleDefinition module : content.modules()) {
            String file = "modules/" + module.id() + "/module.yaml";
            Optional<ModuleVersion> published = modules.findByModuleIdAndVersion(module.id(), module.version());
            Optional<Integer> latest = modules.findFirstByModuleIdOrderByVersionDesc(module.id()).map(ModuleVersion::getVersion);
            if (published.isPresent()) {
                if (!published.get().getContentHash().equals(module.contentHash())) {
                    refusals.add(new ContentProblem(file, 0, "Module '" + module.id() + "' version " + module.version()
                            + " is already published, and its files have changed. Published versions never change: "
                            + "set 'version: " + (latest.orElse(module.version()) + 1) + "' in module.yaml (or undo the change)."));
                }
            } else if (latest.isPresent() && latest.get() > module.version()) {
                refusals.add(new ContentProblem(file, 0, "Module '" + module.id() + "' version " + latest.get()
                        + " is already published; a new version must be higher. Set 'version: " + (latest.get() + 1) + "'."));
            } else {
                newModules.add(module);
            }
        }
        List<ProgramDefinition> newPrograms = new ArrayList<>();
        for (ProgramDefinition program : content.programs()) {
            String file = "programs/" + program.id() + ".yaml";
            Optional<ProgramVersion> published = programs.findByProgramIdAndVersion(program.id(), program.version());
            Optional<Integer> latest = programs.findFirstByProgramIdOrderByVersionDesc(program.id()).map(ProgramVersion::getVersion);
            if (published.isPresent()) {
                if (!published.get().getContentHash().equals(program.contentHash())) {
                    refusals.add(new ContentProblem(file, 0, "Program '" + program.id() + "' version " + program.version()
                            + " is already published, and the file has changed. Set 'version: "
                            + (latest.orElse(program.version()) + 1) + "' and a new effectiveDate (or undo the change)."));
                }
            } else if (latest.isPresent() && latest.get() > program.version()) {
                refusals.add(new ContentProblem(file, 0, "Program '" + program.id() + "' version " + latest.get()
                        + " is already published; a new version must be higher. Set 'version: " + (latest.get() + 1) + "'."));
            } else {
                newPrograms.add(program);
            }
        }
        if (!refusals.isEmpty()) {
            return refuse(contentHash, "Changed content without a version bump; nothing was imported, the loaded "
                    + "content stays live.", refusals);
        }
        if (newModules.isEmpty() && newPrograms.isEmpty()) {
            return new ContentImportResult(ContentImportResult.Outcome.UNCHANGED, "Content unchanged.", List.of());
        }
        Instant now = clock.instant();
        String summary = "Imported " + describe(newModules, m -> m.id() + " v" + m.version(), "module")
                + (newPrograms.isEmpty() ? "" : " and " + describe(newPrograms, p -> p.id() + " v" + p.version(), "program"))
                + ".";
        long importId = imports.save(new ContentImport(contentHash, ContentImport.Outcome.IMPORTED, summary, null, now)).getId();
        newModules.forEach(module -> save(module, importId, now));
        newPrograms.forEach(program -> programs.save(new ProgramVersion(program, JSON.writeValueAsString(program), importId, now)));
        return new ContentImportResult(ContentImportResult.Outcome.IMPORTED, summary, List.of());
    }

    /** Records a failure that happened outside {@link #importFrom} (for example a database error), for admins. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String message) {
        imports.save(new ContentImport(null, ContentImport.Outcome.REFUSED, "The import failed; the loaded content stays live.",
                message, clock.instant()));
    }

    private void save(ModuleDefinition module, long importId, Instant now) {
        ModuleMetadata metadata = new ModuleMetadata(module.objectives(), module.competencies(), module.prerequisites(),
                module.quiz(), module.lessons().stream().map(LessonDefinition::id).toList());
        ModuleVersion version = modules.save(new ModuleVersion(module, JSON.writeValueAsString(metadata), importId, now));
        Map<String, LessonImage> byName = module.images().stream()
                .collect(Collectors.toMap(LessonImage::name, Function.identity()));
        for (LessonDefinition lesson : module.lessons()) {
            lessons.save(new Lesson(version.getId(), lesson, LessonRenderer.toHtml(module.id(), lesson.markdown(), byName)));
        }
        for (int i = 0; i < module.questions().size(); i++) {
            QuestionDefinition question = module.questions().get(i);
            questions.save(new Question(version.getId(), i + 1, question, JSON.writeValueAsString(question)));
        }
        module.images().forEach(image -> images.save(new ContentImage(version.getId(), image)));
    }

    private ContentImportResult refuse(String contentHash, String summary, List<ContentProblem> problems) {
        String report = String.join("\n", problems.stream().map(ContentProblem::toString).toList());
        imports.save(new ContentImport(contentHash, ContentImport.Outcome.REFUSED, summary, report, clock.instant()));
        return new ContentImportResult(ContentImportResult.Outcome.REFUSED, summary, problems);
    }

    private static <T> String describe(List<T> items, Function<T, String> name, String noun) {
        return items.size() + " " + noun + (items.size() == 1 ? "" : "s") + " ("
                + items.stream().map(name).collect(Collectors.joining(", ")) + ")";
    }

    private static String contentHash(CourseContent content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            content.modules().forEach(m -> digest.update((m.id() + "=" + m.contentHash() + ";").getBytes(StandardCharsets.UTF_8)));
            content.programs().forEach(p -> digest.update((p.id() + "=" + p.contentHash() + ";").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
