package org.peerpath.practice;

import org.peerpath.common.ConcurrentChangeException;
import org.peerpath.common.NotFoundException;
import org.peerpath.common.ValidationException;
import org.peerpath.content.Domain;
import org.peerpath.identity.AccountService;
import org.peerpath.identity.Contact;
import org.peerpath.identity.Contacts;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.PeerpathUser;
import org.peerpath.identity.Role;
import org.peerpath.identity.StaffMember;
import org.peerpath.identity.StaffService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The practice log. Trainees log and submit their own entries; supervisors sign or return entries of their own
 * trainees; org admins reopen signed entries of their organization with a reason. Every change is audited with
 * the values before and after; signed entries cannot change until reopened.
 */
@Service
@Transactional
public class PracticeService {

    /** What a supervisor attests to when signing; stored with each signature. */
    public static final String ATTESTATION = "I supervised this work. To the best of my knowledge each entry I sign "
            + "is accurate, and its note does not identify any person served.";

    private final PracticeEntryRepository entries;
    private final SignOffRepository signOffs;
    private final SupervisionSessionRepository sessions;
    private final PracticeAuditRepository audit;
    private final MiSkillsPracticeRepository miPractice;
    private final PracticeLogLockRepository logLocks;
    private final PhiDetector phiDetector = new PhiDetector();
    private final CurrentUser currentUser;
    private final StaffService staff;
    private final AccountService accounts;
    private final Contacts contacts;
    private final PracticeTargets targets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PracticeService(PracticeEntryRepository entries, SignOffRepository signOffs, SupervisionSessionRepository sessions,
                    PracticeAuditRepository audit, MiSkillsPracticeRepository miPractice, PracticeLogLockRepository logLocks,
                    CurrentUser currentUser,
                    StaffService staff, AccountService accounts, Contacts contacts, PracticeTargets targets,
                    ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.signOffs = signOffs;
        this.sessions = sessions;
        this.audit = audit;
        this.miPractice = miPractice;
        this.logLocks = logLocks;
        this.currentUser = currentUser;
        this.staff = staff;
        this.accounts = accounts;
        this.contacts = contacts;
        this.targets = targets;
        this.events = events;
        this.clock = clock;
    }

    // ---- Trainees -------------------------------------------------------------------------------------------

    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(readOnly = true)
    public List<EntryView> myEntries() {
        return views(entries.findByTraineeIdOrderByDateDescStartDesc(currentUser.require().id()));
    }

    /**
     * Saves a new draft ({@code entryId} null) or changes a draft or returned entry. Refused, with nothing
     * saved, when the hour rules are broken or the note seems to identify someone.
     */
    @PreAuthorize("hasRole('TRAINEE')")
    public EntryView saveDraft(Long entryId, long expectedVersion, EntryDetails details) {
        PeerpathUser me = currentUser.require();
        // Before anything is read: a second tab saving an overlapping entry waits here and then sees this one.
        logLocks.lock(me.id());
        check(details, me.id(), entryId);
        Instant now = clock.instant();
        if (entryId == null) {
            PracticeEntry entry = entries.saveAndFlush(new PracticeEntry(me.id(), me.organizationId(), details, now));
            record(entry, "CREATED", null, null, entry.snapshot());
            return view(entry);
        }
        PracticeEntry entry = mine(entryId);
        requireVersion(entry.getVersion(), expectedVersion);
        if (!entry.isEditable()) {
            throw new ValidationException("This entry is " + entry.getStatus().label().toLowerCase()
                    + " and can no longer be changed.");
        }
        Map<String, Object> before = entry.snapshot();
        entry.change(details, now);
        entries.flush();
        record(entry, "CHANGED", null, before, entry.snapshot());
        return view(entry);
    }

