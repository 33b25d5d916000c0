package org.peerpath.learning;

import org.peerpath.common.NotFoundException;
import org.peerpath.content.ContentCatalog;
import org.peerpath.content.Domain;
import org.peerpath.content.PublishedLesson;
import org.peerpath.content.PublishedModule;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.PeerpathUser;
import org.peerpath.identity.Role;
import org.peerpath.identity.StaffMember;
import org.peerpath.identity.StaffService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A trainee's learning. Trainees only ever read and change their own progress: the methods they use take no
 * trainee id, and the few that do (for other features and start-up work) check who is calling.
 * New enrolments get the newest module version; a trainee keeps the version they started.
 */
@Service
@Transactional
public class LearningService {

    private final EnrolmentRepository enrolments;
    private final EducationCreditRepository credits;
    private final ContentCatalog content;
    private final CurrentUser currentUser;
    private final StaffService staff;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LearningService(EnrolmentRepository enrolments, EducationCreditRepository credits, ContentCatalog content,
                    CurrentUser currentUser, StaffService staff, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.enrolments = enrolments;
        this.credits = credits;
        this.content = content;
        this.currentUser = currentUser;
        this.staff = staff;
        this.clock = clock;
    }

    /** Every module with the caller's progress: their own version where they have started, else the newest. */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(readOnly = true)
    public List<CatalogEntry> myCatalog() {
        long me = currentUser.require().id();
        List<PublishedModule> latest = content.latestModules();
        Map<String, String> titles = new HashMap<>();
        latest.forEach(m -> titles.put(m.moduleId(), m.title()));
        return latest.stream().map(newest -> {
            Optional<Enrolment> enrolment = enrolments.findFirstByTraineeIdAndModuleIdOrderByModuleVersionDesc(me, newest.moduleId());
            PublishedModule module = enrolment.flatMap(e -> content.module(e.getModuleId(), e.getModuleVersion())).orElse(newest);
            ModuleProgress progress = progress(module, enrolment);
            return new CatalogEntry(module.moduleId(), module.version(), module.title(), module.summary(),
                    module.contactHours(), module.domainHours(),
                    module.prerequisites().stream().map(p -> titles.getOrDefault(p, p)).toList(),
                    progress.lessonsRead(), module.lessons().size(),
                    enrolment.isEmpty() ? Progress.Status.NOT_STARTED : progress.status());
        }).toList();
    }

    /** The lesson to open for "resume where I left off": the last one opened, else the first unread. */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(readOnly = true)
    public String resumeLesson(String moduleId) {
        long me = currentUser.require().id();
        Optional<Enrolment> enrolment = enrolments.findFirstByTraineeIdAndModuleIdOrderByModuleVersionDesc(me, moduleId);
        PublishedModule module = moduleFor(moduleId, enrolment);
        return progress(module, enrolment).resumeLesson(enrolment.map(Enrolment::getLastLessonId).orElse(null));
    }

    /** Opens a lesson, enrolling the caller in the newest version on their first visit to the module. */
    @PreAuthorize("hasRole('TRAINEE')")
    public LessonPage openLesson(String moduleId, String lessonId) {
        Enrolment enrolment = enrolmentFor(moduleId);
        PublishedModule module = moduleFor(moduleId, Optional.of(enrolment));
        requireLesson(module, lessonId);
        enrolment.opened(lessonId);
        return page(module, enrolment, lessonId);
    }

    @PreAuthorize("hasRole('TRAINEE')")
    public LessonPage markRead(String moduleId, String lessonId) {
        Enrolment enrolment = enrolmentFor(moduleId);
        PublishedModule module = moduleFor(moduleId, Optional.of(enrolment));
        requireLesson(module, lessonId);
        enrolment.read(lessonId, clock.instant());
        completeIfDone(module, enrolment);
        return page(module, enrolment, lessonId);
    }

    /** The module version the caller is enrolled in, enrolling them in the newest when they have not started. */
    @PreAuthorize("hasRole('TRAINEE')")
    public int myModuleVersion(String moduleId) {
        return enrolmentFor(moduleId).getModuleVersion();
    }

    /**
     * Called by the quiz feature when {@code traineeId} passes the quiz of the module version they are enrolled in:
     * by the trainee submitting, or by their supervisor grading the last written answer (an org admin of the
     * trainee's organization grades it for a trainee without an active supervisor).
     * Completes the module (and credits its hours) once all lessons are read too.
     */
    @PreAuthorize("hasAnyRole('TRAINEE', 'SUPERVISOR', 'ORG_ADMIN', 'PLATFORM_ADMIN')")
    public void recordQuizPassed(long traineeId, String moduleId, int moduleVersion) {
        PeerpathUser caller = currentUser.require();
        boolean supervisesTrainee = caller.hasRole(Role.SUPERVISOR) && staff.isMyTrainee(traineeId);
        boolean adminOfTrainee = !supervisesTrainee && caller.hasRole(Role.ORG_ADMIN)
                && staff.isMyTraineeWithoutActiveSupervisor(traineeId);
        if (!supervisesTrainee && !adminOfTrainee) {
            requireSelfOrPlatform(traineeId);
        }
        Enrolment enrolment = enrolments.findByTraineeIdAndModuleIdAndModuleVersion(traineeId, moduleId, moduleVersion)
                .orElseThrow(() -> new NotFoundException("No enrolment in " + moduleId + " version " + moduleVersion));
        PublishedModule module = moduleFor(moduleId, Optional.of(enrolment));
        enrolment.quizPassed(clock.instant());
        completeIfDone(module, enrolment);
    }

