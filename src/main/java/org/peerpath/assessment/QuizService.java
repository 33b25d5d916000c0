package org.peerpath.assessment;

import org.peerpath.common.ConcurrentChangeException;
import org.peerpath.common.NotFoundException;
import org.peerpath.common.ValidationException;
import org.peerpath.content.ContentCatalog;
import org.peerpath.content.PublishedModule;
import org.peerpath.content.QuestionDefinition;
import org.peerpath.content.QuizSettings;
import org.peerpath.identity.Contact;
import org.peerpath.identity.Contacts;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.PeerpathUser;
import org.peerpath.identity.Role;
import org.peerpath.identity.StaffMember;
import org.peerpath.identity.StaffService;
import org.peerpath.learning.LearningService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Quizzes: attempts, server-side grading, review, supervisors' grading of written answers and accommodations.
 * The answer key never leaves this service before an attempt is submitted: views get {@link AttemptSheet}s,
 * built only from {@link PresentedQuestion}s, and see keys only in an {@link AttemptReview} afterwards.
 */
@Service
@Transactional
public class QuizService {

    private static final Logger log = LoggerFactory.getLogger(QuizService.class);
    /** The grader's comment column holds this much. */
    public static final int MAX_COMMENT_LENGTH = 2000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final String ACCOMMODATIONS_CHANGED = "Someone else changed this trainee's accommodations. Reload to see them.";