    @PreAuthorize("hasRole('TRAINEE')")
    public void deleteDraft(long entryId, long expectedVersion) {
        PracticeEntry entry = mine(entryId);
        requireVersion(entry.getVersion(), expectedVersion);
        if (entry.getStatus() != EntryStatus.DRAFT || !signOffs.findByEntryIdOrderBySignedAt(entryId).isEmpty()) {
            throw new ValidationException("This entry is " + entry.getStatus().label().toLowerCase()
                    + (entry.getStatus() == EntryStatus.DRAFT ? " but was signed before" : "")
                    + ". Only drafts that were never signed can be deleted.");
        }
        record(entry, "DELETED", null, entry.snapshot(), null);
        entries.delete(entry);
    }

    /** Sends drafts to the trainee's supervisor. */
    @PreAuthorize("hasRole('TRAINEE')")
    public List<EntryView> submit(List<EntryRef> refs) {
        PeerpathUser me = currentUser.require();
        StaffMember profile = accounts.myProfile();
        if (profile.supervisorId() == null) {
            throw new ValidationException("You have no supervisor yet. Ask your org admin to assign one, then submit.");
        }
        List<PracticeEntry> submitted = new ArrayList<>();
        Instant now = clock.instant();
        for (EntryRef ref : refs) {
            PracticeEntry entry = mine(ref.id());
            requireVersion(entry.getVersion(), ref.version());
            if (entry.getStatus() != EntryStatus.DRAFT) {
                throw new ValidationException("Only drafts can be submitted; " + entry.getDate() + " is " + entry.getStatus().label().toLowerCase() + ".");
            }
            Map<String, Object> before = entry.snapshot();
            entry.submit(profile.supervisorId(), now);
            record(entry, "SUBMITTED", "to " + name(profile.supervisorId()), before, entry.snapshot());
            submitted.add(entry);
        }
        entries.flush();
        return views(submitted);
    }

    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(readOnly = true)
    public PracticeTotals myTotals() {
        return totals(currentUser.require().id());
    }

    /** Logs a session held by the trainee's assigned supervisor. */
    @PreAuthorize("hasRole('TRAINEE')")
    public SessionView logSupervision(LocalDate date, int minutes, boolean group, String topics) {
        return saveSession(null, 0, new SessionDetails(date, minutes, group, null, topics));
    }

    /**
     * Logs a new session ({@code sessionId} null) or corrects one that is not confirmed yet; a declined session goes
     * back to its supervisor. The supervisor is one of the organization's (the assigned one unless chosen).
     */
    @PreAuthorize("hasRole('TRAINEE')")
    public SessionView saveSession(Long sessionId, long expectedVersion, SessionDetails details) {
        PeerpathUser me = currentUser.require();
        long supervisorId = checkSession(details, me);
        Instant now = clock.instant();
        if (sessionId == null) {
            SupervisionSession session = sessions.saveAndFlush(new SupervisionSession(me.id(), me.organizationId(), details, supervisorId, now));
            recordSession(session, "SESSION_LOGGED", "with " + name(supervisorId), null, snapshot(session));
            return view(session);
        }
        SupervisionSession session = myUnconfirmedSession(sessionId, expectedVersion);
        Map<String, Object> before = snapshot(session);
        session.change(details, supervisorId, now);
        sessions.flush();
        recordSession(session, "SESSION_CHANGED", null, before, snapshot(session));
        return view(session);
    }

    @PreAuthorize("hasRole('TRAINEE')")
    public void deleteSession(long sessionId, long expectedVersion) {
        SupervisionSession session = myUnconfirmedSession(sessionId, expectedVersion);
        recordSession(session, "SESSION_DELETED", null, snapshot(session), null);
        sessions.delete(session);
        sessions.flush();
    }

    /** The supervisors a trainee may name for a session: their organization's active ones, the assigned one first. */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(readOnly = true)
    public List<SupervisorOption> sessionSupervisors() {
        PeerpathUser me = currentUser.require();
        Long assigned = accounts.myProfile().supervisorId();
        return contacts.organizationSupervisors(me.organizationId()).stream()
                .filter(c -> c.id() != me.id())
                .map(c -> new SupervisorOption(c.id(), c.displayName(), Objects.equals(c.id(), assigned)))
                .sorted((a, b) -> Boolean.compare(b.assigned(), a.assigned()))
                .toList();
    }

    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(readOnly = true)
    public List<SessionView> mySessions() {
        return sessionViews(sessions.findByTraineeIdOrderByDateDesc(currentUser.require().id()));
    }

