package org.peerpath.certification;

import org.peerpath.content.Domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A person's every program (main program first, see {@link ProgramSelection}) with its progress, certificate and
 * renewal, and their signed practice hours per IC&RC domain, which count toward every program alike.
 */
public record CertificationOverview(long traineeId, String traineeName, Map<Domain, BigDecimal> signedPracticeHours,
                                    List<ProgramProgress> programs) {

    public CertificationOverview {
        signedPracticeHours = Map.copyOf(signedPracticeHours);
        programs = List.copyOf(programs);
    }

    /** Whether an enrolment may be withdrawn: it has no certificate, and the person keeps another program. */
    public boolean withdrawable(ProgramProgress program) {
        return programs.size() > 1 && program.certificate() == null;
    }
}