    /** The caller's credited education hours per domain. */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(readOnly = true)
    public Map<Domain, BigDecimal> myEducationHoursByDomain() {
        return EducationCredits.totalByDomain(credits.findByTraineeId(currentUser.require().id()));
    }

    /** For certification and supervision: the trainee themselves, their supervisor, or a platform admin. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Domain, BigDecimal> educationHoursByDomain(long traineeId) {
        PeerpathUser caller = currentUser.require();
        boolean allowed = caller.id() == traineeId || caller.hasRole(Role.PLATFORM_ADMIN)
                || (caller.hasRole(Role.SUPERVISOR) && staff.myTrainees().stream().map(StaffMember::id)
                .anyMatch(id -> id == traineeId));
        if (!allowed) {
            throw new AccessDeniedException("Not your trainee");
        }
        return EducationCredits.totalByDomain(credits.findByTraineeId(traineeId));
    }

    /** Start-up work only (demo data): marks lessons read for a trainee, as if they had read them. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public void recordLessonsRead(long traineeId, String moduleId, List<String> lessonIds) {
        Enrolment enrolment = enrolments.findFirstByTraineeIdAndModuleIdOrderByModuleVersionDesc(traineeId, moduleId)
                .orElseGet(() -> enrolments.save(new Enrolment(traineeId, moduleId, latest(moduleId).version(), clock.instant())));
        PublishedModule module = moduleFor(moduleId, Optional.of(enrolment));
        for (String lessonId : lessonIds) {
            requireLesson(module, lessonId);
            enrolment.read(lessonId, clock.instant());
            enrolment.opened(lessonId);
        }
        completeIfDone(module, enrolment);
    }

    private Enrolment enrolmentFor(String moduleId) {
        long me = currentUser.require().id();
        return enrolments.findFirstByTraineeIdAndModuleIdOrderByModuleVersionDesc(me, moduleId)
                .orElseGet(() -> enrolments.save(new Enrolment(me, moduleId, latest(moduleId).version(), clock.instant())));
    }

    private PublishedModule latest(String moduleId) {
        return content.latestModule(moduleId).orElseThrow(() -> new NotFoundException("There is no module " + moduleId));
    }

    private PublishedModule moduleFor(String moduleId, Optional<Enrolment> enrolment) {
        return enrolment.map(e -> content.module(e.getModuleId(), e.getModuleVersion())
                        .orElseThrow(() -> new IllegalStateException("Enrolled module version is missing: " + moduleId)))
                .orElseGet(() -> latest(moduleId));
    }

    private static void requireLesson(PublishedModule module, String lessonId) {
        if (!module.lessonIds().contains(lessonId)) {
            throw new NotFoundException("Module " + module.moduleId() + " has no lesson " + lessonId);
        }
    }

    private void requireSelfOrPlatform(long traineeId) {
        PeerpathUser caller = currentUser.require();
        if (caller.id() != traineeId && !caller.hasRole(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("Trainees record only their own progress");
        }
    }

    private static ModuleProgress progress(PublishedModule module, Optional<Enrolment> enrolment) {
        return new ModuleProgress(module.lessonIds(), enrolment.map(Enrolment::readLessonIds).orElse(Set.of()),
                enrolment.map(Enrolment::isQuizPassed).orElse(false));
    }

    /** Completion credits the module's hours once per trainee and module, whichever version completed it. */
    private void completeIfDone(PublishedModule module, Enrolment enrolment) {
        if (enrolment.getCompletedAt() != null || !progress(module, Optional.of(enrolment)).isComplete()) {
            return;
        }
        Instant now = clock.instant();
        enrolment.completed(now);
        if (!credits.existsByTraineeIdAndModuleId(enrolment.getTraineeId(), module.moduleId())) {
            EducationCredits.forCompletedModule(module.domainHours()).forEach((domain, hours) -> credits.save(
                    new EducationCredit(enrolment.getTraineeId(), module.moduleId(), module.version(), domain.name(), hours, now)));
        }
        events.publishEvent(new ModuleCompleted(enrolment.getTraineeId(), module.moduleId(), module.version()));
    }

    private LessonPage page(PublishedModule module, Enrolment enrolment, String lessonId) {
        ModuleProgress progress = progress(module, Optional.of(enrolment));
        PublishedLesson lesson = content.lesson(module.moduleId(), module.version(), lessonId)
                .orElseThrow(() -> new NotFoundException("Module " + module.moduleId() + " has no lesson " + lessonId));
        List<LessonPage.Entry> contents = module.lessons().stream()
                .map(l -> new LessonPage.Entry(l.lessonId(), l.title(), l.minutes(), progress.readLessonIds().contains(l.lessonId())))
                .toList();
        return new LessonPage(module.moduleId(), module.version(), module.title(), contents, lessonId, lesson.title(),
                lesson.position(), lesson.minutes(), lesson.html(), progress.previous(lessonId).orElse(null),
                progress.next(lessonId).orElse(null), progress.readLessonIds().contains(lessonId), progress.lessonsRead(),
                progress.status(), enrolment.isQuizPassed());
    }
}