    @PreAuthorize("hasRole('TRAINEE')")
    public MiSkills recordMiPractice(LocalDate practisedOn, MiSkills counts) {
        if (practisedOn == null || practisedOn.isAfter(today())) {
            throw ValidationException.forField("practisedOn", "Enter a date that is not in the future.");
        }
        PeerpathUser me = currentUser.require();
        MiSkillsPractice practice = miPractice.saveAndFlush(new MiSkillsPractice(me.id(), practisedOn, counts, clock.instant()));
        audit.save(new PracticeAudit(null, null, practice.getId(), me.id(), me.id(), "MI_RECORDED", clock.instant(), null,
                null, AuditDiff.json(practice.snapshot())));
        return counts;
    }

    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(readOnly = true)
    public List<Map.Entry<LocalDate, MiSkills>> myMiPractice() {
        return miPractice.findByTraineeIdOrderByPractisedOnDesc(currentUser.require().id()).stream()
                .map(p -> Map.entry(p.getPractisedOn(), p.counts())).toList();
    }

    // ---- Supervisors ----------------------------------------------------------------------------------------

    /**
     * Entries of the caller's current trainees waiting for sign-off, oldest first per trainee. After a reassignment
     * the new supervisor reviews what was submitted to the old one; entries already signed keep their signer.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<EntryView> queue() {
        Set<Long> mine = myTraineeIds();
        return mine.isEmpty() ? List.of()
                : views(entries.findByTraineeIdInAndStatusOrderByTraineeIdAscDateAscStartAsc(mine, EntryStatus.SUBMITTED));
    }

    /**
     * Approves and signs entries. The supervisor re-enters their password; each signature records who, when,
     * from where and a SHA-256 of the entry's exact content. All or nothing: if any entry changed meanwhile,
     * none is signed and the supervisor is told which.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public List<EntryView> sign(List<EntryRef> refs, String password, SignatureContext context) {
        if (refs.isEmpty()) {
            throw new ValidationException("Choose at least one entry to sign.");
        }
        if (!accounts.confirmOwnPassword(password)) {
            throw ValidationException.forField("password", "That is not your password. Nothing was signed.");
        }
        long me = currentUser.require().id();
        Instant now = clock.instant();
        Set<Long> myTrainees = myTraineeIds();
        List<PracticeEntry> signed = new ArrayList<>();
        for (EntryRef ref : refs) {
            PracticeEntry entry = waitingForMe(ref, myTrainees);
            Map<String, Object> before = entry.snapshot();
            entry.approve(me, now);
            String hash = entry.contentHash();
            signOffs.save(new SignOff(entry.getId(), me, now, hash, ATTESTATION, context.clientAddress(), context.userAgent()));
            record(entry, "SIGNED", "SHA-256 " + hash + (context.clientAddress() == null ? "" : " from " + context.clientAddress()),
                    before, entry.snapshot());
            signed.add(entry);
        }
        entries.flush();
        signed.stream().map(PracticeEntry::getTraineeId).distinct().forEach(t -> events.publishEvent(new PracticeRecordChanged(t)));
        return views(signed);
    }

    /** Returns one entry to its trainee with a comment; the others stay as they are. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public EntryView reject(EntryRef ref, String comment) {
        checkFreeText("comment", "comment", comment, TextLimits.REVIEW_COMMENT, "Tell the trainee what to correct.");
        PracticeEntry entry = waitingForMe(ref, myTraineeIds());
        Map<String, Object> before = entry.snapshot();
        entry.reject(currentUser.require().id(), comment.strip(), clock.instant());
        entries.flush();
        record(entry, "RETURNED", comment.strip(), before, entry.snapshot());
        return view(entry);
    }

    /** Sessions naming the caller as the supervisor who held them, waiting for their confirmation. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<SessionView> sessionsToConfirm() {
        return sessionViews(sessions.findBySupervisorIdAndConfirmedAtIsNullAndDeclinedAtIsNullOrderByDate(currentUser.require().id()));
    }

    /** Only the supervisor the trainee named confirms a session: an attestation that they held it. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public SessionView confirmSession(long sessionId, long expectedVersion) {
        SupervisionSession session = waitingForMe(sessionId, expectedVersion);
        Map<String, Object> before = snapshot(session);
        session.confirm(clock.instant());
        sessions.flush();
        recordSession(session, "SESSION_CONFIRMED", null, before, snapshot(session));
        events.publishEvent(new PracticeRecordChanged(session.getTraineeId()));
        return view(session);
    }

    /** The named supervisor did not hold this session (or not like this): back to the trainee with a comment. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public SessionView declineSession(long sessionId, long expectedVersion, String comment) {
        checkFreeText("comment", "comment", comment, TextLimits.DECLINE_COMMENT, "Tell the trainee why you decline the session.");
        SupervisionSession session = waitingForMe(sessionId, expectedVersion);
        Map<String, Object> before = snapshot(session);
        session.decline(comment.strip(), clock.instant());
        sessions.flush();
        recordSession(session, "SESSION_DECLINED", comment.strip(), before, snapshot(session));
        return view(session);
    }

    // ---- Org admins -----------------------------------------------------------------------------------------

    /** Unlocks a signed entry for correction. The signature is revoked, not deleted: the history keeps it. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public EntryView reopen(EntryRef ref, String reason) {
        checkFreeText("reason", "reason", reason, TextLimits.REOPEN_REASON, "Give the reason for reopening a signed entry.");
        PeerpathUser admin = currentUser.require();
        PracticeEntry entry = entries.lockById(ref.id()).filter(e -> e.getOrganizationId() == admin.organizationId())
                .orElseThrow(() -> new NotFoundException("No such entry"));
        requireVersion(entry.getVersion(), ref.version());
        if (entry.getStatus() != EntryStatus.APPROVED) {
            throw new ValidationException("Only signed entries are reopened.");
        }
        Instant now = clock.instant();
        Optional<SignOff> signature = signOffs.findFirstByEntryIdAndRevokedAtIsNull(entry.getId());
        signature.ifPresent(s -> s.revoke(admin.id(), reason.strip(), now));
        Map<String, Object> before = entry.snapshot();
        entry.reopen(now);
        entries.flush();
        // The history names the signature that is revoked, so it stays readable next to the reason.
        record(entry, "REOPENED", signature.map(s -> "Revoked the signature of " + name(s.getSupervisorId()) + " ("
                + s.getSignedAt() + ", SHA-256 " + shortHash(s.getContentHash()) + "). Reason: ").orElse("Reason: ") + reason.strip(),
                before, entry.snapshot());
        events.publishEvent(new PracticeRecordChanged(entry.getTraineeId()));
        return view(entry);
    }

    // ---- Shared: records of one trainee -----------------------------------------------------------------------

    /** The trainee, their supervisor, or an org admin of their organization. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EntryView> entriesOf(long traineeId) {
        requireMayRead(traineeId);
        return views(entries.findByTraineeIdOrderByDateDescStartDesc(traineeId));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SessionView> sessionsOf(long traineeId) {
        requireMayRead(traineeId);
        return sessionViews(sessions.findByTraineeIdOrderByDateDesc(traineeId));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PracticeTotals totalsOf(long traineeId) {
        requireMayRead(traineeId);
        return totals(traineeId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryLine> history(long entryId) {
        PracticeEntry entry = entries.findById(entryId).orElseThrow(() -> new NotFoundException("No such entry"));
        requireMayRead(entry.getTraineeId());
        return historyLines(audit.findByEntryIdOrderByAtAscIdAsc(entryId));
    }

    /** The trainee, their supervisor, the supervisor named on the session, or an org admin of their organization. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryLine> sessionHistory(long sessionId) {
        SupervisionSession session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("No such session"));
        if (session.getSupervisorId() != currentUser.require().id()) {
            requireMayRead(session.getTraineeId());
        }
        return historyLines(audit.findBySessionIdOrderByAtAscIdAsc(sessionId));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String traineeName(long traineeId) {
        requireMayRead(traineeId);
        return name(traineeId);
    }

    /** The board's PDF report of one trainee's hours. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] hoursReportPdf(long traineeId) {
        requireMayRead(traineeId);
        return HoursReport.pdf(name(traineeId), views(entries.findByTraineeIdOrderByDateDescStartDesc(traineeId)).reversed(),
                sessionViews(sessions.findByTraineeIdOrderByDateDesc(traineeId)), totals(traineeId), clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] hoursCsv(long traineeId) {
        requireMayRead(traineeId);
        return HoursReport.csv(views(entries.findByTraineeIdOrderByDateDescStartDesc(traineeId)).reversed());
    }

    // ---- Internals ------------------------------------------------------------------------------------------

    private void check(EntryDetails details, long traineeId, Long entryId) {
        Map<String, String> problems = new HashMap<>();
        if (details.domain() == null) {
            problems.put("domain", "Choose the IC&RC domain.");
        }
        if (details.activity() == null) {
            problems.put("activity", "Choose the activity.");
        }
        if (details.setting() == null) {
            problems.put("setting", "Choose the setting.");
        }
        if (details.note() == null || details.note().isBlank()) {
            problems.put("note", "Write a short, de-identified reflection.");
        } else if (tooLong(details.note(), TextLimits.NOTE)) {
            problems.put("note", lengthMessage("reflection", details.note(), TextLimits.NOTE));
        }
        List<HourRules.Slot> sameDay = details.date() == null ? List.of() : entries.findByTraineeIdAndDate(traineeId, details.date()).stream()
                .filter(e -> !Objects.equals(e.getId(), entryId) && e.getStatus() != EntryStatus.REJECTED)
                .map(e -> new HourRules.Slot(e.getId(), e.getStart(), e.getMinutes())).toList();
        problems.putAll(HourRules.check(details.date(), details.start(), details.minutes(), today(), sameDay));
        // Identifying details are reported together with every other problem: one round of fixes, not two.
        List<PhiDetector.Finding> findings = details.note() == null ? List.of() : phiDetector.scan(details.note());
        if (!findings.isEmpty()) {
            throw new PhiFoundException(findings, problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.values().iterator().next(), problems);
        }
    }

    private PracticeTotals totals(long traineeId) {
        List<PracticeTotals.DomainMinutes> practice = entries.minutesByDomainAndStatus(traineeId).stream()
                .map(row -> new PracticeTotals.DomainMinutes((Domain) row[0], (EntryStatus) row[1], ((Number) row[2]).longValue()))
                .toList();
        PracticeTargets.Targets required = targets.of(traineeId);
        return PracticeTotals.compute(practice, sessionViews(sessions.findByTraineeIdOrderByDateDesc(traineeId)),
                required.practiceHours(), required.supervisionHours());
    }

    /** Validates a session and returns the supervisor who held it. Every problem is reported in one round. */
    private long checkSession(SessionDetails details, PeerpathUser me) {
        Map<String, String> problems = new HashMap<>();
        Long supervisorId = details.supervisorId() != null ? details.supervisorId() : accounts.myProfile().supervisorId();
        if (supervisorId == null) {
            problems.put("supervisor", "Choose the supervisor who held the session (you have no assigned supervisor yet).");
        } else if (supervisorId == me.id() || contacts.staffMember(supervisorId)
                .filter(s -> s.organizationId() == me.organizationId() && s.active() && s.hasRole(Role.SUPERVISOR)).isEmpty()) {
            problems.put("supervisor", "Choose one of your organization's supervisors.");
        }
        if (details.date() == null || details.date().isAfter(today())) {
            problems.put("date", "Enter a date that is not in the future.");
        }
        if (details.minutes() <= 0 || details.minutes() > 8 * 60) {
            problems.put("minutes", "A session lasts between 1 minute and 8 hours.");
        }
        List<PhiDetector.Finding> findings = List.of();
        if (details.topics() == null || details.topics().isBlank()) {
            problems.put("topics", "Name the topics you discussed.");
        } else if (tooLong(details.topics(), TextLimits.TOPICS)) {
            problems.put("topics", lengthMessage("topics", details.topics(), TextLimits.TOPICS));
        } else {
            findings = phiDetector.scan(details.topics());
        }
        if (!findings.isEmpty()) {
            throw new PhiFoundException("topics", "topics", findings, problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.values().iterator().next(), problems);
        }
        return supervisorId;
    }

