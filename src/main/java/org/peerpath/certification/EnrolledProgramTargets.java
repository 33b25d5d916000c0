package org.peerpath.certification;

import org.peerpath.content.ContentCatalog;
import org.peerpath.content.ProgramDefinition;
import org.peerpath.identity.Contact;
import org.peerpath.identity.Contacts;
import org.peerpath.practice.PracticeTargets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The practice log compares a trainee's hours with the program version they are held to: their main program
 * ({@link ProgramSelection}), or, before their first enrolment, the newest version of their organization's default
 * program (the one they will be enrolled in). Reads only; the practice feature has already checked the caller.
 */
@Component
@Transactional(readOnly = true)
class EnrolledProgramTargets implements PracticeTargets {

    private final ProgramEnrolmentRepository enrolments;
    private final CertificationSettingsRepository settings;
    private final ContentCatalog content;
    private final Contacts contacts;

    EnrolledProgramTargets(ProgramEnrolmentRepository enrolments, CertificationSettingsRepository settings, ContentCatalog content,
                           Contacts contacts) {
        this.enrolments = enrolments;
        this.settings = settings;
        this.content = content;
        this.contacts = contacts;
    }

    @Override
    public Targets of(long traineeId) {
        Optional<Contact> trainee = contacts.contact(traineeId);
        if (trainee.isEmpty()) {
            return Targets.NONE;
        }
        String organizationDefault = settings.defaultProgramOf(trainee.get().organizationId());
        Optional<ProgramDefinition> program = ProgramSelection.main(enrolments.findByTraineeIdOrderByEnrolledAtAscIdAsc(traineeId), organizationDefault)
                .map(e -> content.program(e.getProgramId(), e.getProgramVersion()))
                .orElseGet(() -> content.latestProgram(organizationDefault));
        return program.map(p -> new Targets(Requirements.practiceHoursRequired(p), Requirements.supervisionHoursRequired(p)))
                .orElse(Targets.NONE);
    }
}
