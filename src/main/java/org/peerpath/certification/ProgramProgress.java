package org.peerpath.certification;

import java.time.LocalDate;
import java.util.List;

/** A trainee's standing in their program: each requirement, the status, what is missing and the projection. */
public record ProgramProgress(long traineeId, String traineeName, String programId, int programVersion, String programTitle,
                              List<RequirementProgress> requirements, int percent, CertificationStatus status,
                              List<String> missing, LocalDate projectedPracticeComplete, String ethicsStatement,
                              boolean ethicsAttested, CertificateView certificate, boolean renewable,
                              int expiringSoonDays) {
}