    /** Required free text that is kept: not blank, fits its column, and identifies no one served. */
    private void checkFreeText(String field, String what, String text, int max, String whenBlank) {
        if (text == null || text.isBlank()) {
            throw ValidationException.forField(field, whenBlank);
        }
        if (tooLong(text, max)) {
            throw ValidationException.forField(field, lengthMessage(what, text, max));
        }
        List<PhiDetector.Finding> findings = phiDetector.scan(text);
        if (!findings.isEmpty()) {
            throw new PhiFoundException(field, what, findings, Map.of());
        }
    }

    private static boolean tooLong(String text, int max) {
        return text.strip().length() > max;
    }

    private static String lengthMessage(String what, String text, int max) {
        return "Shorten the " + what + " to " + max + " characters or fewer (it has " + text.strip().length() + ").";
    }

    /** {@code myTrainees} is read once per request, not once per entry of a bulk sign-off. */
    private PracticeEntry waitingForMe(EntryRef ref, Set<Long> myTrainees) {
        PracticeEntry entry = entries.lockById(ref.id())
                .filter(e -> myTrainees.contains(e.getTraineeId()))
                .orElseThrow(() -> new NotFoundException("No such entry"));
        if (entry.getVersion() != ref.version() || entry.getStatus() != EntryStatus.SUBMITTED) {
            throw new ConcurrentChangeException("The entry of " + entry.getDate() + " was changed or reviewed by someone else "
                    + "meanwhile (it is now " + entry.getStatus().label().toLowerCase() + "). Reload the queue; nothing was saved.");
        }
        return entry;
    }

