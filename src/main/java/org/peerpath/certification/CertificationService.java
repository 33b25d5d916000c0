package org.peerpath.certification;

import org.peerpath.common.ConcurrentChangeException;
import org.peerpath.common.NotFoundException;
import org.peerpath.common.SecurityLog;
import org.peerpath.common.Sha256;
import org.peerpath.common.ValidationException;
import org.peerpath.content.ContentCatalog;
import org.peerpath.content.Domain;
import org.peerpath.content.ProgramDefinition;
import org.peerpath.identity.Contact;
import org.peerpath.identity.Contacts;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.OrganizationDirectory;
import org.peerpath.identity.PeerpathUser;
import org.peerpath.identity.Role;
import org.peerpath.identity.StaffMember;
import org.peerpath.identity.StaffService;
import org.peerpath.learning.LearningEvidence;
import org.peerpath.practice.PhiDetector;
import org.peerpath.practice.PracticeEvidence;
import org.peerpath.practice.SignedHours;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Certification progress, the ethics affirmation, outside training, and certificates. People in a program (trainees,
 * and holders whatever their role is now) see their own; supervisors their own trainees'; org admins everyone in
 * their organization, program by program: a trainee may be enrolled in several programs. Org admins choose their
 * organization's default program, enrol trainees in further programs and withdraw enrolments, and issue, renew and
 * revoke;
 * supervisors may issue to their own trainees when their organization allows it, and approve their own trainees'
 * outside training. Verification by code is public and reveals only what the certificate states.
 */
@Service
@Transactional
public class CertificationService {

    private static final int MAX_NOTE = 1000;

    private final ProgramEnrolmentRepository enrolments;
    private final EthicsAttestationRepository attestations;
    private final OutsideTrainingRepository outsideTraining;
    private final CertificateRepository certificates;
    private final StandingRepository standings;
    private final StandingLocks standingLocks;
    private final CertificationSettingsRepository settings;
    private final ContentCatalog content;
    private final LearningEvidence learning;
    private final PracticeEvidence practice;
    private final CurrentUser currentUser;
    private final StaffService staff;
    private final Contacts contacts;
    private final OrganizationDirectory organizations;
    private final Clock clock;
    private final String publicUrl;
    private final SecureRandom random = new SecureRandom();
    private final PhiDetector phi = new PhiDetector();

