package org.peerpath.content;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Published content, read-only. Lessons and modules are not personal data: any signed-in person may read them.
 * Question banks hold answer keys and the import history holds internals, so those are restricted.
 */
@Service
@Transactional(readOnly = true)
public class ContentCatalog {

    private final ModuleVersionRepository modules;
    private final LessonRepository lessons;
    private final QuestionRepository questions;
    private final ProgramVersionRepository programs;
    private final ContentImportRepository imports;

    ContentCatalog(ModuleVersionRepository modules, LessonRepository lessons, QuestionRepository questions,
                   ProgramVersionRepository programs, ContentImportRepository imports) {
        this.modules = modules;
        this.lessons = lessons;
        this.questions = questions;
        this.programs = programs;
        this.imports = imports;
    }

    /** The newest version of every module, prerequisites before the modules that need them. */
    @PreAuthorize("isAuthenticated()")
    public List<PublishedModule> latestModules() {
        Map<String, ModuleVersion> latest = new HashMap<>();
        for (ModuleVersion version : modules.findAllByOrderByModuleIdAscVersionDesc()) {
            latest.putIfAbsent(version.getModuleId(), version);
        }
        List<PublishedModule> result = latest.values().stream().map(this::toPublished).toList();
        Map<String, PublishedModule> byId = result.stream()
                .collect(Collectors.toMap(PublishedModule::moduleId, Function.identity()));
        Map<String, Integer> depth = new HashMap<>();
        return result.stream()
                .sorted(Comparator.comparingInt((PublishedModule m) -> depth(m.moduleId(), byId, depth, 0))
                        .thenComparing(PublishedModule::title))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<PublishedModule> latestModule(String moduleId) {
        return modules.findFirstByModuleIdOrderByVersionDesc(moduleId).map(this::toPublished);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<PublishedModule> module(String moduleId, int version) {
        return modules.findByModuleIdAndVersion(moduleId, version).map(this::toPublished);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<PublishedLesson> lesson(String moduleId, int version, String lessonId) {
        return modules.findByModuleIdAndVersion(moduleId, version)
                .flatMap(m -> lessons.findByModuleVersionIdAndLessonId(m.getId(), lessonId))
                .map(l -> new PublishedLesson(moduleId, version, l.getLessonId(), l.getPosition(), l.getTitle(),
                        l.getMinutes(), l.getHtml()));
    }

    /** The question bank with answer keys, for the quiz engine; never to be shown to a trainee as it is. */
    @PreAuthorize("hasAnyRole('TRAINEE', 'SUPERVISOR', 'ORG_ADMIN', 'PLATFORM_ADMIN')")
    public List<QuestionDefinition> questions(String moduleId, int version) {
        return modules.findByModuleIdAndVersion(moduleId, version)
                .map(m -> questions.findByModuleVersionIdOrderByPosition(m.getId()).stream()
                        .map(q -> ContentImporter.JSON.readValue(q.getDefinition(), QuestionDefinition.class))
                        .toList())
                .orElse(List.of());
    }

    /** The quiz settings of a module version, for the quiz engine. */
    @PreAuthorize("isAuthenticated()")
    public Optional<QuizSettings> quizSettings(String moduleId, int version) {
        return modules.findByModuleIdAndVersion(moduleId, version)
                .map(m -> ContentImporter.JSON.readValue(m.getMetadata(), ModuleMetadata.class).quiz());
    }

    /** The newest version of a certification program. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ProgramDefinition> latestProgram(String programId) {
        return programs.findFirstByProgramIdOrderByVersionDesc(programId)
                .map(p -> ContentImporter.JSON.readValue(p.getDefinition(), ProgramDefinition.class));
    }

    /** The newest version of every certification program. */
    @PreAuthorize("isAuthenticated()")
    public List<ProgramDefinition> latestPrograms() {
        Map<String, ProgramVersion> latest = new java.util.LinkedHashMap<>();
        for (ProgramVersion version : programs.findAllByOrderByProgramIdAscVersionDesc()) {
            latest.putIfAbsent(version.getProgramId(), version);
        }
        return latest.values().stream().map(p -> ContentImporter.JSON.readValue(p.getDefinition(), ProgramDefinition.class)).toList();
    }

    /** One published version of a program: people keep the version they enrolled in. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ProgramDefinition> program(String programId, int version) {
        return programs.findByProgramIdAndVersion(programId, version)
                .map(p -> ContentImporter.JSON.readValue(p.getDefinition(), ProgramDefinition.class));
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public ContentStatus status() {
        Map<String, Integer> liveModules = new HashMap<>();
        List<ModuleVersion> moduleVersions = modules.findAllByOrderByModuleIdAscVersionDesc();
        moduleVersions.forEach(m -> liveModules.merge(m.getModuleId(), m.getVersion(), Math::max));
        Map<String, Integer> livePrograms = new HashMap<>();
        List<ProgramVersion> programVersions = programs.findAllByOrderByProgramIdAscVersionDesc();
        programVersions.forEach(p -> livePrograms.merge(p.getProgramId(), p.getVersion(), Math::max));
        return new ContentStatus(
                moduleVersions.stream().map(m -> new ContentStatus.ModuleVersionRow(m.getModuleId(), m.getVersion(),
                        m.getTitle(), m.getContactHours(), lessons.findByModuleVersionIdOrderByPosition(m.getId()).size(),
                        m.getContentHash(), m.getLoadedAt(), liveModules.get(m.getModuleId()) == m.getVersion())).toList(),
                programVersions.stream().map(p -> new ContentStatus.ProgramVersionRow(p.getProgramId(), p.getVersion(),
                        p.getTitle(), p.getEffectiveDate(), p.getContentHash(), p.getLoadedAt(),
                        livePrograms.get(p.getProgramId()) == p.getVersion())).toList(),
                imports.findTop20ByOrderByLoadedAtDescIdDesc().stream().map(i -> new ContentStatus.ImportRow(
                        i.getLoadedAt(), i.getOutcome(), i.getSummary(), i.getProblems())).toList());
    }

    private PublishedModule toPublished(ModuleVersion m) {
        ModuleMetadata metadata = ContentImporter.JSON.readValue(m.getMetadata(), ModuleMetadata.class);
        Map<Domain, BigDecimal> domainHours = new EnumMap<>(Domain.class);
        m.getDomainHours().forEach((domain, hours) -> domainHours.put(Domain.valueOf(domain), hours));
        List<PublishedModule.LessonSummary> lessonList = lessons.findByModuleVersionIdOrderByPosition(m.getId()).stream()
                .map(l -> new PublishedModule.LessonSummary(l.getLessonId(), l.getPosition(), l.getTitle(), l.getMinutes()))
                .toList();
        return new PublishedModule(m.getModuleId(), m.getVersion(), m.getTitle(), m.getSummary(), m.getContactHours(),
                domainHours, metadata.objectives(), metadata.prerequisites(), lessonList, m.getLoadedAt());
    }

    private static int depth(String id, Map<String, PublishedModule> byId, Map<String, Integer> memo, int guard) {
        if (memo.containsKey(id)) {
            return memo.get(id);
        }
        PublishedModule module = byId.get(id);
        if (module == null || guard > byId.size()) {
            return 0;
        }
        int depth = module.prerequisites().stream().mapToInt(p -> depth(p, byId, memo, guard + 1) + 1).max().orElse(0);
        memo.put(id, depth);
        return depth;
    }
}