    private final QuizAttemptRepository attempts;
    private final AccommodationRepository accommodations;
    private final ContentCatalog content;
    private final LearningService learning;
    private final CurrentUser currentUser;
    private final StaffService staff;
    private final Contacts contacts;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    QuizService(QuizAttemptRepository attempts, AccommodationRepository accommodations, ContentCatalog content,
                LearningService learning, CurrentUser currentUser, StaffService staff, Contacts contacts, Clock clock,
                PlatformTransactionManager transactions) {
        this.attempts = attempts;
        this.accommodations = accommodations;
        this.content = content;
        this.learning = learning;
        this.currentUser = currentUser;
        this.staff = staff;
        this.contacts = contacts;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    // ---- Trainees -------------------------------------------------------------------------------------------

    @PreAuthorize("hasRole('TRAINEE')")
    public QuizOverview overview(String moduleId) {
        long me = currentUser.require().id();
        int version = learning.myModuleVersion(moduleId);
        PublishedModule module = module(moduleId, version);
        QuizSettings settings = settings(moduleId, version);
        closeIfOverdue(me, moduleId);
        List<QuizAttempt> mine = attempts.findByTraineeIdAndModuleIdOrderByNumber(me, moduleId);
        Optional<QuizAttempt> inProgress = mine.stream().filter(QuizAttempt::isInProgress).findFirst();
        Accommodation accommodation = accommodations.findByTraineeId(me).orElse(null);
        AttemptRules rules = rules(settings, accommodation);
        QuizOverview.Availability availability;
        Instant availableAt = null;
        if (inProgress.isPresent()) {
            availability = QuizOverview.Availability.IN_PROGRESS;
        } else {
            AttemptRules.Decision decision = rules.decide(past(mine), clock.instant());
            availability = switch (decision) {
                case AttemptRules.Decision.MayStart s -> QuizOverview.Availability.CAN_START;
                case AttemptRules.Decision.AlreadyPassed p -> QuizOverview.Availability.PASSED;
                case AttemptRules.Decision.AwaitingGrading a -> QuizOverview.Availability.AWAITING_GRADING;
                case AttemptRules.Decision.NoAttemptsLeft n -> QuizOverview.Availability.NO_ATTEMPTS_LEFT;
                case AttemptRules.Decision.WaitUntil w -> QuizOverview.Availability.WAIT;
            };
            if (decision instanceof AttemptRules.Decision.WaitUntil(Instant until)) {
                availableAt = until;
            }
        }
        Integer limit = settings.timeLimitMinutes() == null ? null
                : settings.timeLimitMinutes() + (accommodation == null ? 0 : accommodation.getExtraMinutes());
        return new QuizOverview(moduleId, module.title(), Math.min(settings.questionsPerAttempt(),
                content.questions(moduleId, version).size()), settings.passPercent(), rules.allowedAttempts(), limit,
                settings.waitMinutes(), availability, availableAt, inProgress.map(QuizAttempt::getId).orElse(null),
                mine.stream().map(a -> summary(a, module.title())).toList());
    }

    /** The attempt in progress, or a new one when the rules allow it. A refresh gets the same attempt back. */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(noRollbackFor = ValidationException.class) // an overdue attempt closed on the way stays closed
    public AttemptSheet startOrResume(String moduleId) {
        PeerpathUser me = currentUser.require();
        closeIfOverdue(me.id(), moduleId);
        Optional<QuizAttempt> inProgress = attempts.findFirstByTraineeIdAndModuleIdAndStatus(me.id(), moduleId, QuizAttempt.Status.IN_PROGRESS);
        if (inProgress.isPresent()) {
            return shown(inProgress.get());
        }
        int version = learning.myModuleVersion(moduleId);
        QuizSettings settings = settings(moduleId, version);
        Accommodation accommodation = accommodations.findByTraineeId(me.id()).orElse(null);
        List<QuizAttempt> mine = attempts.findByTraineeIdAndModuleIdOrderByNumber(me.id(), moduleId);
        Instant now = clock.instant();
        AttemptRules.Decision decision = rules(settings, accommodation).decide(past(mine), now);
        if (!(decision instanceof AttemptRules.Decision.MayStart(int number))) {
            throw new ValidationException(refusal(decision, now));
        }
        if (accommodation != null && accommodation.isRetakeAllowed()) {
            accommodation.retakeUsed();
        }
        TimeLimit limit = TimeLimit.of(now, settings.timeLimitMinutes(), accommodation == null ? 0 : accommodation.getExtraMinutes());
        QuizAttempt attempt = new QuizAttempt(me.id(), me.organizationId(), moduleId, version, number, settings, now,
                limit.deadline().orElse(null));
        QuestionDraw.draw(content.questions(moduleId, version), settings.questionsPerAttempt(), settings.coverTags(), random)
                .forEach(q -> attempt.ask(PresentedQuestion.of(q, random)));
        keepShownOrders(attempt);
        // Two tabs starting at once collide on (trainee, module, number); the loser is told to reload.
        return sheet(attempts.saveAndFlush(attempt));
    }

    @PreAuthorize("hasRole('TRAINEE')")
    public AttemptSheet attempt(long attemptId) {
        QuizAttempt attempt = mine(attemptId);
        if (!attempt.isInProgress()) {
            throw new ValidationException("This attempt has been submitted. Open its review instead.");
        }
        return shown(attempt);
    }

    /**
     * Saves one answer as the trainee goes. After the deadline nothing is saved: the attempt is closed with
     * what was saved in time, and the caller is told so.
     */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(noRollbackFor = ValidationException.class) // closing at the deadline must commit
    public void saveAnswer(long attemptId, String questionId, Answer answer) {
        long me = currentUser.require().id();
        // The same row lock as submission: an answer arriving while another tab submits waits, then finds the
        // attempt submitted, so a graded attempt's answers never change afterwards.
        QuizAttempt attempt = attempts.lockById(attemptId).filter(a -> a.getTraineeId() == me)
                .orElseThrow(() -> new NotFoundException("No such attempt"));
        if (!attempt.isInProgress()) {
            throw new ValidationException("This attempt has already been submitted; your answers can no longer change.");
        }
        Instant now = clock.instant();
        if (!attempt.timeLimit().isOpen(clock)) {
            close(attempt, attempt.getDeadline(), true);
            throw new ValidationException("Time is up. Your attempt was submitted with the answers saved before the deadline.");
        }
        AttemptQuestion question = attempt.question(questionId)
                .orElseThrow(() -> new NotFoundException("This attempt has no question " + questionId));
        if (answer == null) {
            throw new ValidationException("No answer was given. Reload the page and answer again.");
        }
        question.presented().problemWith(answer).ifPresent(problem -> {
            throw new ValidationException(problem);
        });
        question.answered(answer, now);
    }

    /** Grades the attempt once: a second submission (double click, another tab) gets the same result. */
    @PreAuthorize("hasRole('TRAINEE')")
    public AttemptReview submit(long attemptId) {
        long me = currentUser.require().id();
        // The row lock is the first read of this attempt in the transaction, so a waiting second submission
        // sees the first one's committed result rather than a stale copy.
        QuizAttempt attempt = attempts.lockById(attemptId).filter(a -> a.getTraineeId() == me)
                .orElseThrow(() -> new NotFoundException("No such attempt"));
        if (attempt.isInProgress()) {
            boolean late = !attempt.timeLimit().isOpen(clock);
            close(attempt, late ? attempt.getDeadline() : clock.instant(), late);
        }
        return review(attempt, questionsOf(attempt));
    }

    @PreAuthorize("hasAnyRole('TRAINEE', 'SUPERVISOR', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public AttemptReview review(long attemptId) {
        QuizAttempt attempt = attempts.findById(attemptId).filter(this::mayRead)
                .orElseThrow(() -> new NotFoundException("No such attempt"));
        if (attempt.isInProgress()) {
            throw new NotFoundException("This attempt has not been submitted yet");
        }
        // An earlier attempt's review holds the answers; another tab must not serve them during an attempt.
        if (attempt.getTraineeId() == currentUser.require().id() && attempts
                .findFirstByTraineeIdAndModuleIdAndStatus(attempt.getTraineeId(), attempt.getModuleId(), QuizAttempt.Status.IN_PROGRESS)
                .filter(current -> current.timeLimit().isOpen(clock)).isPresent()) {
            throw new ValidationException("Finish or submit your current attempt before reviewing earlier ones.");
        }
        return review(attempt, questionsOf(attempt));
    }

    // ---- Supervisors and org admins -------------------------------------------------------------------------

    /**
     * Written answers that wait for the caller's grade, oldest first: a supervisor's own trainees', and for an org
     * admin those of the organization's trainees who have no active supervisor (otherwise nobody could grade them,
     * and the trainee could not retake or pass).
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public List<WrittenAnswer> gradingQueue() {
        PeerpathUser caller = currentUser.require();
        Map<Long, String> trainees = new HashMap<>();
        if (caller.hasRole(Role.SUPERVISOR)) {
            staff.myTrainees().forEach(m -> trainees.put(m.id(), m.displayName()));
        }
        if (caller.hasRole(Role.ORG_ADMIN)) {
            staff.traineesWithoutActiveSupervisor().forEach(m -> trainees.put(m.id(), m.displayName()));
        }
        if (trainees.isEmpty()) {
            return List.of();
        }
        List<WrittenAnswer> queue = new ArrayList<>();
        for (QuizAttempt attempt : attempts.findByStatusAndTraineeIdInOrderBySubmittedAt(QuizAttempt.Status.AWAITING_GRADING, trainees.keySet())) {
            Map<String, QuestionDefinition> bank = questionsOf(attempt);
            String title = module(attempt.getModuleId(), attempt.getModuleVersion()).title();
            for (AttemptQuestion q : attempt.getQuestions()) {
                if (q.getOutcome() == QuestionResult.Outcome.PENDING_REVIEW) {
                    QuestionDefinition def = bank.get(q.getQuestionId());
                    Answer answer = q.answer();
                    queue.add(new WrittenAnswer(attempt.getId(), attempt.getTraineeId(), trainees.get(attempt.getTraineeId()),
                            title, q.getQuestionId(), def.prompt(), def.scenario(),
                            answer instanceof Answer.Written(String text) ? text : "", def.rubric(), def.sampleAnswer(),
                            attempt.getSubmittedAt()));
                }
            }
        }
        return queue;
    }

    /**
     * A supervisor awards rubric points to a written answer of their own trainee (an org admin, to one of a trainee
     * of their organization who has no active supervisor). When it was the last pending answer, the attempt gets
     * its final score, and a pass completes the module.
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ORG_ADMIN')")
    public AttemptReview gradeWritten(long attemptId, String questionId, List<Integer> pointsPerCriterion, String comment) {
        PeerpathUser supervisor = currentUser.require();
        QuizAttempt attempt = attempts.lockById(attemptId).filter(a -> mayGrade(a.getTraineeId()))
                .orElseThrow(() -> new NotFoundException("No such attempt"));
        AttemptQuestion question = attempt.question(questionId).orElseThrow(() -> new NotFoundException("No such question"));
        if (question.getOutcome() != QuestionResult.Outcome.PENDING_REVIEW) {
            throw new ConcurrentChangeException("This answer has already been graded" + (question.getGraderComment() == null ? "." : ": reload to see the grade."));
        }
        if (comment != null && comment.strip().length() > MAX_COMMENT_LENGTH) {
            throw ValidationException.forField("comment", "A comment has at most " + MAX_COMMENT_LENGTH
                    + " characters; this one has " + comment.strip().length() + ".");
        }
        Map<String, QuestionDefinition> bank = questionsOf(attempt);
        QuestionResult result;
        try {
            result = Grader.gradeWritten(bank.get(questionId), pointsPerCriterion, comment);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
        Instant now = clock.instant();
        question.gradedBySupervisor(result, pointsPerCriterion, supervisor.id(), comment, now);
        AttemptScore score = AttemptScore.of(attempt.getQuestions().stream().map(AttemptQuestion::result).toList(), attempt.getPassPercent());
        attempt.scored(score, now);
        if (attempt.isPassed()) {
            learning.recordQuizPassed(attempt.getTraineeId(), attempt.getModuleId(), attempt.getModuleVersion());
        }
        return review(attempt, bank);
    }

    /** A trainee's attempts, for their supervisor or their organization's admins. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public List<AttemptSummary> attemptsOf(long traineeId) {
        if (!mayReadTrainee(traineeId)) {
            throw new NotFoundException("No such trainee");
        }
        return summaries(attempts.findByTraineeIdOrderByStartedAtDesc(traineeId));
    }

    /** The attempts of all the caller's trainees, newest first per trainee, read in one query. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public Map<Long, List<AttemptSummary>> attemptsOfMyTrainees() {
        List<Long> mine = staff.myTrainees().stream().map(StaffMember::id).toList();
        if (mine.isEmpty()) {
            return Map.of();
        }
        return summaries(attempts.findByTraineeIdInOrderByStartedAtDesc(mine)).stream()
                .collect(Collectors.groupingBy(AttemptSummary::traineeId));
    }

    /** Module titles are looked up once per module version, not once per attempt. */
    private List<AttemptSummary> summaries(List<QuizAttempt> list) {
        Map<String, String> titles = new HashMap<>();
        return list.stream()
                .map(a -> summary(a, titles.computeIfAbsent(a.getModuleId() + "@" + a.getModuleVersion(),
                        key -> module(a.getModuleId(), a.getModuleVersion()).title())))
                .toList();
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(readOnly = true)
    public List<AccommodationTerms> accommodations(String search, int offset, int limit) {
        List<StaffMember> trainees = staff.traineePage(search, false, offset, limit);
        Map<Long, Accommodation> granted = accommodations.findByTraineeIdIn(trainees.stream().map(StaffMember::id).toList()).stream()
                .collect(Collectors.toMap(Accommodation::getTraineeId, Function.identity()));
        return trainees.stream().map(m -> terms(m.id(), m.displayName(), granted.get(m.id()))).toList();
    }

    /** How many trainees {@link #accommodations(String, int, int)} pages through. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(readOnly = true)
    public int countAccommodations(String search) {
        return staff.traineeCount(search, false);
    }

    /** Extra time and extra attempts for one trainee, on every quiz. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public AccommodationTerms grant(long traineeId, int extraMinutes, int extraAttempts, long expectedVersion) {
        if (extraMinutes < 0 || extraMinutes > 240) {
            throw ValidationException.forField("extraMinutes", "Extra time is 0 to 240 minutes");
        }
        if (extraAttempts < 0 || extraAttempts > 10) {
            throw ValidationException.forField("extraAttempts", "Extra attempts are 0 to 10");
        }
        Contact trainee = sameOrganizationTrainee(traineeId);
        Optional<Accommodation> existing = accommodations.findByTraineeId(trainee.id());
        // "None on record" has a version of its own: a grant made meanwhile (version 0) is a change, too.
        if (existing.map(Accommodation::getVersion).orElse(AccommodationTerms.NOT_GRANTED) != expectedVersion) {
            throw new ConcurrentChangeException(ACCOMMODATIONS_CHANGED);
        }
        Accommodation accommodation = existing.orElseGet(() -> new Accommodation(trainee.id(), trainee.organizationId()));
        accommodation.grant(extraMinutes, extraAttempts, currentUser.require().id(), clock.instant());
        return terms(trainee.id(), trainee.displayName(), saveAccommodation(accommodation));
    }

    /** Lets a trainee start their next attempt without the waiting time, once. */
    @PreAuthorize("hasAnyRole('ORG_ADMIN', 'SUPERVISOR')")
    public AccommodationTerms allowRetakeNow(long traineeId) {
        if (!mayReadTrainee(traineeId)) {
            throw new NotFoundException("No such trainee");
        }
        Contact trainee = contacts.contact(traineeId).orElseThrow();
        Accommodation accommodation = accommodationFor(trainee);
        accommodation.allowRetake(currentUser.require().id(), clock.instant());
        return terms(trainee.id(), trainee.displayName(), saveAccommodation(accommodation));
    }

    /**
     * Two admins creating a trainee's first record at once collide on its unique key, and two changing it at once
     * on its version: either way the later one is told, as any other concurrent change.
     */
    private Accommodation saveAccommodation(Accommodation accommodation) {
        try {
            return accommodations.saveAndFlush(accommodation);
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException(ACCOMMODATIONS_CHANGED);
        }
    }

    // ---- Platform admins ------------------------------------------------------------------------------------

    /**
     * Item statistics of one version of a module's questions over its graded first attempts. One version only:
     * a question id may name a rewritten question in another.
     */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional(readOnly = true)
    public List<ItemAnalysis.ItemStatistics> itemAnalysis(String moduleId, int version) {
        Map<String, String> prompts = content.questions(moduleId, version).stream()
                .collect(Collectors.toMap(QuestionDefinition::id, QuestionDefinition::prompt));
        List<ItemAnalysis.ScoredAttempt> firstAttempts = attempts
                .findByModuleIdAndModuleVersionAndNumberAndStatus(moduleId, version, 1, QuizAttempt.Status.GRADED)
                .stream().map(a -> new ItemAnalysis.ScoredAttempt(a.getScorePercent(), a.getQuestions().stream()
                        .collect(Collectors.toMap(AttemptQuestion::getQuestionId, AttemptQuestion::getScore))))
                .toList();
        return ItemAnalysis.analyse(firstAttempts, prompts);
    }

    /**
     * Closes and grades attempts whose time ran out while nobody was looking (the trainee never came back), each
     * in its own transaction. Run by {@link QuizDeadlineJob}; returns how many it closed.
     */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int closeOverdueAttempts() {
        int closed = 0;
        for (Long id : attempts.findOverdue(clock.instant())) {
            // One attempt that cannot be graded must not keep every other overdue attempt open.
            try {
                Boolean done = transaction.execute(status -> attempts.lockById(id).filter(QuizAttempt::isInProgress)
                        .map(a -> {
                            close(a, a.getDeadline(), true);
                            return true;
                        }).orElse(false));
                closed += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                log.error("Could not close overdue quiz attempt {}; it stays open, the sweep goes on", id, e);
            }
        }
        return closed;
    }

    // ---- Internals ------------------------------------------------------------------------------------------

    private void close(QuizAttempt attempt, Instant at, boolean byTime) {
        Map<String, QuestionDefinition> bank = questionsOf(attempt);
        TimeLimit limit = attempt.timeLimit();
        List<QuestionResult> results = new ArrayList<>();
        for (AttemptQuestion q : attempt.getQuestions()) {
            // Only answers saved before the deadline count, whatever the browser sent later.
            QuestionResult result = Grader.grade(bank.get(q.getQuestionId()), q.saved(), limit);
            q.graded(result);
            results.add(result);
        }
        attempt.submitted(at, byTime, AttemptScore.of(results, attempt.getPassPercent()));
        if (attempt.isPassed()) {
            learning.recordQuizPassed(attempt.getTraineeId(), attempt.getModuleId(), attempt.getModuleVersion());
        }
    }

    /** Locks before closing, so that a submission or the deadline job at the same moment cannot grade it twice. */
    private void closeIfOverdue(long traineeId, String moduleId) {
        attempts.findIdInProgress(traineeId, moduleId)
                .flatMap(attempts::lockById)
                .filter(a -> a.isInProgress() && !a.timeLimit().isOpen(clock))
                .ifPresent(a -> close(a, a.getDeadline(), true));
    }

    /** The sheet of an attempt in progress that is being shown to its trainee. */
    private AttemptSheet shown(QuizAttempt attempt) {
        keepShownOrders(attempt);
        return sheet(attempt);
    }

    /**
     * An ordering question always shows some order, and a trainee who finds it right has nothing to change: the
     * order as first shown is saved as their answer until they move an item. (It is never the right order, see
     * {@link PresentedQuestion}.) Saved when shown, it counts under the time limit like any other answer.
     */
    private void keepShownOrders(QuizAttempt attempt) {
        if (!attempt.timeLimit().isOpen(clock)) {
            return;
        }
        Instant now = clock.instant();
        for (AttemptQuestion question : attempt.getQuestions()) {
            PresentedQuestion presented = question.presented();
            if (question.saved() == null && presented.type() == QuestionDefinition.Type.ORDERING) {
                question.answered(new Answer.Ordering(presented.items().stream().map(PresentedQuestion.Choice::id).toList()), now);
            }
        }
    }

    private AttemptSheet sheet(QuizAttempt attempt) {
        return new AttemptSheet(attempt.getId(), attempt.getModuleId(),
                module(attempt.getModuleId(), attempt.getModuleVersion()).title(), attempt.getNumber(), attempt.timeLimit(),
                attempt.getQuestions().stream().map(q -> new AttemptSheet.Item(q.presented(), q.answer())).toList());
    }

    private AttemptReview review(QuizAttempt attempt, Map<String, QuestionDefinition> bank) {
        QuizSettings.Review mode = attempt.getReviewMode();
        List<AttemptReview.ReviewedQuestion> questions = mode == QuizSettings.Review.SCORE_ONLY ? List.of()
                : attempt.getQuestions().stream().map(q -> reviewed(q, bank.get(q.getQuestionId()), mode)).toList();
        return new AttemptReview(attempt.getId(), attempt.getModuleId(),
                module(attempt.getModuleId(), attempt.getModuleVersion()).title(), attempt.getNumber(),
                statusLabel(attempt), attempt.getScorePercent(), attempt.getStatus() == QuizAttempt.Status.GRADED ? attempt.isPassed() : null,
                attempt.getPassPercent(), attempt.isClosedByTime(), mode, questions);
    }

    private static AttemptReview.ReviewedQuestion reviewed(AttemptQuestion q, QuestionDefinition def, QuizSettings.Review mode) {
        QuestionResult result = q.result();
        if (mode == QuizSettings.Review.WHICH_WRONG) {
            return new AttemptReview.ReviewedQuestion(q.getPosition(), def.prompt(), result.outcome(), result.score(),
                    "", "", List.of(), "");
        }
        List<String> feedback = new ArrayList<>(result.feedback());
        return new AttemptReview.ReviewedQuestion(q.getPosition(), def.prompt(), result.outcome(), result.score(),
                AnswerText.given(def, q.answer()), AnswerText.key(def), feedback,
                def.explanation() == null ? "" : def.explanation());
    }

    private QuizAttempt mine(long attemptId) {
        long me = currentUser.require().id();
        return attempts.findById(attemptId).filter(a -> a.getTraineeId() == me)
                .orElseThrow(() -> new NotFoundException("No such attempt"));
    }

    private boolean mayRead(QuizAttempt attempt) {
        PeerpathUser caller = currentUser.require();
        return attempt.getTraineeId() == caller.id() || mayReadTrainee(attempt.getTraineeId());
    }

    /** The trainee's own supervisor, or an org admin of the trainee's organization. */
    private boolean mayReadTrainee(long traineeId) {
        PeerpathUser caller = currentUser.require();
        if (caller.hasRole(Role.ORG_ADMIN) && contacts.contact(traineeId).map(Contact::organizationId)
                .filter(org -> org == caller.organizationId()).isPresent()) {
            return true;
        }
        return caller.hasRole(Role.SUPERVISOR) && isMyTrainee(traineeId);
    }

    /** The trainee's supervisor; or an org admin of the trainee's organization while the trainee has no active one. */
    private boolean mayGrade(long traineeId) {
        PeerpathUser caller = currentUser.require();
        if (caller.hasRole(Role.SUPERVISOR) && isMyTrainee(traineeId)) {
            return true;
        }
        return caller.hasRole(Role.ORG_ADMIN) && staff.isMyTraineeWithoutActiveSupervisor(traineeId);
    }

    private boolean isMyTrainee(long traineeId) {
        return staff.isMyTrainee(traineeId);
    }

    private Contact sameOrganizationTrainee(long traineeId) {
        long org = currentUser.require().organizationId();
        return contacts.contact(traineeId).filter(c -> c.organizationId() == org)
                .orElseThrow(() -> new NotFoundException("No such trainee"));
    }

    private Accommodation accommodationFor(Contact trainee) {
        return accommodations.findByTraineeId(trainee.id())
                .orElseGet(() -> new Accommodation(trainee.id(), trainee.organizationId()));
    }

    private static AccommodationTerms terms(long traineeId, String name, Accommodation a) {
        return a == null ? new AccommodationTerms(traineeId, name, 0, 0, false, AccommodationTerms.NOT_GRANTED)
                : new AccommodationTerms(traineeId, name, a.getExtraMinutes(), a.getExtraAttempts(), a.isRetakeAllowed(), a.getVersion());
    }

    private static AttemptRules rules(QuizSettings settings, Accommodation accommodation) {
        return new AttemptRules(settings, accommodation == null ? 0 : accommodation.getExtraAttempts(),
                accommodation != null && accommodation.isRetakeAllowed());
    }

    private static List<AttemptRules.PastAttempt> past(List<QuizAttempt> attempts) {
        return attempts.stream().filter(a -> !a.isInProgress())
                .map(a -> new AttemptRules.PastAttempt(a.getNumber(), a.getSubmittedAt(), a.isPassed(),
                        a.getStatus() == QuizAttempt.Status.AWAITING_GRADING))
                .toList();
    }

    private static String refusal(AttemptRules.Decision decision, Instant now) {
        return switch (decision) {
            case AttemptRules.Decision.AlreadyPassed p -> "You have passed this quiz already.";
            case AttemptRules.Decision.AwaitingGrading a -> "Your last attempt waits for your supervisor to grade a written answer.";
            case AttemptRules.Decision.NoAttemptsLeft n -> "You have used all " + n.allowed() + " attempts. Your org admin can grant another.";
            case AttemptRules.Decision.WaitUntil w -> {
                long minutes = Math.max(1, (Duration.between(now, w.until()).toSeconds() + 59) / 60);
                yield "You can start your next attempt after the waiting time, in " + minutes
                        + (minutes == 1 ? " minute" : " minutes") + " (at " + TIME.format(w.until()) + " UTC).";
            }
            case AttemptRules.Decision.MayStart s -> throw new IllegalStateException();
        };
    }

    private static AttemptSummary summary(QuizAttempt a, String moduleTitle) {
        return new AttemptSummary(a.getId(), a.getTraineeId(), a.getModuleId(), moduleTitle, a.getNumber(), statusLabel(a),
                a.getScorePercent(), a.getStatus() == QuizAttempt.Status.GRADED ? a.isPassed() : null,
                a.getStartedAt(), a.getSubmittedAt(), a.isClosedByTime());
    }

    private static String statusLabel(QuizAttempt a) {
        return switch (a.getStatus()) {
            case IN_PROGRESS -> "In progress";
            case AWAITING_GRADING -> "Waiting for a supervisor's grade";
            case GRADED -> a.isPassed() ? "Passed" : "Not passed";
        };
    }

    private Map<String, QuestionDefinition> questionsOf(QuizAttempt attempt) {
        return content.questions(attempt.getModuleId(), attempt.getModuleVersion()).stream()
                .collect(Collectors.toMap(QuestionDefinition::id, Function.identity()));
    }

    private PublishedModule module(String moduleId, int version) {
        return content.module(moduleId, version).orElseThrow(() -> new NotFoundException("There is no module " + moduleId));
    }

    private QuizSettings settings(String moduleId, int version) {
        return content.quizSettings(moduleId, version).orElseThrow(() -> new NotFoundException("Module " + moduleId + " has no quiz"));
    }
}