    CertificationService(ProgramEnrolmentRepository enrolments, EthicsAttestationRepository attestations,
                         OutsideTrainingRepository outsideTraining, CertificateRepository certificates,
                         StandingRepository standings, StandingLocks standingLocks, CertificationSettingsRepository settings, ContentCatalog content,
                         LearningEvidence learning, PracticeEvidence practice, CurrentUser currentUser, StaffService staff,
                         Contacts contacts, OrganizationDirectory organizations, Clock clock,
                         @Value("${peerpath.public-url}") String publicUrl) {
        this.enrolments = enrolments;
        this.attestations = attestations;
        this.outsideTraining = outsideTraining;
        this.certificates = certificates;
        this.standings = standings;
        this.standingLocks = standingLocks;
        this.settings = settings;
        this.content = content;
        this.learning = learning;
        this.practice = practice;
        this.currentUser = currentUser;
        this.staff = staff;
        this.contacts = contacts;
        this.organizations = organizations;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    // ---- Progress -------------------------------------------------------------------------------------------

    /**
     * The caller's progress in their main program ({@link ProgramSelection}), with its certificate and renewal. By
     * ownership, not role: a certified coach who became a supervisor still holds their certificate. Empty for someone
     * who is neither a trainee nor enrolled.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<ProgramProgress> myProgress() {
        PeerpathUser me = currentUser.require();
        return inProgram(me) ? Optional.of(progress(me.id(), null)) : Optional.empty();
    }

    /** The caller's every program, main program first, and their signed practice hours per domain. */
    @PreAuthorize("isAuthenticated()")
    public Optional<CertificationOverview> myCertification() {
        PeerpathUser me = currentUser.require();
        return inProgram(me) ? Optional.of(overview(me.id())) : Optional.empty();
    }

    /** A trainee's main program, for the trainee's supervisor and their organization's admins. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ORG_ADMIN')")
    public ProgramProgress progressOf(long traineeId) {
        requireMayRead(traineeId);
        return progress(traineeId, null);
    }

    /** One of a trainee's programs, for the trainee's supervisor and their organization's admins. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ORG_ADMIN')")
    public ProgramProgress progressOf(long traineeId, String programId) {
        requireMayRead(traineeId);
        return progress(traineeId, programId);
    }

    /** Every program of a trainee, for the trainee's supervisor and their organization's admins. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ORG_ADMIN')")
    public CertificationOverview certificationOf(long traineeId) {
        requireMayRead(traineeId);
        return overview(traineeId);
    }

    /** Signs the affirmation of the version of {@code programId} the caller is enrolled in. */
    @PreAuthorize("isAuthenticated()")
    public ProgramProgress attestEthics(String programId) {
        long me = requireInProgram().id();
        ProgramDefinition program = program(enrolment(me, programId));
        if (ethicsStatement(program).isEmpty()) {
            throw new ValidationException(program.title() + " asks for no ethics affirmation.");
        }
        if (attestations.findByTraineeIdAndProgramIdAndProgramVersion(me, program.id(), program.version()).isEmpty()) {
            String statement = ethicsStatement(program);
            attestations.save(new EthicsAttestation(me, program.id(), program.version(), Sha256.hex(statement), clock.instant()));
            refreshStanding(me);
        }
        return progress(me, programId);
    }

    // ---- Outside training -----------------------------------------------------------------------------------

    /** Outside training or continuing education, logged by the person who took it (a trainee or a holder). */
    @PreAuthorize("isAuthenticated()")
    public OutsideTrainingRecord recordOutsideTraining(OutsideTrainingRecord typed) {
        PeerpathUser me = requireInProgram();
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (typed.title() == null || typed.title().isBlank()) {
            problems.put("title", "Name the training.");
        }
        if (typed.provider() == null || typed.provider().isBlank()) {
            problems.put("provider", "Name who provided it.");
        }
        if (typed.completedOn() == null || typed.completedOn().isAfter(today())) {
            problems.put("completedOn", "Enter the date you completed it; it cannot be in the future.");
        }
        if (typed.hours() == null || typed.hours().signum() <= 0 || typed.hours().compareTo(BigDecimal.valueOf(200)) > 0) {
            problems.put("hours", "Enter the hours, more than 0 and at most 200.");
        }
        if (typed.domain() == null) {
            problems.put("domain", "Choose the IC&RC domain it covered.");
        }
        if (typed.title() != null && typed.title().strip().length() > 200) {
            problems.put("title", "Use at most 200 characters for the training's name.");
        }
        if (typed.provider() != null && typed.provider().strip().length() > 200) {
            problems.put("provider", "Use at most 200 characters for the provider.");
        }
        if (typed.note() != null && typed.note().strip().length() > MAX_NOTE) {
            problems.put("note", "Use at most " + MAX_NOTE + " characters for the note.");
        } else if (typed.note() != null) {
            phi.scan(typed.note()).stream().findFirst().ifPresent(finding -> problems.put("note", "The note seems to contain "
                    + finding.kind().description() + ". Notes must never identify a person you serve; describe the training instead."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.values().iterator().next(), problems);
        }
        return outsideTraining.saveAndFlush(new OutsideTraining(me.id(), me.organizationId(), typed, clock.instant())).toRecord();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OutsideTrainingRecord> myOutsideTraining() {
        return outsideTraining.findByTraineeIdOrderByCompletedOnDesc(currentUser.require().id()).stream().map(OutsideTraining::toRecord).toList();
    }

    /** Waiting for approval: an org admin's whole organization, a supervisor's own trainees. */
    @PreAuthorize("hasAnyRole('ORG_ADMIN', 'SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<OutsideTrainingRecord> outsideTrainingToReview() {
        PeerpathUser caller = currentUser.require();
        List<OutsideTraining> pending = caller.hasRole(Role.ORG_ADMIN)
                ? outsideTraining.findByOrganizationIdAndStatusOrderByCreatedAt(caller.organizationId(), OutsideTraining.Status.PENDING)
                : outsideTraining.findByTraineeIdInAndStatusOrderByCreatedAt(myTraineeIds(), OutsideTraining.Status.PENDING);
        return pending.stream().map(OutsideTraining::toRecord).toList();
    }

    /** By an org admin of the trainee's organization or by the trainee's own supervisor. */
    @PreAuthorize("hasAnyRole('ORG_ADMIN', 'SUPERVISOR')")
    public OutsideTrainingRecord reviewOutsideTraining(long id, long expectedVersion, boolean approve) {
        PeerpathUser admin = currentUser.require();
        OutsideTraining training = outsideTraining.findById(id).filter(t -> t.getOrganizationId() == admin.organizationId())
                .filter(t -> admin.hasRole(Role.ORG_ADMIN) || myTraineeIds().contains(t.getTraineeId()))
                .orElseThrow(() -> new NotFoundException("No such training record"));
        if (training.getVersion() != expectedVersion || training.getStatus() != OutsideTraining.Status.PENDING) {
            throw new ConcurrentChangeException("Someone else reviewed this record meanwhile. Reload to see it.");
        }
        training.review(approve, admin.id(), clock.instant());
        OutsideTrainingRecord reviewed = outsideTraining.saveAndFlush(training).toRecord();
        SecurityLog.info("outside-training.reviewed").with("recordId", id).with("traineeId", training.getTraineeId())
                .with("approved", approve).with("by", admin.id()).log("Outside training reviewed");
        refreshStanding(training.getTraineeId());
        return reviewed;
    }

    // ---- Programs -------------------------------------------------------------------------------------------

    /** The newest version of every published program, by title: what an organization may choose and enrol in. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(readOnly = true)
    public List<ProgramSummary> publishedPrograms() {
        return content.latestPrograms().stream().map(p -> new ProgramSummary(p.id(), p.version(), p.title()))
                .sorted(java.util.Comparator.comparing(ProgramSummary::title)).toList();
    }

    /** The program the caller's organization enrols its new trainees in. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(readOnly = true)
    public String defaultProgram() {
        return settings.defaultProgramOf(currentUser.require().organizationId());
    }

    /**
     * Chooses the program the organization's new trainees are enrolled in (at its newest version). Trainees already
     * enrolled keep their programs. {@code expected} is the default the admin saw: when another admin changed it
     * meanwhile, nothing changes and the admin is told.
     */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void chooseDefaultProgram(String expected, String programId) {
        PeerpathUser admin = currentUser.require();
        if (programId == null || content.latestProgram(programId).isEmpty()) {
            throw ValidationException.forField("defaultProgram", "Choose one of the published programs.");
        }
        CertificationSettings current = settings.findById(admin.organizationId()).orElseGet(() -> new CertificationSettings(admin.organizationId()));
        if (!current.getDefaultProgramId().equals(expected)) {
            throw new ConcurrentChangeException("Another admin changed the default program meanwhile. Reload to see it.");
        }
        if (current.getDefaultProgramId().equals(programId)) {
            return;
        }
        current.defaultProgram(programId, admin.id(), clock.instant());
        settings.saveAndFlush(current);
        SecurityLog.info("certification.default-program").with("organizationId", admin.organizationId())
                .with("programId", programId).with("previousProgramId", expected).with("by", admin.id())
                .log("Default certification program changed");
        // Rows show the default program of people enrolled in it: for people in several programs that may change now.
        enrolments.findTraineesInSeveralPrograms(admin.organizationId()).forEach(this::refreshStanding);
    }

    /**
     * Enrols a trainee of the caller's organization in a further published program, at its newest version. A trainee
     * cannot enrol themselves: enrolment is the organization's decision.
     */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public ProgramProgress enrol(long traineeId, String programId) {
        PeerpathUser admin = currentUser.require();
        Contact trainee = sameOrganization(traineeId);
        if (contacts.staffMember(traineeId).filter(m -> m.hasRole(Role.TRAINEE)).isEmpty() && !enrolments.existsByTraineeId(traineeId)) {
            throw new ValidationException(trainee.displayName() + " is not a trainee. Give them the trainee role first.");
        }
        ProgramDefinition latest = (programId == null ? Optional.<ProgramDefinition>empty() : content.latestProgram(programId))
                .orElseThrow(() -> ValidationException.forField("program", "Choose one of the published programs."));
        if (enrolmentsOf(trainee).stream().anyMatch(e -> e.getProgramId().equals(programId))) {
            throw ValidationException.forField("program", trainee.displayName() + " is already enrolled in " + latest.title() + ".");
        }
        try {
            enrolments.saveAndFlush(new ProgramEnrolment(traineeId, latest.id(), latest.version(), clock.instant()));
        } catch (DataIntegrityViolationException enrolledAtTheSameMoment) {
            throw new ConcurrentChangeException(trainee.displayName() + " was enrolled in " + latest.title()
                    + " by someone else meanwhile. Reload to see it.");
        }
        SecurityLog.info("certification.enrolled").with("traineeId", traineeId).with("programId", latest.id())
                .with("programVersion", latest.version()).with("by", admin.id()).log("Trainee enrolled in a program");
        refreshStanding(traineeId);
        return progress(traineeId, programId);
    }

    /**
     * Withdraws a trainee's enrolment that has no certificate (a certificate, even a revoked one, stays tied to its
     * enrolment). A trainee stays enrolled in at least one program. Their evidence stays: it belongs to them, not to
     * the program. Waits for an issue under way for the same person, so a certificate is never left without its
     * enrolment.
     */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void withdraw(long traineeId, String programId) {
        PeerpathUser admin = currentUser.require();
        Contact trainee = sameOrganization(traineeId);
        List<ProgramEnrolment> locked = enrolments.lockAllByTraineeId(traineeId);
        ProgramEnrolment enrolment = locked.stream().filter(e -> e.getProgramId().equals(programId)).findFirst()
                .orElseThrow(() -> new NotFoundException(trainee.displayName() + " is not enrolled in that program. Reload to see their programs."));
        String title = program(enrolment).title();
        if (certificates.existsByTraineeIdAndProgramId(traineeId, programId)) {
            throw new ValidationException(trainee.displayName() + " has a certificate of " + title
                    + ", so this enrolment stays with it.");
        }
        if (locked.size() <= 1) {
            throw new ValidationException(trainee.displayName() + " must stay enrolled in at least one program. Enrol them in another "
                    + "program first.");
        }
        enrolments.delete(enrolment);
        enrolments.flush();
        SecurityLog.info("certification.withdrawn").with("traineeId", traineeId).with("programId", programId)
                .with("programVersion", enrolment.getProgramVersion()).with("by", admin.id()).log("Trainee withdrawn from a program");
        refreshStanding(traineeId);
    }

    // ---- Certificates ---------------------------------------------------------------------------------------

    /** Whether the caller's organization lets supervisors issue certificates to their own trainees. */
    @PreAuthorize("hasAnyRole('ORG_ADMIN', 'SUPERVISOR')")
    @Transactional(readOnly = true)
    public boolean supervisorsMayIssue() {
        return settings.findById(currentUser.require().organizationId()).map(CertificationSettings::isSupervisorsMayIssue).orElse(false);
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void letSupervisorsIssue(boolean allowed) {
        PeerpathUser admin = currentUser.require();
        CertificationSettings policy = settings.findById(admin.organizationId()).orElseGet(() -> new CertificationSettings(admin.organizationId()));
        policy.supervisorsMayIssue(allowed, admin.id(), clock.instant());
        settings.saveAndFlush(policy);
        SecurityLog.info("certification.supervisors-may-issue").with("organizationId", admin.organizationId())
                .with("supervisorsMayIssue", allowed).with("by", admin.id()).log("Issuing policy changed");
    }

    /**
     * Issues a first certificate of one of their programs to an eligible trainee of the caller's organization (or a new
     * one after a revocation, see {@link CertificateRules}): by an org admin, or by the trainee's own supervisor where
     * the organization allows it. An expired certificate is renewed, not replaced. Other programs' certificates are
     * not touched.
     */
    @PreAuthorize("hasAnyRole('ORG_ADMIN', 'SUPERVISOR')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CertificateView issue(long traineeId, String programId) {
        PeerpathUser caller = currentUser.require();
        if (!caller.hasRole(Role.ORG_ADMIN)) {
            if (!staff.isMyTrainee(traineeId)) {
                throw new NotFoundException("No such trainee");
            }
            if (!supervisorsMayIssue()) {
                throw new AccessDeniedException("Your organization has not allowed supervisors to issue certificates");
            }
        }
        Contact trainee = sameOrganization(traineeId);
        enrolmentsOf(trainee); // a trainee not enrolled yet is enrolled in the default program first
        ProgramEnrolment enrolment = lockCredentialOf(traineeId, programId);
        ProgramProgress progress = progress(traineeId, programId);
        if (progress.next().action() != CertificateRules.Action.ISSUE) {
            throw new ValidationException(CertificateRules.whyNotIssue(trainee.displayName(), progress.certificate(), today()));
        }
        if (!progress.next().possible()) {
            throw new ValidationException(trainee.displayName() + " has not met every requirement: " + String.join("; ", progress.missing()));
        }
        CertificateView issued = newCertificate(trainee, program(enrolment), null, null).toView();
        SecurityLog.info("certificate.issued").with("certificateId", issued.id()).with("traineeId", traineeId).with("programId", programId)
                .with("by", caller.id()).log("Certificate issued");
        refreshStanding(traineeId);
        return issued;
    }

    /**
     * Renews the holder's current certificate, on time or late, once they have the program's continuing education
     * (with its ethics share) completed since it was issued. Once only: a renewed certificate has its successor.
     */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CertificateView renew(long certificateId, long expectedVersion) {
        PeerpathUser admin = currentUser.require();
        long holderId = certificates.findHolderId(certificateId, admin.organizationId())
                .orElseThrow(() -> new NotFoundException("No such certificate"));
        String programId = certificates.findProgramId(certificateId).orElseThrow();
        ProgramEnrolment enrolment = lockCredentialOf(holderId, programId);
        Certificate current = certificates.findById(certificateId).orElseThrow();
        if (certificates.existsByPreviousCertificateId(certificateId)) {
            throw new ConcurrentChangeException("This certificate has already been renewed. Reload to see the new one.");
        }
        if (current.getRevokedAt() != null) {
            throw new ValidationException("A revoked certificate cannot be renewed; issue a new one when the person is eligible.");
        }
        if (current.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("This certificate was changed meanwhile. Reload to see it.");
        }
        ProgramProgress progress = progress(holderId, programId);
        if (progress.certificate() == null || progress.certificate().id() != certificateId) {
            throw new ConcurrentChangeException("This is no longer the current certificate. Reload to see the current one.");
        }
        if (!progress.renewable()) {
            throw new ValidationException(progress.next().reason());
        }
        Contact holder = contacts.contact(holderId).orElseThrow();
        CertificateView renewed;
        try {
            renewed = newCertificate(holder, program(enrolment), current, progress.renewal()).toView();
        } catch (DataIntegrityViolationException renewedAtTheSameMoment) {
            // The unique successor (V15) is the backstop should two renewals ever pass the lock together.
            throw new ConcurrentChangeException("This certificate was renewed by someone else at the same moment. Reload to see the new one.");
        }
        SecurityLog.info("certificate.renewed").with("certificateId", renewed.id())
                .with("previousCertificateId", certificateId).with("traineeId", holder.id()).with("by", admin.id())
                .with("late", progress.renewal().late()).log("Certificate renewed");
        refreshStanding(holder.id());
        return renewed;
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CertificateView revoke(long certificateId, long expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ValidationException.forField("reason", "Give the reason for revoking the certificate.");
        }
        if (reason.strip().length() > 1000) {
            throw ValidationException.forField("reason", "Use at most 1000 characters for the reason.");
        }
        PeerpathUser admin = currentUser.require();
        long holderId = certificates.findHolderId(certificateId, admin.organizationId())
                .orElseThrow(() -> new NotFoundException("No such certificate"));
        lockCredentialOf(holderId, certificates.findProgramId(certificateId).orElseThrow());
        Certificate certificate = certificates.findById(certificateId).orElseThrow();
        if (certificate.getVersion() != expectedVersion || certificate.getRevokedAt() != null) {
            throw new ConcurrentChangeException("This certificate was changed meanwhile. Reload to see it.");
        }
        if (certificates.existsByPreviousCertificateId(certificateId)) {
            throw new ConcurrentChangeException("This certificate was renewed meanwhile. Reload, and revoke the current one if you still mean to.");
        }
        certificate.revoke(admin.id(), reason.strip(), clock.instant());
        CertificateView revoked = certificates.saveAndFlush(certificate).toView();
        SecurityLog.info("certificate.revoked").with("certificateId", certificateId)
                .with("traineeId", certificate.getTraineeId()).with("by", admin.id()).log("Certificate revoked");
        refreshStanding(certificate.getTraineeId());
        return revoked;
    }

    /** The certificate PDF: for its holder (whatever their role is now) and their organization's admins. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] certificatePdf(long certificateId) {
        PeerpathUser caller = currentUser.require();
        Certificate certificate = certificates.findById(certificateId)
                .filter(c -> c.getTraineeId() == caller.id() || (caller.hasRole(Role.ORG_ADMIN) && c.getOrganizationId() == caller.organizationId()))
                .orElseThrow(() -> new NotFoundException("No such certificate"));
        CertificateView view = certificate.toView();
        return CertificateDocument.pdf(view, verificationUrl(view.code()));
    }

    public String verificationUrl(String code) {
        return publicUrl + "/verify/" + code;
    }

    /**
     * Brings a person's dashboard row up to date. Called in the transaction of every change that moves it; without
     * a signed-in caller (an invitation being accepted) only the personal columns are refreshed. Refreshes of one
     * person are serialized by a lock on their row ({@link StandingLocks}).
     */
    void refreshStanding(long personId) {
        refreshStanding(personId, false);
    }

    /** @param lockedFirst in a new transaction that locked the row before reading anything */
    private void refreshStanding(long personId, boolean lockedFirst) {
        if (lockedFirst) {
            standingLocks.lockBeforeReading(personId);
        }
        contacts.staffMember(personId).ifPresent(member -> {
            boolean readsAreCurrent = standingLocks.lock(member);
            if (!readsAreCurrent && !lockedFirst) {
                // Another transaction changed this person's row after our reads began; computing it now could drop
                // that change. Once we have committed, a new transaction sees both.
                standingLocks.refreshAfterCommit(personId, () -> refreshStanding(personId, true));
                return;
            }
            Standing standing = standings.findById(personId).orElseThrow();
            standing.person(member, clock.instant());
            boolean signedIn = currentUser.find().isPresent();
            // Content is read as someone; a trainee not enrolled yet is enrolled only once their default program is loaded.
            boolean programLoaded = enrolments.existsByTraineeId(personId)
                    || (signedIn && content.latestProgram(settings.defaultProgramOf(member.organizationId())).isPresent());
            if (standing.isInProgram() && signedIn && programLoaded) {
                Assessment assessment = assess(personId, null);
                Evidence evidence = assessment.evidence();
                standing.progress(assessment.progress(), sum(evidence.educationHours()), sum(evidence.practiceHours()),
                        evidence.supervisionHours(), clock.instant());
            }
            standings.save(standing);
        });
    }

    private static BigDecimal sum(Map<Domain, BigDecimal> hours) {
        return hours.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // ---- Internals ------------------------------------------------------------------------------------------

    /** A first certificate ({@code previous} null) or the renewal of {@code previous}, valid until the renewal's date. */
    private Certificate newCertificate(Contact holder, ProgramDefinition program, Certificate previous, RenewalProgress renewal) {
        LocalDate issuedOn = today();
        String issuer = organizations.nameOf(holder.organizationId()).orElse("Peerpath");
        Certificate certificate = new Certificate(VerificationCodes.newCode(random), holder.id(), holder.organizationId(), holder.displayName(), program.id(),
                program.version(), program.title(), issuer, issuedOn,
                previous == null ? issuedOn.plusMonths(program.renewal().periodMonths()) : renewal.renewedUntil(),
                clock.instant(), currentUser.require().id(), previous == null ? null : previous.getId());
        return certificates.saveAndFlush(certificate);
    }

    private Set<Long> myTraineeIds() {
        return staff.myTrainees().stream().map(StaffMember::id).collect(Collectors.toSet());
    }

    /** @param programId null for the trainee's main program */
    private ProgramProgress progress(long traineeId, String programId) {
        return assess(traineeId, programId).progress();
    }

    /** A trainee's progress together with the evidence it was computed from (the dashboard row needs both). */
    private record Assessment(ProgramProgress progress, Evidence evidence) {
    }

    /** @param programId null for the trainee's main program */
    private Assessment assess(long traineeId, String programId) {
        Contact trainee = contacts.contact(traineeId).orElseThrow(() -> new NotFoundException("No such trainee"));
        List<ProgramEnrolment> enrolled = enrolmentsOf(trainee);
        ProgramEnrolment enrolment = programId == null ? enrolled.getFirst() : enrolled.stream()
                .filter(e -> e.getProgramId().equals(programId)).findFirst()
                .orElseThrow(() -> new NotFoundException(trainee.displayName() + " is not enrolled in that program"));
        return assess(trainee, enrolment, gather(traineeId));
    }

    private CertificationOverview overview(long traineeId) {
        Contact trainee = contacts.contact(traineeId).orElseThrow(() -> new NotFoundException("No such trainee"));
        Gathered gathered = gather(traineeId);
        List<ProgramProgress> programs = enrolmentsOf(trainee).stream().map(e -> assess(trainee, e, gathered).progress()).toList();
        return new CertificationOverview(traineeId, trainee.displayName(), gathered.signed().practiceByDomain(), programs);
    }

    /**
     * Evidence that belongs to the trainee whatever their program, read once however many programs it is checked
     * against. The recent pace is read only when a projection needs it.
     */
    private record Gathered(Map<Domain, BigDecimal> education, SignedHours signed, Set<String> completedModules,
                            List<OutsideTrainingRecord> training, java.util.function.Supplier<BigDecimal> recentPace) {
    }

    private Gathered gather(long traineeId) {
        List<OutsideTrainingRecord> training = outsideTraining.findByTraineeIdOrderByCompletedOnDesc(traineeId).stream()
                .map(OutsideTraining::toRecord).toList();
        Map<Domain, BigDecimal> education = new EnumMap<>(Domain.class);
        education.putAll(learning.educationHours(traineeId));
        for (OutsideTrainingRecord r : training) {
            if ("APPROVED".equals(r.status()) && !r.continuingEducation()) {
                education.merge(r.domain(), r.hours(), BigDecimal::add);
            }
        }
        BigDecimal[] pace = {null};
        return new Gathered(education, practice.signedHours(traineeId), learning.completedModules(traineeId), training, () -> {
            if (pace[0] == null) {
                pace[0] = practice.signedPracticeHoursSince(traineeId, today().minusDays(Projection.WINDOW_DAYS));
            }
            return pace[0];
        });
    }

    private Assessment assess(Contact trainee, ProgramEnrolment enrolment, Gathered gathered) {
        long traineeId = trainee.id();
        ProgramDefinition program = program(enrolment);
        boolean attested = attestations.findByTraineeIdAndProgramIdAndProgramVersion(traineeId, program.id(), program.version()).isPresent();
        Evidence evidence = new Evidence(gathered.education(), gathered.signed().practiceByDomain(), gathered.signed().supervision(),
                gathered.completedModules(), attested);
        List<RequirementProgress> requirements = Requirements.evaluate(program, evidence);
        Optional<Certificate> certificate = certificates.findFirstByTraineeIdAndProgramIdOrderByIssuedAtDesc(traineeId, program.id());
        CertificationStatus status = CertificationStatus.of(Requirements.allMet(requirements),
                certificate.map(c -> new CertificationStatus.CurrentCertificate(c.getExpiresOn(), c.getRevokedAt() != null)).orElse(null),
                today(), program.expiringSoonDays());
        List<String> missing = new ArrayList<>();
        requirements.stream().filter(r -> !r.met()).forEach(r -> missing.add(r.label() + ": "
                + r.done().stripTrailingZeros().toPlainString() + " of " + r.required().stripTrailingZeros().toPlainString()
                + (r.unit().isEmpty() ? "" : " " + r.unit())));
        BigDecimal practiceRequired = Requirements.practiceHoursRequired(program);
        BigDecimal practiceDone = evidence.practiceHours().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        // A projection only while hours are missing: "you will reach them today" would misread a finished requirement.
        LocalDate projected = practiceDone.compareTo(practiceRequired) >= 0 ? null
                : Projection.practiceComplete(practiceRequired.subtract(practiceDone), gathered.recentPace().get(), today()).orElse(null);
        CertificateView latest = certificate.map(Certificate::toView).orElse(null);
        RenewalProgress renewal = latest == null || latest.revoked() ? null
                : CertificateRules.renewal(latest.issuedOn(), latest.expiresOn(), gathered.training(), program.renewal(), today());
        CertificateRules.NextStep next = CertificateRules.next(Requirements.allMet(requirements), missing, latest, renewal);
        return new Assessment(new ProgramProgress(traineeId, trainee.displayName(), program.id(),
                program.version(), program.title(), requirements, Requirements.percent(requirements), status, missing, projected,
                ethicsStatement(program), attested, latest, renewal, next, program.expiringSoonDays()), evidence);
    }

    /**
     * The trainee's enrolments, main program first ({@link ProgramSelection}). A trainee who has none yet is enrolled
     * in their organization's default program, at its newest version: that is how new trainees join a program.
     */
    private List<ProgramEnrolment> enrolmentsOf(Contact trainee) {
        String organizationDefault = settings.defaultProgramOf(trainee.organizationId());
        List<ProgramEnrolment> enrolled = enrolments.findByTraineeIdOrderByEnrolledAtAscIdAsc(trainee.id());
        if (enrolled.isEmpty()) {
            ProgramDefinition latest = content.latestProgram(organizationDefault)
                    .orElseThrow(() -> new NotFoundException("No certification program is loaded"));
            enrolled = List.of(enrolments.save(new ProgramEnrolment(trainee.id(), latest.id(), latest.version(), clock.instant())));
        }
        return ProgramSelection.inOrder(enrolled, organizationDefault);
    }

    private ProgramEnrolment enrolment(long traineeId, String programId) {
        Contact trainee = contacts.contact(traineeId).orElseThrow(() -> new NotFoundException("No such trainee"));
        return enrolmentsOf(trainee).stream().filter(e -> e.getProgramId().equals(programId)).findFirst()
                .orElseThrow(() -> new NotFoundException("You are not enrolled in that program"));
    }

    private ProgramDefinition program(ProgramEnrolment enrolment) {
        return content.program(enrolment.getProgramId(), enrolment.getProgramVersion())
                .orElseThrow(() -> new IllegalStateException("Enrolled program version is missing"));
    }

    /**
     * Takes the row lock on the person's enrolment: issuing, renewing and revoking for one person run one after the
     * other. Callers run read-committed, so what they read after the lock includes what the one before committed.
     */
    private ProgramEnrolment lockCredentialOf(long traineeId, String programId) {
        return enrolments.lockByTraineeIdAndProgramId(traineeId, programId)
                .orElseThrow(() -> new NotFoundException("Not enrolled in that program. Reload to see the current programs."));
    }

    /** Trainees, and anyone enrolled before (a holder whose role has changed since). */
    private boolean inProgram(PeerpathUser person) {
        return person.hasRole(Role.TRAINEE) || enrolments.existsByTraineeId(person.id());
    }

    private PeerpathUser requireInProgram() {
        PeerpathUser me = currentUser.require();
        if (!inProgram(me)) {
            throw new AccessDeniedException("You are not enrolled in a certification program");
        }
        return me;
    }

    private static String ethicsStatement(ProgramDefinition program) {
        return program.requirements().stream().filter(r -> r instanceof ProgramDefinition.EthicsAttestation)
                .map(r -> ((ProgramDefinition.EthicsAttestation) r).statement().strip()).findFirst().orElse("");
    }

    private void requireMayRead(long traineeId) {
        PeerpathUser caller = currentUser.require();
        boolean allowed = (caller.hasRole(Role.ORG_ADMIN) && contacts.contact(traineeId).map(Contact::organizationId)
                .filter(org -> org == caller.organizationId()).isPresent())
                || (caller.hasRole(Role.SUPERVISOR) && staff.isMyTrainee(traineeId));
        if (!allowed) {
            throw new NotFoundException("No such trainee");
        }
    }

    private Contact sameOrganization(long traineeId) {
        long org = currentUser.require().organizationId();
        return contacts.contact(traineeId).filter(c -> c.organizationId() == org)
                .orElseThrow(() -> new NotFoundException("No such trainee"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