    private PracticeEntry mine(long entryId) {
        long me = currentUser.require().id();
        return entries.findById(entryId).filter(e -> e.getTraineeId() == me)
                .orElseThrow(() -> new NotFoundException("No such entry"));
    }

    private SupervisionSession myUnconfirmedSession(long sessionId, long expectedVersion) {
        long me = currentUser.require().id();
        SupervisionSession session = sessions.lockById(sessionId).filter(s -> s.getTraineeId() == me)
                .orElseThrow(() -> new NotFoundException("No such session"));
        requireVersion(session.getVersion(), expectedVersion);
        if (session.status() == SessionStatus.CONFIRMED) {
            throw new ValidationException("This session was confirmed by its supervisor and can no longer be changed.");
        }
        return session;
    }

    /** A session naming the caller as its supervisor, still waiting for them, in the version they saw. */
    private SupervisionSession waitingForMe(long sessionId, long expectedVersion) {
        long me = currentUser.require().id();
        SupervisionSession session = sessions.lockById(sessionId).filter(s -> s.getSupervisorId() == me)
                .orElseThrow(() -> new NotFoundException("No such session"));
        if (session.getVersion() != expectedVersion || session.status() != SessionStatus.WAITING) {
            throw new ConcurrentChangeException("The session of " + session.getDate() + " was changed meanwhile (it is now "
                    + session.status().label().toLowerCase() + "). Reload; nothing was saved.");
        }
        return session;
    }

    private boolean isMyTrainee(long traineeId) {
        return staff.isMyTrainee(traineeId);
    }

    private Set<Long> myTraineeIds() {
        return staff.myTrainees().stream().map(StaffMember::id).collect(Collectors.toSet());
    }

    private void requireMayRead(long traineeId) {
        PeerpathUser caller = currentUser.require();
        boolean allowed = caller.id() == traineeId
                || (caller.hasRole(Role.SUPERVISOR) && isMyTrainee(traineeId))
                || (caller.hasRole(Role.ORG_ADMIN) && contacts.contact(traineeId).map(Contact::organizationId)
                .filter(org -> org == caller.organizationId()).isPresent());
        if (!allowed) {
            throw new NotFoundException("No such trainee");
        }
    }

    private static void requireVersion(long actual, long expected) {
        if (actual != expected) {
            throw new ConcurrentChangeException("Someone else changed this record meanwhile. Reload to see the current version; nothing was saved.");
        }
    }

    private void record(PracticeEntry entry, String action, String detail, Map<String, Object> before, Map<String, Object> after) {
        audit.save(new PracticeAudit(entry.getId(), null, null, entry.getTraineeId(), currentUser.require().id(), action,
                clock.instant(), detail, AuditDiff.json(before), AuditDiff.json(after)));
    }

    private void recordSession(SupervisionSession session, String action, String detail, Map<String, Object> before,
                               Map<String, Object> after) {
        audit.save(new PracticeAudit(null, session.getId(), null, session.getTraineeId(), currentUser.require().id(), action,
                clock.instant(), detail, AuditDiff.json(before), AuditDiff.json(after)));
    }

    /** The session's state with its supervisor by name, as the history shows it. */
    private Map<String, Object> snapshot(SupervisionSession session) {
        Map<String, Object> values = session.snapshot();
        values.remove("supervisorId");
        values.put("supervisor", name(session.getSupervisorId()));
        return values;
    }

    private List<HistoryLine> historyLines(List<PracticeAudit> lines) {
        Map<Long, String> names = new HashMap<>();
        return lines.stream().map(a -> new HistoryLine(a.getAt(), names.computeIfAbsent(a.getActorId(), this::name), a.getAction(),
                a.getDetail(), a.getBefore(), a.getAfter(), AuditDiff.changes(a.getBefore(), a.getAfter()))).toList();
    }

    static String shortHash(String sha256) {
        return sha256 == null ? null : sha256.substring(0, Math.min(12, sha256.length()));
    }

    private List<EntryView> views(List<PracticeEntry> list) {
        Map<Long, SignOff> signatures = list.isEmpty() ? Map.of() : signOffs.findByEntryIdInAndRevokedAtIsNull(
                list.stream().map(PracticeEntry::getId).toList()).stream().collect(Collectors.toMap(SignOff::getEntryId, Function.identity(), (a, b) -> a));
        Map<Long, String> names = new HashMap<>();
        return list.stream().map(e -> {
            SignOff s = signatures.get(e.getId());
            EntryDetails d = e.details();
            return new EntryView(e.getId(), e.getVersion(), e.getTraineeId(), names.computeIfAbsent(e.getTraineeId(), this::name),
                    d.date(), d.start(), d.minutes(), d.domain(), d.activity(), d.setting(), d.note(), e.getStatus(),
                    e.getSubmittedAt(), e.getReviewComment(), s == null ? null : names.computeIfAbsent(s.getSupervisorId(), this::name),
                    s == null ? null : s.getSignedAt(), s == null ? null : s.getContentHash());
        }).toList();
    }

    private EntryView view(PracticeEntry entry) {
        return views(List.of(entry)).getFirst();
    }

    private SessionView view(SupervisionSession s) {
        return sessionViews(List.of(s)).getFirst();
    }

    private List<SessionView> sessionViews(List<SupervisionSession> list) {
        Map<Long, String> names = new HashMap<>();
        return list.stream().map(s -> new SessionView(s.getId(), s.getVersion(), s.getTraineeId(),
                names.computeIfAbsent(s.getTraineeId(), this::name), s.getSupervisorId(), names.computeIfAbsent(s.getSupervisorId(), this::name),
                s.getDate(), s.getMinutes(), s.getFormat() == SupervisionSession.Format.GROUP, s.getTopics(), s.status(),
                s.getDeclineComment())).toList();
    }

    private String name(long accountId) {
        return contacts.contact(accountId).map(Contact::displayName).orElse("Unknown");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
